"""On start, unfinished journal jobs are offered; resuming one sends exactly the rows left."""

from __future__ import annotations

from app.core.fields import get_schema
from app.core.jobs import JobPart, job_source, prepare_job
from app.core.journal import Journal
from app.core.mapping import suggest_mapping
from app.core.sources import load_table
from app.core.validate import validate
from app.ui.dialogs.resume_dialog import ResumeDialog, offer_unfinished_jobs
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.upload_support import WAIT_MS, write_users_csv

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def _half_done_job(sandbox, tmp_path, rows: int = 200) -> str:
    """A job as a crashed earlier run leaves it: the first rows accepted, the rest pending."""
    path = write_users_csv(tmp_path / "earlier.csv", rows)
    table = load_table(path)
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    validation = validate(table, mapping)
    with Journal() as journal:
        source = job_source(
            table,
            mapping,
            destination_id="vibefollow-users",
            base_url="http://127.0.0.1:9",  # the sandbox listened elsewhere last time
            profile_name="Sandbox — VibeFollow users",
        )
        job_id = prepare_job(journal, source, [JobPart(table, validation)]).job_id
        first = journal.next_free_rows(job_id, -1, 50)
        (chunk,) = journal.open_chunks(job_id, [[r.seq for r in first]])
        journal.settle_chunk(job_id, chunk, chunk_state="done", accepted=[r.seq for r in first])
        journal.set_state(job_id, "running", started=True)
    # The server got those first 50 rows in the earlier run.
    import httpx

    from app.sandbox import DEFAULT_API_KEY

    httpx.post(
        f"{sandbox.base_url}/api/v1/users/bulk",
        json={"users": [r.record.payload for r in first]},
        headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"},
    ).raise_for_status()
    return job_id


def test_unfinished_job_is_offered_and_resumed_to_completion(
    qtbot, upload_window, sandbox, tmp_path
):
    job_id = _half_done_job(sandbox, tmp_path)
    window = upload_window()
    window.session.set_sandbox(sandbox.base_url, upload_support.DEFAULT_API_KEY)
    dialog = offer_unfinished_jobs(window)
    assert isinstance(dialog, ResumeDialog)
    assert dialog.isVisible()
    assert dialog.job_list.count() == 1
    text = dialog.job_list.item(0).text()
    assert "earlier.csv → VibeFollow users" in text
    assert "50 of 200 rows done" in text and "150 still to send" in text

    dialog.resume_button.click()
    upload = window.pages[3]
    assert window.current == 3
    assert window.session.job_id == job_id
    assert upload.heading.text() == f"Upload — job {job_id}"
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)

    job = window.session.journal.job(job_id)
    assert (job.accepted, job.pending) == (200, 0)
    stored = sandbox.records("vibefollow-users")
    assert len(stored) == 200  # the first 50 were not sent again
    assert upload.base_url == sandbox.base_url  # today's sandbox, not the stale address


def test_nothing_offered_when_every_job_finished(upload_window):
    window = upload_window()
    assert offer_unfinished_jobs(window) is None


def test_not_now_leaves_the_job_for_later(qtbot, upload_window, sandbox, tmp_path):
    job_id = _half_done_job(sandbox, tmp_path, rows=60)
    window = upload_window()
    dialog = offer_unfinished_jobs(window)
    assert dialog is not None
    dialog.later_button.click()
    assert window.current == 0
    assert window.session.job_id is None
    assert [j.id for j in window.session.journal.unfinished_jobs()] == [job_id]
    assert len(sandbox.records("vibefollow-users")) == 50
