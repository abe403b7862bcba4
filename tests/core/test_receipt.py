"""Receipts: JSON + text with file hash, destination, user, times, totals; never the key."""

from __future__ import annotations

import getpass
import hashlib
import json

from app import __version__
from app.core.fingerprint import sha256_file
from app.core.receipt import Receipt, save_receipt, utc_iso
from app.core.words import measured_duration as format_duration


def make_receipt(tmp_path) -> Receipt:
    src = tmp_path / "customers.csv"
    src.write_bytes(b"id,email\n1,a@b.c\n")
    return Receipt(
        job_id="42",
        file_name=src.name,
        file_path=str(src),
        file_sha256=sha256_file(src),
        destination_id="vibefollow-events",
        destination_label="VibeFollow events",
        base_url="https://api.vibefollow.com",
        profile_name="acme-prod",
        job_state="finished",
        rows=12_408,
        totals={"accepted": 12_283, "rejected": 88, "failed": 37, "pending": 0},
        requests=14,
        chunks=13,
        retries=3,
        rate_limit_wait_seconds=12.5,
        retry_after_wait_seconds=61,
        started_at=utc_iso("2026-03-04T10:40:00+00:00"),
        finished_at=utc_iso("2026-03-04T10:44:12Z"),
    )


def test_receipt_files_in_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path / "dd"))
    receipt = make_receipt(tmp_path)
    json_path, txt_path = save_receipt(receipt)
    assert json_path.parent == tmp_path / "dd" / "receipts" == txt_path.parent
    assert json_path.name == "receipt-42-20260304T104412.json"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["schema"] == "backfill-receipt/1"
    assert data["file_sha256"] == hashlib.sha256(b"id,email\n1,a@b.c\n").hexdigest()
    assert len(data["file_sha256"]) == 64
    assert data["totals"] == {"accepted": 12283, "rejected": 88, "failed": 37, "pending": 0}
    assert data["balanced"] is True
    assert data["duration_s"] == 252.0
    assert data["os_user"] == getpass.getuser()
    assert data["app_version"] == __version__
    assert data["started_at"] == "2026-03-04T10:40:00.000Z"
    text = txt_path.read_text(encoding="utf-8")
    for needle in (
        "customers.csv",
        data["file_sha256"],
        "VibeFollow events (vibefollow-events)",
        "https://api.vibefollow.com",
        "12,283",
        "Retries:          3",
        "Rate-limit waits: 12 s pacing to the published limit, 1 min 1 s asked for by the API",
        "4 min 12 s",
        "totals add up:  yes",
        f"Backfill {__version__}",
    ):
        assert needle in text, needle


def test_unbalanced_totals_are_flagged(tmp_path):
    receipt = make_receipt(tmp_path)
    receipt.totals["pending"] = 5
    assert not receipt.balanced
    assert "NO — check the journal" in receipt.to_text()


def test_sha256_streams_large_files(tmp_path):
    data = bytes(range(256)) * 20_000  # 5 MB: several 1 MiB blocks
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()
    assert sha256_file(path, chunk_bytes=7) == hashlib.sha256(data).hexdigest()


def test_format_duration():
    assert format_duration(None) == "-"
    assert format_duration(0.84) == "0.8 s"
    assert format_duration(42) == "42 s"
    assert format_duration(3725) == "1 h 2 min"
