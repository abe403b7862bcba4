"""Issue 13.2: the receipt of an events upload carries the picture of time — as text in the
.txt and as a PNG beside it — drawn from the job's rows in the journal (CLI over the sandbox)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli import run_cli
from app.core.appdirs import data_dir
from app.core.timeline_png import SIZE
from app.sandbox import DEFAULT_API_KEY

KEY_ENV = "BACKFILL_TEST_KEY"
HEADERS = "Customer ID,Event,Timestamp"
BAR_BLUE = (37, 99, 235)


@pytest.fixture
def key_env(monkeypatch):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)


def _upload(tmp_path: Path, name: str, stamps: list[str], base_url: str) -> tuple[dict, Path]:
    src = tmp_path / name
    rows = [f"C{i:05d},signup,{stamp}" for i, stamp in enumerate(stamps)]
    src.write_text("\n".join([HEADERS, *rows]) + "\n", encoding="utf-8")
    argv = ["upload", str(src), "--destination", "vibefollow-events", "--base-url", base_url]
    assert run_cli([*argv, "--api-key-env", KEY_ENV]) == 0
    (receipt,) = [
        p
        for p in (data_dir() / "receipts").glob("*.json")
        if json.loads(p.read_text(encoding="utf-8"))["file_name"] == name
    ]
    return json.loads(receipt.read_text(encoding="utf-8")), receipt


def _bar_pixels_per_column(png: Path) -> np.ndarray:
    pixels = np.asarray(Image.open(png).convert("RGB"))
    return (pixels == BAR_BLUE).all(axis=2).sum(axis=0)


def test_the_receipt_has_the_timeline_as_text_and_png(sandbox, key_env, tmp_path, capsys):
    # Ten days with a peak on the third; then every event on one day.
    spread = [f"2024-03-{1 + i % 10:02d}T10:{i // 10:02d}:00Z" for i in range(100)]
    spread += [f"2024-03-03T11:{i:02d}:00Z" for i in range(40)]
    one_day = [f"2024-03-05T09:{i // 60:02d}:{i % 60:02d}Z" for i in range(140)]
    first, first_path = _upload(tmp_path, "spread.csv", spread, sandbox.base_url)
    second, second_path = _upload(tmp_path, "one_day.csv", one_day, sandbox.base_url)
    capsys.readouterr()

    for data, path in ((first, first_path), (second, second_path)):
        png = Path(data["timeline_png"])
        assert png.parent == path.parent and png.stem == path.stem  # next to the receipt
        with Image.open(png) as image:
            image.load()  # decodes
            assert image.format == "PNG" and image.size == SIZE
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        assert "Events per day, 140 in all (UTC):" in text
        assert f"The same as a picture: {png}" in text
    assert "  2024-03-03  " in "\n".join(first["timeline"])
    assert first["timeline"][0] == second["timeline"][0] == "Events per day, 140 in all (UTC):"
    spread_bars = _bar_pixels_per_column(Path(first["timeline_png"]))
    one_bar = _bar_pixels_per_column(Path(second["timeline_png"]))
    assert spread_bars.any() and one_bar.any()
    # Ten bars against one: the blue spans far more of the width, and the drawings differ.
    assert np.count_nonzero(spread_bars) > 5 * np.count_nonzero(one_bar)
    assert not np.array_equal(spread_bars, one_bar)


def test_rows_stamped_at_validation_are_left_out_and_users_get_no_picture(
    sandbox, key_env, tmp_path, capsys
):
    stamps = ["2024-03-01T10:00:00Z", "", "2024-03-02T10:00:00Z", ""]
    data, path = _upload(tmp_path, "gaps.csv", stamps, sandbox.base_url)
    # Two rows had no time: they carry the validation time, which is not the file's.
    assert data["timeline"][0] == "Events per day, 2 in all (UTC):"
    users = tmp_path / "users.csv"
    users.write_text("User ID,Email\nu1,a@example.com\n", encoding="utf-8")
    argv = ["upload", str(users), "--destination", "vibefollow-users"]
    assert run_cli([*argv, "--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]) == 0
    capsys.readouterr()
    receipts = [json.loads(p.read_text(encoding="utf-8")) for p in path.parent.glob("*.json")]
    (user_receipt,) = [r for r in receipts if r["file_name"] == "users.csv"]
    assert user_receipt["timeline"] == [] and user_receipt["timeline_png"] is None
    assert len(list(path.parent.glob("*.png"))) == 1


@pytest.mark.parametrize("rows", [300, 9_500])  # read whole; read in slices of 5,000
def test_the_times_counted_while_preparing_are_the_journals(
    sandbox, key_env, tmp_path, monkeypatch, rows
):
    """The CLI's upload counts the receipt's event times while it validates (issue 9: reading
    them back decoded every stored block after the last answer): the same bins as the journal's,
    with empty cells (time fixed at validation), invalid rows and repeats in the file."""
    import app.core.receipt as receipt_module
    from app.core.journal import Journal

    seen: list[object] = []
    save = receipt_module.save_receipt

    def spy(receipt, directory, histogram):
        seen.append(histogram)
        return save(receipt, directory, histogram)

    monkeypatch.setattr(receipt_module, "save_receipt", spy)
    if rows > 1_000:  # as a file above 4 MB is read (the first slice cut in two to validate)
        monkeypatch.setattr("app.core.stream.STREAM_MIN_BYTES", 1)
        monkeypatch.setattr("app.core.stream.ROWS_PER_SLICE", 5_000)
    stamps = [
        ""
        if i % 7 == 0
        else "yesterday"
        if i % 11 == 0
        else f"2024-0{1 + i % 9}-0{1 + i % 9}T10:00:00Z"
        for i in range(rows)
    ]
    src = tmp_path / "mixed.csv"
    lines = [f"C{i % (rows // 3):05d},signup,{stamp}" for i, stamp in enumerate(stamps)]
    src.write_text("\n".join([HEADERS, *lines, *lines[:5]]) + "\n", encoding="utf-8")
    argv = [
        "upload",
        str(src),
        "--destination",
        "vibefollow-events",
        "--base-url",
        sandbox.base_url,
    ]
    run_cli([*argv, "--api-key-env", KEY_ENV, "--allow-duplicates"])

    journal = Journal(data_dir() / "journal.sqlite3")
    (job,) = journal.list_jobs()
    assert job.rows > 0 and job.invalid > 0
    (counted,) = seen
    assert counted is not None
    assert counted == receipt_module.job_histogram(journal, job.id)
