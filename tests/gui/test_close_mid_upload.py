"""Closing the window (or quitting) mid-upload pauses in order: the answers in flight are
recorded, the job is left paused, nothing is printed; the next start offers to resume it and
every row ends up stored exactly once (Ours Privacy keeps duplicates, so a re-sent row shows)."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.journal import Journal
from app.ui.dialogs.resume_dialog import offer_unfinished_jobs
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.upload_support import WAIT_MS, prepare_session

qloop = upload_support.qloop
upload_window = upload_support.upload_window

REPO = Path(__file__).resolve().parents[2]
ROWS = 300
# PySide6 6.12 takes a reference to True away on every emit of a Signal(object) (checked with
# sys.getrefcount): after enough upload progress in one process, True is deallocated and the
# interpreter aborts ("bool_dealloc"), at exit or mid-test. Hold plenty of references that are
# never given back, not even at interpreter exit (the app needs its own guard).
_BOOL_REFS = [True, False] * 100_000
ctypes.pythonapi.Py_IncRef(ctypes.py_object(_BOOL_REFS))
# What Qt's offscreen platform itself prints; anything else on stderr is ours.
QT_NOISE = ("This plugin does not support",)


def write_events_csv(path: Path, rows: int = ROWS) -> Path:
    lines = ["event,distinctId,timestamp"]
    lines += [f"signed_up,d{i},2024-03-01T10:{i % 60:02d}:00Z" for i in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _server(sandbox) -> dict:
    return sandbox.stats()["ourspriv-batch"]


def _probe(mode: str, sandbox, csv: Path) -> dict[str, str]:
    """Run tests/gui/close_probe.py; its `KEY value` lines (stderr checked to be silent)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # BACKFILL_DATA_DIR: this test's
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.close_probe", mode, sandbox.base_url, str(csv)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = [line for line in proc.stderr.splitlines() if not line.startswith(QT_NOISE)]
    assert said == [], "\n".join(said)
    facts = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert proc.returncode == 0 and facts.get("EXIT") == "0", proc.stdout
    assert facts["HOOK"] == "0"  # nothing reached sys.excepthook
    return facts


def _only_job(journal: Journal):
    (job,) = journal.list_jobs()
    return job


@pytest.mark.parametrize("how", ["close", "quit"])
def test_the_real_app_pauses_in_order_when_closed_or_quit_mid_upload(sandbox, tmp_path, how):
    sandbox.configure(latency_ms=300)  # stored on arrival, answered 300 ms later
    csv = write_events_csv(tmp_path / "events.csv")
    facts = _probe(how, sandbox, csv)
    assert "CLOSING" in facts
    with Journal() as journal:
        job = _only_job(journal)
        assert job.state == "paused"
        assert job.accepted + job.rejected + job.failed + job.pending == job.rows == ROWS
        assert 0 < job.accepted < ROWS
        assert journal.load_open_chunks(job.id) == []  # every answer in flight was recorded
    assert _server(sandbox)["stored"] == job.accepted

    facts = _probe("resume", sandbox, csv)
    assert facts["OFFERED"] == "1" and facts["FINISHED"] == str(ROWS)
    with Journal() as journal:
        job = _only_job(journal)
        assert (job.state, job.accepted, job.pending) == ("finished", ROWS, 0)
    stats = _server(sandbox)
    assert stats["stored"] == ROWS and stats["duplicates_stored"] == 0


def test_pause_and_close_records_the_answers_in_flight(qtbot, upload_window, sandbox, tmp_path):
    # (pytest-qt fails the test if an exception reaches sys.excepthook from Qt.)
    sandbox.configure(latency_ms=300)
    window = upload_window("ourspriv-events")
    csv = write_events_csv(tmp_path / "events.csv")
    prepare_session(window.session, sandbox, csv, "ourspriv-events")
    page = window.pages[3]
    page.upload_settings = replace(
        upload_support.FAST, initial_concurrency=3, max_concurrency=3, min_concurrency=3
    )
    assert window.go_to(3)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.counts.get("accepted", 0) >= 25, timeout=WAIT_MS)
    assert _server(sandbox)["stored"] > page.counts["accepted"]  # answers on their way back

    window.close()  # "pause and close?" answered Yes by the fixture
    assert page.runner.stopping and window.isVisible()  # waits for the answers first
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not page.runner.is_active()
    journal = window.session.journal
    job = journal.job(window.session.job_id)
    assert job.state == "paused" and 0 < job.accepted < ROWS
    assert job.accepted + job.pending == ROWS
    assert journal.load_open_chunks(job.id) == []
    assert _server(sandbox)["stored"] == job.accepted

    # The next start offers it; resuming stores every row once.
    again = upload_window("ourspriv-events")
    again.session.set_sandbox(sandbox.base_url, upload_support.DEFAULT_API_KEY)
    dialog = offer_unfinished_jobs(again)
    assert dialog is not None and dialog.job_list.count() == 1
    dialog.resume_button.click()
    upload = again.pages[3]
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert again.session.journal.job(job.id).accepted == ROWS
    stats = _server(sandbox)
    assert stats["stored"] == ROWS and stats["duplicates_stored"] == 0
