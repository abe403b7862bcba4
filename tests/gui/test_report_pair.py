"""The Report, retry and resume of a users-and-events job in the app, against the sandbox: the
Report shows the pair's verdict, both parts' counts and a line per row not delivered whole
(its part, field, reason and the other part's state); the export holds the lines `backfill
report` writes; "Retry failed rows" sends the failed rows of both parts again and nothing
else; a pair cancelled mid-way and resumed from the start-up dialog sends every row once."""

from __future__ import annotations

import asyncio
import csv
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.cli import run_cli
from app.core.destinations import get_destination
from app.core.pair_outcomes import pair_summary
from app.core.pair_run import PairRun
from app.core.uploader import Uploader
from app.core.validate import validate
from app.sandbox import DEFAULT_API_KEY
from app.ui.dialogs.resume_dialog import offer_unfinished_jobs
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.upload_support import ONE_TRY, WAIT_MS, pair_upload
from tests.upload.pair_files import THEN_EVENT, prepare_signups, write_signups_csv

qloop = upload_support.qloop
upload_window = upload_support.upload_window

# One request at a time, two rows each, no second attempt: a scripted 500 fails exactly the
# chunk it hits, so which rows fail is known.
USERS, EVENTS = "vibefollow-users", "vibefollow-events"


def _send(qtbot, window, page) -> None:
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)


def _to_report(qtbot, window):
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()  # Next: Report
    assert window.current == 4
    return report


def _table(report) -> list[list[str]]:
    model = report.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _ids(sandbox, endpoint: str) -> list[str]:
    return sorted(r["external_user_id"] for r in sandbox.records(endpoint))


def _assert_counts_add_up(journal, pair) -> None:
    summary = pair_summary(journal, pair)
    for job in (summary.users, summary.events):
        assert job.accepted + job.rejected + job.failed + job.pending == job.rows
    assert summary.held <= summary.events.pending
    # Every row of the sheet has an event row; a user row unless validation kept it back.
    assert summary.events.rows == summary.users.rows + summary.users.invalid


def _fail_one_chunk_of_each_part(sandbox) -> None:
    """u0–u1's users request fails (500); u3 is rejected; the first events request (u2, u4:
    the first users accepted) fails too. Four users requests come before any event."""
    sandbox.set_faults(
        reject_field="external_user_id",
        reject_pattern="^u3$",
        reject_message="blocked user",
        script=("500", "proceed", "proceed", "proceed", "500"),
        endpoints=(USERS, EVENTS),
    )


def test_the_report_shows_each_row_not_delivered_whole_with_both_parts(
    qtbot, upload_window, sandbox, tmp_path
):
    _fail_one_chunk_of_each_part(sandbox)
    window, page = pair_upload(upload_window, sandbox, tmp_path, 8)
    _send(qtbot, window, page)
    report = _to_report(qtbot, window)
    qtbot.waitUntil(lambda: "receipt saved" in report.summary.text(), timeout=WAIT_MS)

    assert report.summary.text() == (
        "Done with problems: 5 rows not delivered whole — receipt saved"
    )
    assert report.pair_counts.isVisible()
    assert report.pair_counts.text() == (
        "Users: 5 accepted, 1 rejected, 2 failed, 0 not sent yet\n"
        "Events: 3 accepted, 1 rejected, 2 failed, 2 waiting for their user, 0 not sent yet"
    )
    assert "VibeFollow users, then VibeFollow events" in report.details.text()
    headers = [
        report.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(report.model.columnCount())
    ]
    assert headers == ["Row", "Part", "Outcome", "Other part", "Field", "Reason"]
    rows = _table(report)
    assert [r[:3] for r in rows] == [
        ["2", "User", "failed"],
        ["3", "User", "failed"],
        ["4", "Event", "failed"],
        ["5", "User", "rejected"],
        ["6", "Event", "failed"],
    ]
    assert rows[0][3] == "Event: waits for its user"
    assert rows[2][3] == "User: accepted"
    assert rows[3][3] == "Event: not sent"
    assert rows[3][4:] == ["external_user_id", "Blocked user"]  # the reason in plain words
    assert not report.notice.isVisible()  # done: nothing is paused, though events wait
    assert report.group_list.item(0).text() == "All 5 rows not delivered whole"
    texts = [report.group_list.item(i).text() for i in range(1, report.group_list.count())]
    assert any(t.startswith("2 rows failed · their event") for t in texts)
    assert any(t.startswith("1 row rejected · their user") for t in texts)
    assert report.retry_button.isEnabled() and report.fix_button.isEnabled()
    assert not report.resume_button.isVisible()  # nothing left to send without a retry
    assert report.is_complete()
    _assert_counts_add_up(window.session.journal, window.session.journal.pair_of(report.job.id))


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_export_holds_the_lines_backfill_report_writes(
    qtbot, upload_window, sandbox, tmp_path, kind
):
    _fail_one_chunk_of_each_part(sandbox)
    window, page = pair_upload(upload_window, sandbox, tmp_path, 8)
    _send(qtbot, window, page)
    report = _to_report(qtbot, window)
    ours, theirs = tmp_path / f"app.{kind}", tmp_path / f"cli.{kind}"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(ours)
    assert run_cli(["report", window.session.job_id, "--out", str(theirs)]) == 0

    def lines(path):
        if kind == "csv":
            with path.open(encoding="utf-8-sig", newline="") as fh:
                return list(csv.reader(fh))
        sheet = load_workbook(path, read_only=True).active
        return [[str(c) for c in row] for row in sheet.iter_rows(values_only=True)]

    exported = lines(ours)
    assert exported == lines(theirs)
    assert exported[0] == ["id", "email", "plan", "signed_up", "Row", "Field", "Code", "Reason",
                           "State"]  # fmt: skip
    by_row = {int(r[4]): r for r in exported[1:]}
    assert sorted(by_row) == [2, 3, 4, 5, 6]
    assert by_row[5][5:] == ["user.external_user_id", "validation", "blocked user", "rejected"]
    assert (by_row[4][0], by_row[4][5], by_row[4][8]) == ("u2", "event", "failed")


def test_retry_sends_only_the_failed_rows_of_both_parts(qtbot, upload_window, sandbox, tmp_path):
    _fail_one_chunk_of_each_part(sandbox)
    window, page = pair_upload(upload_window, sandbox, tmp_path, 8)
    _send(qtbot, window, page)
    report = _to_report(qtbot, window)
    journal = window.session.journal
    pair = journal.pair_of(window.session.job_id)
    assert _ids(sandbox, USERS) == ["u2", "u4", "u5", "u6", "u7"]
    assert _ids(sandbox, EVENTS) == ["u5", "u6", "u7"]
    _assert_counts_add_up(journal, pair)
    requests = {e: sandbox.stats()[e]["requests"] for e in (USERS, EVENTS)}

    sandbox.set_faults()
    report.retry_button.click()
    assert window.current == 3
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)

    # Each user and event once; the retry sent u0–u1's users, then their events and the two
    # failed events: one users request and two events requests of two rows.
    assert _ids(sandbox, USERS) == ["u0", "u1", "u2", "u4", "u5", "u6", "u7"]
    assert _ids(sandbox, EVENTS) == ["u0", "u1", "u2", "u4", "u5", "u6", "u7"]
    stats = sandbox.stats()
    assert stats[USERS]["requests"] - requests[USERS] == 1
    assert stats[EVENTS]["requests"] - requests[EVENTS] == 2
    summary = pair_summary(journal, pair)
    assert (summary.users.accepted, summary.users.failed, summary.users.rejected) == (7, 0, 1)
    assert (summary.events.accepted, summary.events.failed, summary.held) == (7, 0, 0)
    _assert_counts_add_up(journal, pair)

    report = _to_report(qtbot, window)
    assert report.summary.text().startswith("Done with problems: 1 row not delivered whole")
    assert [r[:3] for r in _table(report)] == [["5", "User", "rejected"]]
    assert not report.retry_button.isEnabled()


def _cancelled_pair(qtbot, upload_window, sandbox, tmp_path, endpoint: str):
    """(journal, pair, summary) of a 30-row pair cancelled once `endpoint` holds 4 records."""
    sandbox.configure(latency_ms=60)
    window, page = pair_upload(upload_window, sandbox, tmp_path, 30)
    journal = window.session.journal
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: len(sandbox.records(endpoint)) >= 4, timeout=WAIT_MS)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
    pair = journal.pair_of(window.session.job_id)
    return journal, pair, pair_summary(journal, pair)


def test_a_pair_cancelled_in_its_events_resumes_from_the_start_dialog(
    qtbot, upload_window, sandbox, tmp_path
):
    # Cancel once the events are under way: the users part is done, events are half sent.
    journal, pair, summary = _cancelled_pair(qtbot, upload_window, sandbox, tmp_path, EVENTS)
    assert summary.users.pending == 0 and 0 < summary.events.pending < 30
    _assert_counts_add_up(journal, pair)
    sandbox.configure(latency_ms=0)

    again = upload_window()  # Backfill started again
    again.session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    again.pages[3].upload_settings = ONE_TRY
    dialog = offer_unfinished_jobs(again)
    assert dialog is not None
    assert dialog.job_list.count() == 1  # the pair once, though only its events are left
    text = dialog.job_list.item(0).text()
    assert "signups.csv → VibeFollow users, then VibeFollow events" in text
    assert "Then their events: " in text
    assert f"{summary.events.pending} still to send" in text
    dialog.resume_button.click()
    upload = again.pages[3]
    assert again.current == 3 and again.session.job_id == pair.users_job
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)

    everyone = [f"u{i}" for i in range(30)]
    assert sorted(r["external_user_id"] for r in sandbox.records(USERS)) == sorted(everyone)
    assert sorted(r["external_user_id"] for r in sandbox.records(EVENTS)) == sorted(everyone)
    summary = pair_summary(journal, pair)
    assert (summary.users.accepted, summary.events.accepted, summary.events.pending) == (30, 30, 0)
    _assert_counts_add_up(journal, pair)
    report = _to_report(qtbot, again)
    assert report.summary.text().startswith("Every user and its event was delivered")
    assert offer_unfinished_jobs(again) is None


def test_a_pair_cancelled_in_its_users_resumes_users_then_events(
    qtbot, upload_window, sandbox, tmp_path
):
    journal, pair, summary = _cancelled_pair(qtbot, upload_window, sandbox, tmp_path, USERS)
    assert 0 < summary.users.pending < 30 and summary.events.accepted == 0
    assert sandbox.records(EVENTS) == []  # no event before the users part is done
    _assert_counts_add_up(journal, pair)
    sandbox.configure(latency_ms=0)

    again = upload_window()
    again.session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    again.pages[3].upload_settings = ONE_TRY
    dialog = offer_unfinished_jobs(again)
    assert dialog is not None and dialog.job_list.count() == 1
    assert f"{summary.users.pending + 30} still to send" in dialog.job_list.item(0).text()
    dialog.resume_button.click()
    upload = again.pages[3]
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    everyone = sorted(f"u{i}" for i in range(30))
    assert _ids(sandbox, USERS) == everyone and _ids(sandbox, EVENTS) == everyone
    _assert_counts_add_up(journal, pair)


def test_a_pairs_report_is_translated(qapp, qtbot, upload_window, sandbox, tmp_path, monkeypatch):
    """In German, French and Spanish, no English word is left on a pair's Report: its labels,
    reasons list, table headers and cells (the file's and the server's words are data)."""
    from PySide6.QtCore import QLocale

    from app.ui.texts import settle_default_locale
    from app.ui.translations import install_translators
    from tests.gui.i18n_walk import left_in_english, shown_texts

    def seen(language: str) -> dict[str, str]:
        monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path / language / "data"))
        installed = install_translators(qapp, language) if language != "en" else []
        try:
            sandbox.reset()
            _fail_one_chunk_of_each_part(sandbox)
            (tmp_path / language).mkdir()
            window, page = pair_upload(upload_window, sandbox, tmp_path / language, 8)
            _send(qtbot, window, page)
            report = _to_report(qtbot, window)
            qtbot.waitUntil(lambda: report.receipt_saved, timeout=WAIT_MS)
            texts = shown_texts(report)
            model = report.model
            for c in range(model.columnCount()):
                texts[f"header{c}"] = model.headerData(c, Qt.Orientation.Horizontal)
            for r, row in enumerate(_table(report)):
                texts.update({f"cell{r},{c}": cell for c, cell in enumerate(row)})
            for i in range(report.group_list.count()):
                texts[f"reason{i}"] = report.group_list.item(i).text()
            return texts
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
            QLocale.setDefault(QLocale.system())
            settle_default_locale()

    english = seen("en")
    data = ["signups", "external_user_id", "Blocked user", "blocked user", "Sandbox", "users"]
    for language in ("de", "fr", "es"):
        left = left_in_english(english, seen(language), data=data)
        assert not left, f"{language}: {left}"


def _reported_pair_with_a_refused_event(qtbot, upload_window, sandbox, tmp_path):
    """(window, Report page) of 6 signups sent as a pair: u3's user refused (row 5); u1's
    user accepted but its event refused (row 3); every other row delivered whole."""
    window = upload_window()
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    session.set_destination(USERS)
    journal = session.journal
    pair = prepare_signups(
        journal, write_signups_csv(tmp_path / "signups.csv", 6), sandbox.base_url
    ).pair

    def make(job_id: str) -> Uploader:
        destination = get_destination(journal.job(job_id).destination_id)
        return Uploader(destination, journal, job_id, base_url=sandbox.base_url,
                        api_key=DEFAULT_API_KEY, settings=ONE_TRY)  # fmt: skip

    def in_a_thread(work) -> None:  # its own event loop: the window's qasync loop stays set
        thread = threading.Thread(target=lambda: asyncio.run(work()))
        thread.start()
        thread.join()

    # One rule at a time: the users are sent under the first, their events under the second.
    sandbox.set_faults(reject_field="external_user_id", reject_pattern="^u3$",
                       reject_message="blocked user", endpoints=(USERS,))  # fmt: skip
    in_a_thread(lambda: make(pair.users_job).run())
    sandbox.set_faults(reject_field="timestamp", reject_pattern="10:01",
                       reject_message="too old", endpoints=(EVENTS,))  # fmt: skip
    in_a_thread(lambda: PairRun(journal, pair, make).run())
    sandbox.set_faults()
    session.set_job(pair.users_job)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        assert window.go_to(4)
    assert [r[:3] for r in _table(report)] == [
        ["3", "Event", "rejected"],
        ["5", "User", "rejected"],
    ]
    return window, report


def test_fix_and_reimport_of_a_pair_brings_its_event_back_with_the_rows_not_whole(
    qtbot, upload_window, sandbox, tmp_path
):
    window, report = _reported_pair_with_a_refused_event(qtbot, upload_window, sandbox, tmp_path)
    assert report.fix_button.isEnabled()
    assert "users are sent again" in report.fix_button.toolTip()
    report.fix_button.click()
    session = window.session
    assert window.current == 2
    table = session.table
    # Both rows not delivered whole, at their spreadsheet row numbers, with their cells.
    assert list(table.row_numbers) == [3, 5]
    assert list(table.df["id"]) == ["u1", "u3"]
    assert table.headers[:4] == ["id", "email", "plan", "signed_up"]
    assert "users already accepted are sent again" in " ".join(table.warnings)
    assert session.mapping is not None and session.mapping.destination == USERS
    assert session.then_event == THEN_EVENT  # the event part comes back too
    assert "2 rows of signups.csv not delivered whole" in window.file_label.text()
    assert "tick “Send them again”" in window.statusBar().currentMessage()

    # Sent again as they are (the faults are gone): each user once (u1's is an update), and
    # now an event each.
    session.set_validation(validate(table, session.mapping))
    upload = window.pages[3]
    upload.upload_settings = ONE_TRY
    assert window.go_to(3)
    # u1's user was accepted before: the operator is asked, and says yes (an update).
    guard = upload.duplicate_guard
    qtbot.waitUntil(lambda: guard.duplicates is not None, timeout=WAIT_MS)
    assert guard.duplicates == 1 and guard.send_again.isVisible()
    guard.send_again.setChecked(True)
    _send(qtbot, window, upload)
    everyone = [f"u{i}" for i in range(6)]
    assert _ids(sandbox, USERS) == everyone
    assert _ids(sandbox, EVENTS) == everyone
    again = session.journal.pair_of(session.job_id)
    assert again is not None and again.complete
    summary = pair_summary(session.journal, again)
    assert (summary.users.rows, summary.users.accepted) == (2, 2)
    assert (summary.events.rows, summary.events.accepted) == (2, 2)
    rows = session.journal.row_outcomes(again.users_job)
    assert rows == [] or all(o.row in (3, 5) for o in rows)
