"""A damaged journal is set aside, never fatal: the file (with its -wal/-shm) is moved to
`<name>.damaged-<UTC time>` and a fresh journal opened, with a plain note for the operator.
A journal written by a newer Backfill (`JournalTooNew`) is set aside the same way, untouched,
as `<name>.newer-<UTC time>`: this build cannot read it, and the operator's work goes on."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.core.appdirs import data_dir
from app.core.journal import Journal
from app.core.journal_schema import JournalTooNew


def open_or_set_aside(path: Path | None = None) -> Journal:
    """Open the journal; when SQLite finds it damaged, move it (and its -wal/-shm) aside as
    `<name>.damaged-<UTC time>` (`.newer-` for a newer Backfill's journal), open a fresh one
    and say so in its `recovery_note`."""
    target = Path(path) if path is not None else data_dir() / "journal.sqlite3"
    try:
        if target.exists():
            _probe(target)
        journal = Journal(target)
        try:
            journal._read("SELECT COUNT(*) FROM jobs")  # a damaged table, not just a header
        except BaseException:
            journal.close()
            raise
        return journal
    except JournalTooNew as exc:
        aside = _set_aside(target, "newer")
        journal = Journal(target)
        journal.recovery_note = (
            f"The upload history was written by a newer version of Backfill (journal version "
            f"{exc.found}; this one knows up to {exc.known}) and has been set aside as {aside}; "
            "it is unchanged, and its jobs can be resumed only by that newer version."
        )
        return journal
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):
            raise  # e.g. "database is locked": busy, not broken; never move it aside
    aside = _set_aside(target, "damaged")
    journal = Journal(target)
    journal.recovery_note = (
        f"The upload history was damaged and has been set aside as {aside}; "
        "past jobs can't be resumed."
    )
    return journal


def _set_aside(target: Path, label: str) -> Path:
    """Move the journal and its -wal/-shm to `<name>.<label>-<UTC time>`; the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = target.with_name(f"{target.name}.{label}-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = target.with_name(f"{target.name}.{label}-{stamp}-{n}")
    target.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion = target.with_name(target.name + suffix)
        if companion.exists():
            # Named so SQLite would pair them again if someone opens the set-aside copy.
            companion.replace(aside.with_name(aside.name + suffix))
    return aside


def _probe(path: Path) -> None:
    """Read the journal through a read-only connection, which (unlike a read-write one) never
    checkpoints or deletes the -wal/-shm on close: if it is damaged, they go aside intact."""
    probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
    try:
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
        if "jobs" in tables:
            probe.execute("SELECT COUNT(*) FROM jobs").fetchone()
    finally:
        probe.close()


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB: the file itself is broken."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return not isinstance(exc, sqlite3.OperationalError)
