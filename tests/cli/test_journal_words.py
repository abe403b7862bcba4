"""A damaged journal or an unusable data folder is explained, never shown as an exception."""

from __future__ import annotations

import pytest

from app.cli import run_cli


def test_damaged_journal_is_explained(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path))
    (tmp_path / "journal.sqlite3").write_bytes(b"this is not sqlite, it was overwritten" * 200)
    assert run_cli(["jobs"]) == 0  # set aside, a fresh one opened: upload/test_damaged_journal
    err = capsys.readouterr().err
    assert "upload history" in err and "damaged" in err and "set aside" in err
    assert "DatabaseError" not in err and "unexpected" not in err


@pytest.mark.parametrize("command", [["jobs"], ["report", "x", "-o", "r.csv"]])
def test_data_folder_that_is_a_file_is_explained(tmp_path, monkeypatch, capsys, command):
    not_a_folder = tmp_path / "backfill-data"
    not_a_folder.write_text("oops")
    monkeypatch.setenv("BACKFILL_DATA_DIR", str(not_a_folder))
    monkeypatch.chdir(tmp_path)
    assert run_cli(command) == 2
    err = capsys.readouterr().err
    assert "it is a file, not a folder" in err and "BACKFILL_DATA_DIR" in err
    assert "Error" not in err
