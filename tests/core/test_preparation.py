"""app.core.preparation: when a job is sent while it is written, and a preparation cut short
continued from its file the same way (the rows the operator left out stay out), or refused."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.core.fields import get_schema
from app.core.jobs import JobPart, job_source, prepare_job
from app.core.journal import JobSummary, Journal
from app.core.mapping import suggest_mapping
from app.core.preparation import (
    EXCLUDED_ROWS,
    VALIDATED_AT,
    CannotContinue,
    Refusal,
    continuable_source,
    continuation,
    drop_if_unasked,
    sends_while_preparing,
)
from app.core.row_feed import RowFeed
from app.core.sources import load_table
from app.core.tally import ValidationTally
from app.core.validate import validate

DEST = "vibefollow-users"


def _users(path: Path, rows: int) -> Path:
    lines = ["Customer ID,Email,Plan"] + [
        f"C{i:05d},user{i}@example.com,pro" for i in range(1, rows + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cut_short(journal: Journal, path: Path, excluded: frozenset[int], *, now: bool) -> str:
    """A job written as the app writes it (rows left out), stopped after its first commit."""
    table = load_table(path)
    mapping = suggest_mapping(table, get_schema(DEST)).mapping
    validation = validate(table, mapping, excluded_rows=excluded)
    source = job_source(table, mapping, destination_id=DEST, base_url="http://x", profile_name="p")
    source = continuable_source(source, validation.now if now else None, excluded)
    job_id = journal.begin_job(source)
    feed, stop = RowFeed(), threading.Event()
    feed.listen(stop.set)  # the first commit told: stop before the next block
    with pytest.raises(Exception, match="cancelled"):
        prepare_job(
            journal, None, [JobPart(table, validation)], cancel=stop, feed=feed, job_id=job_id
        )
    return job_id


def test_sent_while_written_only_without_a_canary_and_with_the_guard_settled():
    assert sends_while_preparing(None, True)
    assert not sends_while_preparing(25, True)
    assert not sends_while_preparing(None, False)


def test_a_continued_preparation_leaves_out_the_rows_left_out_before(tmp_path):
    path = _users(tmp_path / "users.csv", 5_000)
    excluded = frozenset({3, 2_500, 4_999})
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = _cut_short(journal, path, excluded, now=True)
        job = journal.job(job_id)
        assert job.preparing and job.rows == 2_000
        assert job.source_info[EXCLUDED_ROWS] == sorted(excluded)
        assert VALIDATED_AT in job.source_info
        preparation = continuation(journal, job, ValidationTally())
        preparation.start()
        preparation.settle()
        job = journal.job(job_id)
        assert (job.rows, job.excluded, job.preparing) == (5_000 - 3, 3, False)
        assert preparation.result is not None and preparation.result.rows == 5_000 - 3


def test_a_job_without_its_validation_time_or_with_its_file_changed_is_refused(tmp_path):
    path = _users(tmp_path / "users.csv", 3_000)
    with Journal(tmp_path / "j.sqlite3") as journal:
        edited = journal.job(_cut_short(journal, path, frozenset(), now=False))
        with pytest.raises(CannotContinue) as refused:
            continuation(journal, edited, ValidationTally())
        assert refused.value.reason is Refusal.FILE_CHANGED
        kept = journal.job(_cut_short(journal, path, frozenset(), now=True))
        _users(path, 3_001)
        with pytest.raises(CannotContinue) as refused:
            continuation(journal, kept, ValidationTally())
        assert refused.value.reason is Refusal.FILE_CHANGED
        assert journal.job(kept.id).rows == 2_000  # left as it was


def test_nothing_sent_where_rows_were_accepted_before_is_dropped(tmp_path):
    path = _users(tmp_path / "users.csv", 3_000)
    with Journal(tmp_path / "j.sqlite3") as journal:
        job = journal.job(_cut_short(journal, path, frozenset(), now=True))
        drop_if_unasked(journal, job)  # nothing accepted there before: kept
        assert journal.job(job.id).preparing
        _accept_one_row_earlier(journal, path)
        with pytest.raises(CannotContinue) as refused:
            drop_if_unasked(journal, job)
        assert refused.value.reason is Refusal.DROPPED
        with pytest.raises(KeyError):
            journal.job(job.id)


def _accept_one_row_earlier(journal: Journal, path: Path) -> JobSummary:
    table = load_table(path)
    mapping = suggest_mapping(table, get_schema(DEST)).mapping
    source = job_source(table, mapping, destination_id=DEST, base_url="http://x", profile_name="p")
    job_id = prepare_job(journal, source, [JobPart(table, validate(table, mapping))]).job_id
    first = journal.next_free_rows(job_id, -1, 1)
    (chunk,) = journal.open_chunks(job_id, [[r.seq for r in first]])
    journal.settle_chunk(job_id, chunk, chunk_state="done", accepted=[r.seq for r in first])
    return journal.job(job_id)
