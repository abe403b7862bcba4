"""A damaged journal is set aside (with its -wal/-shm) and a fresh one opened, with a plain
message for the app and the CLI, never a traceback."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import run_cli
from app.core.journal import Journal, open_or_set_aside
from app.ui.services import open_journal

GARBAGE = b"overwritten by a sync tool, not SQLite" * 200


def data_dir() -> Path:
    return Path(os.environ["BACKFILL_DATA_DIR"])


def damage(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(GARBAGE)
    path.with_name(path.name + "-wal").write_bytes(b"wal")
    path.with_name(path.name + "-shm").write_bytes(b"shm")


def test_the_app_sets_a_damaged_journal_aside_and_opens_a_fresh_one() -> None:
    path = data_dir() / "journal.sqlite3"
    damage(path)
    journal = open_journal()
    try:
        assert journal.list_jobs() == []
        note = journal.recovery_note
    finally:
        journal.close()
    (aside,) = sorted(data_dir().glob("journal.sqlite3.damaged-*[0-9Z]"))
    assert aside.read_bytes() == GARBAGE
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal"
    assert aside.with_name(aside.name + "-shm").exists()  # an index SQLite rebuilds anyway
    assert note == (
        f"The upload history was damaged and has been set aside as {aside}; "
        "past jobs can't be resumed."
    )
    # The fresh journal works, and the next open has nothing to report.
    with open_or_set_aside() as again:
        assert again.recovery_note is None


def test_a_healthy_journal_is_left_alone(tmp_path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    with open_or_set_aside(path) as journal:
        assert journal.recovery_note is None
    assert list(tmp_path.glob("*.damaged-*")) == []


def test_only_damage_counts_as_damage_not_a_lock(tmp_path) -> None:
    from app.core.journal_recovery import _is_damage

    path = tmp_path / "plain.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError) as locked:
            sqlite3.connect(path, timeout=0).execute("SELECT * FROM t")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked" in str(locked.value) and not _is_damage(locked.value)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(GARBAGE)
    with pytest.raises(sqlite3.DatabaseError) as broken:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    assert _is_damage(broken.value)


def test_the_cli_says_so_and_carries_on(capsys) -> None:
    damage(data_dir() / "journal.sqlite3")
    assert run_cli(["jobs", "--json"]) == 0
    captured = capsys.readouterr()
    assert "The upload history was damaged and has been set aside as" in captured.err
    assert "past jobs can't be resumed." in captured.err
    assert "Traceback" not in captured.err and "DatabaseError" not in captured.err
    assert captured.out.strip() == "[]"
    assert len(list(data_dir().glob("journal.sqlite3.damaged-*"))) == 3
