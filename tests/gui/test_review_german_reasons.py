"""Core English that reaches the app as text, in German: Review's notes under the summary, a bad
cell's tooltip (a file in memory and one paged from disk), and the Report's reasons of rows held
back at validation; the journal, the CLI and the exported rows keep the English."""

from __future__ import annotations

import ast
import csv
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from PySide6.QtCore import QLocale, Qt

import app.core.paged_table as paged_table
import app.core.stream as stream
import app.core.timestamps as timestamps
from app.core.fields import get_schema
from app.core.local_time import skipped_reason
from app.core.mapping import suggest_mapping
from app.core.paged_validation import PagedValidation
from app.core.table import SourceInfo, Table
from app.core.validate import validate
from app.sandbox import DEFAULT_API_KEY
from app.ui.models.problem_index import server_rejections
from app.ui.texts import settle_default_locale
from app.ui.upload_runner import RunState
from app.ui.words.report_lines import details_words, reason_text
from app.ui.words.review_lines import result_words
from app.ui.words.stored_words import _patterns, reread
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS
from tests.gui.test_load_map_review import load, send_to, to_map, to_review

qloop = upload_support.qloop


def _events(path, rows: int = 120):
    """Events: row 5's name is empty, row 8's time is no date (spreadsheet rows)."""
    lines = ["user_id,event,ts"]
    for i in range(rows):
        name = "" if i == 3 else "signup"
        when = "soon-ish" if i == 6 else f"2024-05-{1 + i % 28:02d}T10:00:00Z"
        lines.append(f"u{i},{name},{when}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _review(make_window, qtbot, path):
    window = make_window("vibefollow-events")
    load(window, qtbot, path)
    send_to(window, qtbot, to_map(window, qtbot), "vibefollow-events")
    return window, to_review(window, qtbot)


def test_review_notes_read_in_german(german, make_window, qtbot, tmp_path):
    path = tmp_path / "events.csv"
    rows = ["user_id,event,ts"] + [f"u{i},signup,{1717000000000 + i * 60000}" for i in range(50)]
    path.write_text("\n".join(rows) + "\n")
    _, page = _review(make_window, qtbot, path)
    lines = page.summary.text().splitlines()
    assert lines[0].startswith("50 Zeilen: 50 gültig")
    assert lines[1].startswith("Hinweis: „ts“ enthält Epochenmillisekunden (so gelesen); ")


def test_repeated_events_note_reads_in_german_and_stays_english_for_the_cli(german):
    df = pd.DataFrame({"user": ["u1", "u1", "u2", "u2", "u2"], "name": ["a"] * 5}, dtype="str")
    table = Table(df=df, row_numbers=list(range(2, 7)), info=SourceInfo(path=None, format="csv"))
    mapping = suggest_mapping(table, get_schema("vibefollow-events")).mapping
    result = validate(table, mapping)
    note = next(n for n in result.notes if "repeat" in str(n))
    assert str(note).startswith("3 events repeat an earlier row's user and name.")
    said = result_words(result).splitlines()
    assert "Hinweis: 3 Ereignisse wiederholen Nutzer und Namen einer früheren Zeile." in said[-1]
    assert "VibeFollow" in said[-1] and "repeat" not in said[-1]


@pytest.mark.parametrize("paged", [False, True], ids=["in-memory", "paged"])
def test_a_bad_cells_tooltip_reads_in_german(
    german, make_window, qtbot, tmp_path, monkeypatch, paged
):
    if paged:  # a file over the paging threshold goes through the on-disk path
        monkeypatch.setattr(paged_table, "PAGE_MIN_BYTES", 1000)
        monkeypatch.setattr(stream, "ROWS_PER_SLICE", 50)
    window, page = _review(make_window, qtbot, _events(tmp_path / "events.csv"))
    assert isinstance(window.session.validation, PagedValidation) is paged
    model = page.model
    name, ts = model.headers.index("event"), model.headers.index("ts")
    tip = model.data(model.index(3, name), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Zeile 5, event: Ereignisname ist leer"
    tip = model.data(model.index(6, ts), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Zeile 8, ts: Zeitstempel: kein Datum und keine Uhrzeit, die Backfill lesen kann"
    # The check itself keeps the English (the CLI and the problems download say it).
    assert window.session.validation.cell_messages[(5, "event")] == "Event name is empty"


def test_reread_leaves_what_it_does_not_know():
    assert reread("Invalid payload: missing thing") == "Invalid payload: missing thing"
    assert reread("") == ""


def test_reread_splits_a_cells_several_problems(german):
    text = "Event name is empty; Timestamp is empty; the validation time is used"
    assert (
        reread(text)
        == "Ereignisname ist leer; Zeitstempel ist leer; die Zeit der Prüfung wird verwendet"
    )


def test_report_reasons_of_held_back_rows_read_in_german(
    german, qtbot, qloop, make_window, sandbox, tmp_path
):
    window = make_window("vibefollow-events")
    window.pages[3].ask_pause_and_close = lambda: True
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    _review(make_window=lambda _d: window, qtbot=qtbot, path=_events(tmp_path / "events.csv"))
    assert window.go_to(3)
    upload = window.pages[3]
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        assert window.go_to(4)
    shown = [report.group_list.item(i).text() for i in range(report.group_list.count())]
    assert any("Ereignisname ist leer" in text for text in shown), shown
    assert any(
        "Zeitstempel: kein Datum und keine Uhrzeit, die Backfill lesen kann" in text
        for text in shown
    ), shown
    assert not any("is empty" in text or "not a date" in text for text in shown), shown

    # The journal keeps the English; so does the exported rejection report's reason column
    # (it is loaded again by "Fix and re-import", which reads it as data).
    kept = session.journal.row_outcomes(session.job_id)
    assert {o.message for o in kept if o.state == "invalid"} == {
        "Event name is empty",
        "Timestamp: not a date or time Backfill can read",
    }
    out = tmp_path / "rejected.csv"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    reason = rows[0].index("Reason")
    assert [r[reason] for r in rows[1:]] == [
        "Event name is empty",
        "Timestamp: not a date or time Backfill can read",
    ]


def test_report_reason_text_in_german(german):
    assert reason_text("empty", "Event name is empty") == "Ereignisname ist leer"
    left_out = reason_text("excluded", "left out by the operator on the Review step")
    assert left_out == "Im Schritt „Prüfen“ ausgelassen"
    assert reason_text("region_blocked", "Region is blocked") == "Region is blocked"  # the API's


@pytest.mark.parametrize(
    ("locale", "started", "changed"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "PM", "PM"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), ":", ":"),
    ],
    ids=["en_US", "de_DE"],
)
def test_report_times_follow_one_locale_format(qapp, locale, started, changed):
    QLocale.setDefault(locale)
    try:
        job = SimpleNamespace(
            file_name="f.csv",
            destination_id="vibefollow-events",
            base_url="http://127.0.0.1",
            profile_name="p",
            created_at=datetime(2026, 12, 7, 23, 25, 4, tzinfo=UTC),
            updated_at=datetime(2026, 12, 7, 23, 40, 9, tzinfo=UTC),
        )
        text = details_words(job, "VibeFollow")
        at = text.index("started ")
        both = text[at:]
        twelve_hour = both.count("AM") + both.count("PM")
        # Both moments in the locale's clock: two 12-hour times in English, none in German.
        assert twelve_hour == (2 if started == "PM" else 0), text
        assert ":09" in both and ":04" in both  # seconds kept in both
    finally:
        QLocale.setDefault(QLocale.system())
        settle_default_locale()


def _row_reasons() -> set[str]:
    """The per-row reasons app/core/timestamps.py writes (`….reason[…] = "…"`)."""
    source = (Path(timestamps.__file__)).read_text(encoding="utf-8")
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target = node.targets[0].value
            named = getattr(target, "attr", getattr(target, "id", ""))
            if named == "reason":  # a text, or either text of an `a if … else b`
                found |= {
                    c.value
                    for c in ast.walk(node.value)
                    if isinstance(c, ast.Constant) and " " in str(c.value)  # not a flag
                }
    return found


def test_every_row_reason_of_a_timestamp_is_translated(german):
    reasons = _row_reasons() | {skipped_reason("Europe/Berlin")}
    assert len(reasons) >= 7  # the scan found them
    for reason in reasons:
        said = reread(f"Timestamp: {reason}")
        assert said.startswith("Zeitstempel: ") and reason not in said, said


def test_a_reloaded_rejection_reports_reasons_read_in_german(german):
    df = pd.DataFrame(
        {
            "user_id": ["u1", "u2", "u3"],
            "Row": ["2", "3", "4"],
            "Field": ["name", "name", "traits.plan"],
            "Code": ["missing", "missing", "region_blocked"],
            "Reason": ["Event name is empty", "Event name is empty", "Region is blocked"],
            "State": ["invalid", "invalid", "rejected"],
        },
        dtype="str",
    )
    table = Table(df=df, row_numbers=[2, 3, 4], info=SourceInfo(path=None, format="csv"))
    rows, reasons = server_rejections(table)
    assert rows == 3
    assert reasons == "„Ereignisname ist leer“ (2 Zeilen); „Region is blocked“ (1 Zeile)"


def test_the_report_names_the_built_in_sandbox_profile_in_german(german):
    job = SimpleNamespace(
        file_name="ev.csv",
        destination_id="vibefollow-events",
        base_url="http://127.0.0.1:5000",
        profile_name="Sandbox — VibeFollow events",  # as the journal keeps it
        created_at=datetime(2026, 12, 7, 23, 25, 4, tzinfo=UTC),
        updated_at=datetime(2026, 12, 7, 23, 25, 9, tzinfo=UTC),
    )
    text = details_words(job, "VibeFollow-Ereignisse")
    assert "(Sandbox – VibeFollow-Ereignisse)" in text, text
    job.profile_name = "acme-prod"  # the operator's own name stays as given
    assert "(acme-prod)" in details_words(job, "VibeFollow-Ereignisse")


def test_an_edited_rows_timestamp_reason_reads_in_german(german, make_window, qtbot, tmp_path):
    window, page = _review(make_window, qtbot, _events(tmp_path / "events.csv", rows=20))
    model = page.model
    ts = model.headers.index("ts")
    assert model.setData(model.index(2, ts), "not-a-time")  # spreadsheet row 4
    status = window.statusBar()
    qtbot.waitUntil(lambda: "Zeile 4" in status.currentMessage(), timeout=WAIT_MS)
    assert status.currentMessage() == (
        "Zeile 4 hat noch ein Problem: Zeitstempel: kein Datum und keine Uhrzeit, die Backfill "
        "lesen kann"
    )


def test_a_template_may_say_a_value_twice():
    patterns = _patterns({"{a} and {a} again": "{a} und {a} nochmal"})
    assert patterns[0].regex.fullmatch("x and x again")
    assert not patterns[0].regex.fullmatch("x and y again")
