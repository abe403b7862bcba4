"""The Upload step in German: its figures in the German locale (12.371), its words translated,
while what is sent to the API and written to the journal and receipt stays as it always was."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from types import SimpleNamespace

from PySide6.QtCore import QLocale

from app.core.reachability import ConnectionCheck
from app.core.readiness import Missing, Readiness, StartInputs
from app.ui.texts import settle_default_locale
from app.ui.translations import install_translators
from app.ui.upload_core_words import (
    connection_text,
    duration_text,
    progress_text,
    readiness_text,
    reason_text,
    wait_text,
)
from tests.gui import upload_support
from tests.gui.i18n_walk import left_in_english, shown_texts
from tests.gui.mnemonics import plain
from tests.gui.upload_support import FAST, WAIT_MS, ready_upload

qloop = upload_support.qloop
upload_window = upload_support.upload_window

ROWS = 12_371


def test_counters_read_in_german_while_payload_and_journal_stay_unchanged(
    german, qtbot, upload_window, sandbox, tmp_path
):
    settings = replace(FAST, chunk_size=1000)
    window, page = ready_upload(upload_window, sandbox, tmp_path, ROWS, settings=settings)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    assert plain(window.primary_button.text()) == "Upload starten ▶"
    assert page.estimate_label.text().startswith("12.371 Zeilen → 13 Anfragen → etwa ")
    window.primary_button.click()
    qtbot.waitUntil(page.is_complete, timeout=WAIT_MS)

    labels = {name: label.text() for name, label in page.counter_labels.items()}
    assert labels == {
        "accepted": "Angenommen 12.371",
        "rejected": "Abgelehnt 0",
        "failed": "Fehlgeschlagen 0",
        "pending": "Ausstehend 0",
    }
    assert page.progress_label.text() == "12.371 von 12.371 Zeilen"
    assert page.run_panel.counters_box.accessibleName() == (
        "Angenommen 12.371, abgelehnt 0, fehlgeschlagen 0, ausstehend 0"
    )
    lines = page.log_model.lines()
    assert any("Zeilen 12.002–12.372" in line for line in lines), lines[-1]
    assert plain(window.primary_button.text()) == "Weiter: Bericht ▶"

    # What went to the API: the file's own values, untouched by the locale.
    stored = sandbox.records("vibefollow-users")
    assert len(stored) == ROWS
    last = next(r for r in stored if r["external_user_id"] == "C12371")
    assert last["email"] == "user12371@example.com"
    # The journal counts in integers; the receipt (an English document) groups the English way.
    job = window.session.journal.job(window.session.job_id)
    assert (job.accepted, job.pending) == (ROWS, 0)
    qtbot.waitUntil(lambda: page.receipt_paths is not None, timeout=WAIT_MS)
    assert page.receipt_paths is not None
    receipt = page.receipt_paths[1].read_text(encoding="utf-8")
    assert "accepted:       12,371" in receipt
    assert "12.371" not in receipt


def test_nothing_on_the_upload_step_is_left_in_english(
    qapp, qtbot, upload_window, sandbox, tmp_path, monkeypatch
):
    """Mid-run and after: the page's own words (the shell's are checked by the walker)."""

    def seen(language: str) -> dict[str, dict[str, str]]:
        # A journal of its own: the next language's rows are not "sent before".
        monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path / language / "data"))
        installed = install_translators(qapp, language) if language != "en" else []
        try:
            window, page = ready_upload(upload_window, sandbox, tmp_path / language, 60)
            qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
            before = shown_texts(page)
            window.primary_button.click()
            qtbot.waitUntil(page.is_complete, timeout=WAIT_MS)
            return {"before": before, "after": shown_texts(page)}
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
            QLocale.setDefault(QLocale.system())
            settle_default_locale()

    for folder in ("en", "de", "fr", "es"):
        (tmp_path / folder).mkdir()
    english = seen("en")
    for language in ("de", "fr", "es"):
        translated = seen(language)
        for moment in ("before", "after"):
            left = left_in_english(english[moment], translated[moment], data=["Customer", "user"])
            assert not left, f"{language} {moment}: {left}"


def test_the_core_words_of_the_step_in_german(german):
    assert duration_text(200) == "3 Min. 20 s"
    assert duration_text(3900) == "1 Std. 05 Min."
    assert progress_text(8_000, ROWS, 2_140.4, 2.0) == (
        "8.000 von 12.371 Zeilen · 2.140 Zeilen/s · noch etwa 2 s"
    )
    assert wait_text(0.8, "the API asked us to slow down (429)") == (
        "Warten (0,8 s): die API bat darum, langsamer zu senden (429)"
    )
    inputs = StartInputs(profile_name="acme-prod")
    assert readiness_text(Readiness(Missing.KEY, "English hint"), inputs) == (
        "Kein API-Schlüssel für „acme-prod“: Drücken Sie „Bearbeiten …“, um ihn hinzuzufügen."
    )
    refused = ConnectionCheck(False, "VibeFollow users refused this API key (401).", 401)
    assert connection_text(refused, "vibefollow-users").endswith(
        "hat diesen API-Schlüssel abgelehnt (401). Prüfen Sie den Schlüssel."
    )
    # Backfill's own reason translated; the technical detail in brackets as it was.
    assert reason_text(
        "connection problem: could not connect (All connection attempts failed)"
    ) == ("Verbindungsproblem: keine Verbindung möglich (All connection attempts failed)")
    # A server's own words are shown as the server wrote them.
    assert reason_text("HTTP 500: queue exploded") == "HTTP 500: queue exploded"


def test_the_dialogs_in_german(german, qtbot):
    from app.ui.dialogs.confirm_production import ConfirmProductionDialog
    from app.ui.dialogs.resume_dialog import describe_job

    dialog = ConfirmProductionDialog(
        rows=ROWS,
        profile_name="acme-prod",
        kind="production",
        destination="VibeFollow users",
        base_url="https://api.example.com",
        colour="#b91c1c",
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "An die Produktion senden?"
    assert dialog.send_button.text() == "12.371 Zeilen senden"
    assert dialog.understood.text() == "Ja, diese 12.371 Zeilen an die Produktion senden"
    assert dialog.banner_label.text() == "PRODUKTION – acme-prod"

    job = SimpleNamespace(
        file_name="events.csv",
        destination_id="flokit-events",
        profile_name="acme-prod",
        created_at=datetime(2026, 11, 3, 10, 42, tzinfo=UTC),
        rows=ROWS,
        accepted=2_000,
        rejected=0,
        failed=0,
        pending=10_371,
        state="paused",
        last_error=None,
    )
    lines = describe_job(job).splitlines()
    assert lines[1].startswith("Gestartet 3. Nov. 2026, ")
    assert lines[1].endswith(" · 2.000 von 12.371 Zeilen erledigt")
    assert lines[2] == "10.371 noch zu senden"


def test_a_long_wait_is_counted_down_once_not_with_the_engines_words_inside(qtbot):
    """The engine words a wait of a minute or more as "Waiting 1 min 05 s: …"; the panel
    counts down itself, so the engine's prefix is dropped whatever the length."""
    from app.core.uploader import Progress
    from app.ui.widgets.run_panel import RunPanel

    panel = RunPanel()
    qtbot.addWidget(panel)
    progress = Progress(
        rows=100, sent=40, accepted=40, rejected=0, failed=0, pending=60,
        records_per_s=10.0, eta_s=6.0, concurrency=1, backoff_s=65.0,
        backoff_reason="Waiting 1 min 05 s: the API asked us to slow down (429)",
        last_error=None, state="running",
    )  # fmt: skip
    panel.show_progress(progress, running=True)
    words = panel.wait_label.text()
    panel.stop_wait()
    assert words.startswith("Waiting 1 min 0")
    assert words.endswith(" s: the API asked us to slow down (429)")
    assert words.count("Waiting") == 1


def test_a_run_before_its_first_rows_are_written_says_so_not_0_of_0(qtbot):
    # Sending while preparing starts the engine before the first commit.
    from app.core.uploader import Progress
    from app.ui.widgets.run_panel import RunPanel

    panel = RunPanel()
    qtbot.addWidget(panel)

    def progress(rows: int, accepted: int) -> Progress:
        return Progress(
            rows=rows, sent=accepted, accepted=accepted, rejected=0, failed=0,
            pending=rows - accepted, records_per_s=None, eta_s=None, concurrency=16,
            backoff_s=0.0, backoff_reason="", last_error=None, state="running",
        )  # fmt: skip

    panel.show_running()
    panel.show_progress(progress(0, 0), running=True)
    assert panel.progress_label.text() == "Reading the first rows of the file…"
    assert panel.bar.maximum() == 0  # busy, no figure
    panel.show_progress(progress(2_000, 500), running=True)
    assert panel.progress_label.text().startswith("500 of 2,000 rows")
    assert panel.bar.maximum() > 0


def test_the_chunk_logs_notes_in_german(german):
    assert reason_text("will retry: the API asked us to slow down (429)") == (
        "neuer Versuch folgt: die API bat darum, langsamer zu senden (429)"
    )
    assert reason_text("3 rows failed after 5 attempts: HTTP 503") == (
        "3 Zeilen nach 5 Versuchen fehlgeschlagen: HTTP 503"
    )


def test_the_apis_answers_in_german_keep_the_servers_own_words(german):
    assert (
        reason_text("will retry: the API asked us to slow down (429 Too Many Requests): slow down")
        == "neuer Versuch folgt: die API bat darum, langsamer zu senden (429 Too Many Requests): slow down"
    )
    refused = (
        "FloKit refused the API key (401 Unauthorized): Invalid API key. "
        "Check the key (and its permissions), then resume the job."
    )
    assert reason_text(refused) == (
        "FloKit hat den API-Schlüssel abgelehnt (401 Unauthorized): Invalid API key. Prüfen Sie "
        "den Schlüssel (und seine Berechtigungen) und setzen Sie dann den Auftrag fort."
    )


def test_the_report_warns_of_resent_rows_in_german(german, qtbot, upload_window, sandbox, tmp_path):
    from tests.gui.test_upload_qa import _lost_answer_report

    window, report = _lost_answer_report(qtbot, upload_window, sandbox, tmp_path, "ourspriv-events")
    assert report.duplicates_notice.isVisible()
    assert report.duplicates_notice.message.text() == (
        "100 Zeilen wurden erneut gesendet, nachdem eine Antwort verloren ging; "
        "Ours Privacy entfernt keine Duplikate, daher können bis zu 100 doppelt "
        "gespeichert sein."
    )
