"""Issue 9: the Upload step sends each block of the job as soon as it is written, through the
core `Preparation` the CLI uses; Cancel stops the writing too, and a job cut short while it
was written is finished by the app's resume, which reads the file again like `backfill resume`.

The preparation is held before its second commit (a hook on the journal, no timing): what
the test sees meanwhile was sent while the file was still being written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import httpx

from app.core.fields import get_schema
from app.core.jobs import job_blocks, job_source
from app.core.journal import Journal
from app.core.mapping import suggest_mapping
from app.core.preparation import continuable_source
from app.core.sources import load_table
from app.core.validate import validate
from app.sandbox import DEFAULT_API_KEY
from app.ui.dialogs.resume_dialog import offer_unfinished_jobs
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.upload_support import FAST, WAIT_MS, ready_upload, write_users_csv

qloop = upload_support.qloop
upload_window = upload_support.upload_window

DEST = "vibefollow-users"
# Bigger chunks (a few thousand rows go quickly), and every progress figure told.
QUICK = replace(FAST, chunk_size=250, progress_interval=0.0)


class HoldSecondCommit:
    """The job's writing held before its second commit until `release()`: the first commit's
    rows are in the journal (and told to the engine), the rest of the file is not."""

    def __init__(self, journal: Journal) -> None:
        self._original = journal.append_blocks
        self.calls = 0
        self.reached = threading.Event()
        self._go = threading.Event()
        journal.append_blocks = self._append  # type: ignore[method-assign]

    def _append(self, job_id: str, blocks: list) -> int:
        self.calls += 1
        if self.calls == 2:
            self.reached.set()
            self._go.wait(WAIT_MS / 1000)  # a failing test must not hang
        return self._original(job_id, blocks)

    def release(self) -> None:
        self._go.set()


def _stored_ids(sandbox) -> list[str]:
    return [r["external_user_id"] for r in sandbox.records(DEST)]


@contextmanager
def _started_and_held(qtbot, upload_window, sandbox, tmp_path, rows: int) -> Iterator[tuple]:
    """(window, page, journal) of an upload started with its writing held before the second
    commit and the first answer in; the writing goes on when the block ends."""
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=rows, settings=QUICK)
    journal = window.session.journal
    hold = HoldSecondCommit(journal)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    try:
        qtbot.waitUntil(hold.reached.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(page.log_model.lines()) >= 1, timeout=WAIT_MS)
        yield window, page, journal
    finally:
        hold.release()


def test_rows_are_sent_while_the_file_is_still_written(qtbot, upload_window, sandbox, tmp_path):
    with _started_and_held(qtbot, upload_window, sandbox, tmp_path, 6_000) as (
        window,
        page,
        journal,
    ):
        # The first commit's 2,000 rows go out while the rest of the file waits unwritten.
        qtbot.waitUntil(lambda: len(sandbox.records(DEST)) == 2_000, timeout=WAIT_MS)
        job = journal.job(window.session.job_id)
        assert job.preparing and job.rows == 2_000
        assert page.runner.state == RunState.RUNNING  # waiting for more rows, not ended
        # The counters count the rows known so far.
        qtbot.waitUntil(lambda: page.counts["accepted"] == 2_000, timeout=WAIT_MS)
        assert page.counts["pending"] == 0
        assert page._last_progress is not None and page._last_progress.rows == 2_000
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    job = journal.job(window.session.job_id)
    assert (job.rows, job.accepted, job.pending, job.preparing) == (6_000, 6_000, 0, False)
    ids = _stored_ids(sandbox)
    assert len(ids) == len(set(ids)) == 6_000
    assert page.counts["accepted"] == 6_000


def test_cancel_while_written_leaves_a_job_that_resumes_every_row_once(
    qtbot, upload_window, sandbox, tmp_path
):
    rows = 30_000
    with _started_and_held(qtbot, upload_window, sandbox, tmp_path, rows) as (
        window,
        page,
        journal,
    ):
        assert page.cancel_button.isEnabled()
        page.cancel_button.click()
        qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
        # The writing ends with the block at hand: no second start on the job before that.
        assert page.preparer.still_writing and not page.primary_enabled()
    qtbot.waitUntil(lambda: not page.preparer.still_writing, timeout=WAIT_MS)
    job = journal.job(window.session.job_id)
    # The writing stopped too: the job holds part of the file, every row of it counted once.
    assert job.preparing and 0 < job.rows < rows, job
    assert job.accepted + job.rejected + job.failed + job.pending == job.rows
    assert len(sandbox.records(DEST)) == job.accepted
    assert page.counts["pending"] == job.pending  # the rows written after the run ended too
    assert "could not be read" not in page.notice.text  # stopped on purpose: no problem

    # Resume on the same page: the file is read again, the rows it lacks written and sent.
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    assert page.primary_text().startswith("Resume upload")
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    job = journal.job(window.session.job_id)
    assert (job.rows, job.preparing) == (rows, False)
    assert job.accepted + job.rejected + job.failed + job.pending == rows
    assert journal.state_counts(job.id) == {
        "accepted": rows, "rejected": 0, "failed": 0, "pending": 0,
    }  # fmt: skip
    ids = _stored_ids(sandbox)
    assert len(ids) == len(set(ids)) == rows


def _cut_short_job(sandbox, path: Path, *, written_blocks: int, sent: int) -> str:
    """The journal as a process killed while it wrote and sent the job leaves it: begun with
    the validation time, its first blocks written (not finished), the first `sent` accepted."""
    table = load_table(path)
    mapping = suggest_mapping(table, get_schema(DEST)).mapping
    validation = validate(table, mapping)
    source = job_source(
        table,
        mapping,
        destination_id=DEST,
        base_url="http://127.0.0.1:9",  # the sandbox listened elsewhere last time
        profile_name="Sandbox — VibeFollow users",
    )
    with Journal() as journal:
        job_id = journal.begin_job(continuable_source(source, validation.now))
        blocks = list(job_blocks(table, validation))[:written_blocks]
        journal.append_blocks(job_id, blocks)
        if sent:
            first = journal.next_free_rows(job_id, -1, sent)
            (chunk,) = journal.open_chunks(job_id, [[r.seq for r in first]])
            journal.settle_chunk(job_id, chunk, chunk_state="done", accepted=[r.seq for r in first])
            journal.set_state(job_id, "running", started=True)
            httpx.post(
                f"{sandbox.base_url}/api/v1/users/bulk",
                json={"users": [r.record.payload for r in first]},
                headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"},
            ).raise_for_status()
    return job_id


def test_a_job_cut_short_while_written_is_finished_by_the_resume_on_start(
    qtbot, upload_window, sandbox, tmp_path
):
    rows = 4_500
    path = write_users_csv(tmp_path / "earlier.csv", rows)
    job_id = _cut_short_job(sandbox, path, written_blocks=2, sent=50)
    window = upload_window()
    window.session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    window.pages[3].upload_settings = QUICK
    dialog = offer_unfinished_jobs(window)
    assert dialog is not None and dialog.job_list.count() == 1
    assert "not read to the end" in dialog.job_list.item(0).text()
    dialog.resume_button.click()
    upload = window.pages[3]
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    job = window.session.journal.job(job_id)
    assert (job.rows, job.preparing, job.accepted, job.pending) == (rows, False, rows, 0)
    ids = _stored_ids(sandbox)
    assert len(ids) == len(set(ids)) == rows  # the first 50 were not sent again


def test_a_cut_short_job_whose_file_changed_is_not_continued(
    qtbot, upload_window, sandbox, tmp_path
):
    path = write_users_csv(tmp_path / "earlier.csv", 3_000)
    job_id = _cut_short_job(sandbox, path, written_blocks=1, sent=50)
    write_users_csv(path, 3_100)  # changed since
    window = upload_window()
    window.session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    dialog = offer_unfinished_jobs(window)
    assert dialog is not None
    dialog.resume_button.click()
    upload = window.pages[3]
    qtbot.waitUntil(lambda: "has changed since" in upload.notice.text, timeout=WAIT_MS)
    assert f"Job {job_id} was stopped while its file was still being read" in upload.notice.text
    assert "1,000 rows written so far stay in the job" in upload.notice.text
    assert not upload.runner.is_active() and not upload.preparer.busy
    job = window.session.journal.job(job_id)
    assert (job.rows, job.preparing, job.accepted) == (1_000, True, 50)
    assert len(sandbox.records(DEST)) == 50  # nothing more was sent


def test_pause_while_written_sends_nothing_new_and_resume_finishes(
    qtbot, upload_window, sandbox, tmp_path
):
    with _started_and_held(qtbot, upload_window, sandbox, tmp_path, 6_000) as (
        window,
        page,
        journal,
    ):
        window.primary_button.click()  # Pause
        assert page.runner.state == RunState.PAUSED
    # The file is written to the end meanwhile; nothing more goes out until Resume.
    qtbot.waitUntil(lambda: not page.preparer.still_writing, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: journal.job(window.session.job_id).state == "paused", timeout=WAIT_MS)
    job = journal.job(window.session.job_id)
    assert (job.rows, job.preparing) == (6_000, False) and job.pending > 0
    stored = len(sandbox.records(DEST))
    assert stored == job.accepted < 6_000
    assert page.runner.state == RunState.PAUSED
    window.primary_button.click()  # Resume
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    ids = _stored_ids(sandbox)
    assert len(ids) == len(set(ids)) == 6_000


def test_closing_while_written_stops_the_writing_and_closes_once_it_stopped(
    qtbot, upload_window, sandbox, tmp_path
):
    rows = 30_000
    with _started_and_held(qtbot, upload_window, sandbox, tmp_path, rows) as (
        window,
        page,
        journal,
    ):
        job_id = window.session.job_id
        window.close()  # asks (yes, in this test), pauses in order, stops the writing
        assert window.isVisible()  # not before the requests in flight and the writing ended
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not page.preparer.still_writing and not page.runner.is_active()
    job = journal.job(job_id)
    assert job.preparing and 0 < job.rows < rows
    assert job.accepted + job.rejected + job.failed + job.pending == job.rows
    assert len(sandbox.records(DEST)) == job.accepted
