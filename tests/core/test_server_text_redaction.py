"""Every text from a server passes the same redaction before it is stored or shown: an API that
quotes the presented key in its 401 body or in a rejection reason leaves no trace of the key in
the journal file, `backfill jobs --json`, the log, the report or the receipt."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.cli import run_cli
from app.core.appdirs import data_dir
from app.core.redaction import REDACTED, redact_text
from tests.files import write_events_csv

KEY = "Zq9Xy7Lm2Pw4Rt8KvB3nHc6D"  # no recognisable shape: only knowing it finds it
KEY_ENV = "BACKFILL_TEST_KEY"


def _quoting_answer(mode: str, body: bytes) -> tuple[int, bytes, str]:
    if mode == "json-401":
        doc = {"error": f"Invalid API key '{KEY}' for workspace acme (presented as Bearer {KEY})"}
        return 401, json.dumps(doc).encode(), "application/json"
    if mode == "text-401":
        # A plain-text body: Backfill shows its first 200 characters, and the key straddles them.
        text = "x" * 188 + f" key={KEY} is not valid"
        return 401, text.replace("key=", "").encode(), "text/plain"
    events = json.loads(body)["events"]
    errors = [
        {"index": 0, "code": "forbidden", "reason": f"key {KEY} may not write {events[0]['event']}"}
    ]
    doc = {"accepted": len(events) - 1, "rejected": 1, "errors": errors}
    return 200, json.dumps(doc).encode(), "application/json"


@contextmanager
def quoting_api(mode: str) -> Iterator[str]:
    """A FloKit look-alike on 127.0.0.1 that quotes the presented key back (see modes)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, answer, kind = _quoting_answer(mode, body)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def do_GET(self) -> None:  # noqa: N802 - the pre-flight check
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _everything_written(tmp_path: Path) -> bytes:
    """Every byte Backfill left: data dir (journal + WAL, receipts, reports), log, report."""
    files = [p for root in (data_dir(), tmp_path) for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" or "journal" in p.name for p in files), files
    return b"".join(p.read_bytes() for p in files)


@pytest.mark.parametrize("mode", ["json-401", "text-401", "rejections"])
def test_a_key_quoted_by_the_server_is_stored_and_shown_nowhere(
    mode, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv(KEY_ENV, KEY)
    src = write_events_csv(tmp_path / "events.csv", 5)
    log, report = tmp_path / "debug.log", tmp_path / "not-accepted.csv"
    with quoting_api(mode) as base_url:
        code = run_cli(
            [
                "upload",
                str(src),
                "-d",
                "flokit-events",
                "--base-url",
                base_url,
                "--api-key-env",
                KEY_ENV,
                "--log-file",
                str(log),
                "--report",
                str(report),
            ]
        )
    upload_out = capsys.readouterr()
    assert code == (1 if mode == "rejections" else 2), upload_out
    assert run_cli(["jobs", "--json"]) == 0
    jobs_out = capsys.readouterr().out
    (job,) = json.loads(jobs_out)
    if mode == "rejections":
        assert job["state"] == "finished" and job["rejected"] == 1
        assert f"key {REDACTED} may not write" in report.read_text(encoding="utf-8-sig")
    else:
        assert job["state"] == "stopped_auth"
        assert "refused the API key (401 Unauthorized)" in job["last_error"]
        assert (REDACTED in job["last_error"]) == (mode == "json-401")
    shown = (upload_out.out + upload_out.err + jobs_out).encode()
    written = _everything_written(tmp_path)
    assert log.stat().st_size > 0
    for piece in (KEY, KEY[:10], KEY[-10:]):
        assert piece.encode() not in written, piece
        assert piece.encode() not in shown, piece


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer abc.def-123", f"Authorization: Bearer {REDACTED}"),
        ("presented as Bearer abcdef123456", f"presented as Bearer {REDACTED}"),
        ("header was Basic dXNlcjpwYXNz", f"header was Basic {REDACTED}"),
        ('{"token": "tok-1"}', f'{{"token": "{REDACTED}"}}'),
        ("bad api_key=abc123 given", f"bad api_key={REDACTED} given"),
        ("X-API-Key: abc123", f"X-API-Key: {REDACTED}"),
        ("key sk_live_4eC39HqLyjWDarjtT1zdp7dc is revoked", f"key {REDACTED} is revoked"),
        ("via http://office:pw@proxy:3128 failed", f"via http://{REDACTED}@proxy:3128 failed"),
        ("Bearer tokens expired", "Bearer tokens expired"),  # a word, not a credential
        ("email is not a valid address", "email is not a valid address"),
        ("Idempotency-Key: 7b6c7e9e-2c2d", "Idempotency-Key: 7b6c7e9e-2c2d"),
    ],
)
def test_credential_shapes_are_redacted_without_a_known_key(text, expected):
    assert redact_text(text) == expected


def test_a_known_key_cut_at_either_end_is_redacted():
    assert redact_text("…invalid key " + KEY[:9], [KEY]) == f"…invalid key {REDACTED}"
    assert redact_text(KEY[-7:] + " is not valid", [KEY]) == f"{REDACTED} is not valid"
    assert redact_text("ends in Zq9X", [KEY]) == "ends in Zq9X"  # too short to be a piece


def test_jobs_json_redacts_what_an_older_backfill_stored(tmp_path, monkeypatch, capsys):
    import sqlite3

    monkeypatch.setenv(KEY_ENV, KEY)
    src = write_events_csv(tmp_path / "events.csv", 3)
    with quoting_api("json-401") as base_url:
        run_cli(
            [
                "upload",
                str(src),
                "-d",
                "flokit-events",
                "--base-url",
                base_url,
                "--api-key-env",
                KEY_ENV,
            ]
        )
    capsys.readouterr()
    (journal_file,) = [p for p in data_dir().rglob("*.sqlite3")]
    with sqlite3.connect(journal_file) as db:  # as a Backfill without the redaction left it
        db.execute("UPDATE jobs SET last_error = ?", (f"401: Authorization: Bearer {KEY}x9",))
    assert run_cli(["jobs", "--json"]) == 0
    out = capsys.readouterr().out
    assert KEY not in out and f"Bearer {REDACTED}" in out


@pytest.mark.parametrize(
    "text",
    [
        "password: must be at least 8 characters",
        "the Basic plan-2024 is not available",
        "basic tier",
        "bearer of bad news",
    ],
)
def test_ordinary_rejection_reasons_are_left_alone(text):
    assert redact_text(text) == text
