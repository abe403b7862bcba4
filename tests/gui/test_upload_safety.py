"""The guard rails around sending: production banner and confirmation, canary, duplicates,
profiles and their keys, closing mid-upload, and re-importing rejected rows."""

from __future__ import annotations

from app.core.profiles import Profile
from app.core.secrets import DESCRIBE_KEYRING
from app.sandbox import DEFAULT_API_KEY
from app.ui.dialogs.profile_dialog import check_connection
from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.mnemonics import plain
from tests.gui.upload_support import WAIT_MS, prepare_session, ready_upload, start_slow_upload

qloop = upload_support.qloop
upload_window = upload_support.upload_window


def _production_profile(window, sandbox) -> Profile:
    # A "production" profile that happens to point at the local sandbox, so nothing real is hit.
    profile = window.session.profiles.save(
        Profile("Production — acme", "vibefollow-users", sandbox.base_url, kind="production")
    )
    window.session.secrets.set(profile.name, DEFAULT_API_KEY)
    return profile


def test_production_profile_shows_banner_and_asks_before_sending(
    qtbot, upload_window, sandbox, tmp_path
):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=80)
    _production_profile(window, sandbox)
    page._reload_profiles()
    assert page.select_profile("Production — acme")
    assert window.session.profile_kind == "production"
    assert page.banner.label.text().startswith("PRODUCTION — acme. Rows go to the real API")
    assert window.header.badge.text().startswith("PRODUCTION")
    assert page.key_label.text() == DESCRIBE_KEYRING
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)

    # Declining sends nothing.
    window.primary_button.click()
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Send 80 rows to VibeFollow users" in dialog.question.text()
    assert not dialog.send_button.isEnabled()  # only after "Yes, send these 80 rows"
    dialog.cancel_button.click()
    qtbot.wait(100)
    assert sandbox.records("vibefollow-users") == []
    assert page.runner.state == RunState.IDLE and window.session.job_id is None

    # Confirming sends them.
    window.primary_button.click()
    page.confirm_dialog.confirm()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 80


def test_sandbox_profile_is_preselected_and_needs_no_confirmation(upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=10)
    assert page.profile is not None and page.profile.name == "Sandbox — VibeFollow users"
    assert not page.needs_confirmation()
    assert window.header.badge.text().startswith("SANDBOX")


def test_canary_sends_first_rows_then_waits_for_go_ahead(qtbot, upload_window, sandbox, tmp_path):
    sandbox.set_faults(reject_field="traits.plan", reject_pattern="^reject-me$")
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=200, bad_every=20)
    page.canary_check.setChecked(True)
    page.canary_rows.setValue(40)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANARY_DONE, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 38
    assert "of the first 40 rows, 38 accepted, 2 rejected, 0 failed" in page.notice.text
    assert plain(window.primary_button.text()) == "Continue upload ▶"
    qtbot.wait(200)
    assert len(sandbox.records("vibefollow-users")) == 38  # nothing more without the go-ahead

    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 190


def test_rows_sent_before_need_a_second_yes(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=60)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)

    # The same file again (a new validation): the duplicate guard speaks up.
    prepare_session(window.session, sandbox, tmp_path / "users.csv")
    window.go_to(3)
    qtbot.waitUntil(lambda: page.duplicates is not None, timeout=WAIT_MS)
    assert page.duplicates == 60
    assert "60 of these 60 rows were already accepted by this destination on" in (
        page.duplicate_notice.text
    )
    assert not page.primary_enabled()
    assert "Send them again" in page.primary_hint()
    page.send_duplicates.setChecked(True)
    assert page.primary_enabled()
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)


def test_closing_mid_upload_asks_and_leaves_the_job_resumable(
    qtbot, upload_window, sandbox, tmp_path
):
    window, page = start_slow_upload(qtbot, upload_window, sandbox, tmp_path, 300)

    asked: list[bool] = []
    page.ask_pause_and_close = lambda: asked.append(True) or False  # "No": keep going
    window.close()
    assert asked and window.isVisible() and page.runner.is_active()

    page.ask_pause_and_close = lambda: True
    window.close()  # pauses in order: the window closes once the answers in flight are in
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not page.runner.is_active()
    job = window.session.journal.job(window.session.job_id)
    assert job.pending > 0 and job.state == "paused"
    assert job.id in [j.id for j in window.session.journal.unfinished_jobs()]


def test_profile_dialog_tests_the_key_and_stores_it(qtbot, upload_window, sandbox, tmp_path):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    dialog = page._open_profile_dialog(None)
    dialog.name_edit.setText("Staging — acme")
    dialog.url_edit.setText(sandbox.base_url)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("staging"))
    dialog.key_edit.setText("wrong-key")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=WAIT_MS)
    assert not dialog.last_check.ok and "refused this API key (401)" in dialog.test_result.text()

    dialog.last_check = None
    dialog.key_edit.setText(DEFAULT_API_KEY)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=WAIT_MS)
    assert dialog.last_check.ok, dialog.test_result.text()
    assert "accepted the key" in dialog.test_result.text()

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert window.session.secrets.get("Staging — acme") == DEFAULT_API_KEY
    saved = window.session.profiles.get("Staging — acme")
    assert saved.kind == "staging" and saved.base_url == sandbox.base_url
    assert "api_key" not in saved.__dict__ and DEFAULT_API_KEY not in (
        window.session.profiles.path.read_text()
    )
    assert page.select_profile("Staging — acme")
    assert page.needs_confirmation()


def test_check_connection_reports_unreachable_hosts_in_words():
    check = check_connection("flokit-events", "http://127.0.0.1:9", "key", timeout=2)
    assert not check.ok and check.status is None
    assert "Traceback" not in check.message and check.message


def test_fix_and_reimport_opens_rejected_rows_with_their_row_numbers(
    qtbot, upload_window, sandbox, tmp_path
):
    sandbox.set_faults(reject_field="traits.plan", reject_pattern="^reject-me$")
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=90, bad_every=30)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()
    assert report.fix_button.isEnabled() and not report.retry_button.isEnabled()
    report.fix_button.click()
    session = window.session
    assert window.current == 2
    table = session.table
    assert list(table.row_numbers) == [31, 61, 91]
    # The original columns, then why each row was refused (never sent: left out of the mapping).
    assert table.headers == [
        "Customer ID",
        "Email",
        "Plan",
        "Row",
        "Field",
        "Code",
        "Reason",
        "State",
    ]
    assert list(table.df["Customer ID"]) == ["C00030", "C00060", "C00090"]
    assert session.mapping is not None and session.mapping.destination == "vibefollow-users"
    plan = session.mapping.extra_plan(table.headers)
    assert [p.column for p in plan] == ["Plan"]


def test_refused_key_stops_with_plain_words_and_rows_stay_pending(
    qtbot, upload_window, sandbox, tmp_path
):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=50)
    profile = window.session.profiles.save(
        Profile("Staging — wrong key", "vibefollow-users", sandbox.base_url, kind="staging")
    )
    window.session.secrets.set(profile.name, "not-the-key")
    page._reload_profiles()
    assert page.select_profile(profile.name)
    qtbot.waitUntil(page.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    page.confirm_dialog.confirm()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FAILED, timeout=WAIT_MS)
    assert "401" in page.notice.text or "key" in page.notice.text.lower()
    assert "Traceback" not in page.notice.text
    job = window.session.journal.job(window.session.job_id)
    assert job.pending == 50 and sandbox.records("vibefollow-users") == []
    assert plain(window.primary_button.text()) == "Resume upload ▶"


def test_a_resumed_job_never_goes_out_through_another_profile(
    qtbot, upload_window, sandbox, tmp_path
):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=30)
    ghost = Profile("Production — gone", "vibefollow-users", sandbox.base_url, kind="production")
    records = window.session.validation.records
    job_id = window.session.journal.create_job(
        source_path=str(tmp_path / "users.csv"),
        source_sha256="",
        source_info={},
        destination_id="vibefollow-users",
        base_url=ghost.base_url,
        profile_name=ghost.name,  # a profile that was deleted since
        mapping={},
        records=records,
        original_rows={},
    )
    page.resume_job(job_id)
    assert "no longer exists" in page.notice.text
    assert not page.runner.is_active()
    assert not page.primary_enabled() and "Production — gone" in page.primary_hint()
    qtbot.wait(100)
    assert sandbox.records("vibefollow-users") == []


def test_chunk_log_keeps_the_newest_lines_only():
    from app.ui.models.chunk_log_model import ChunkLogModel

    model = ChunkLogModel(cap=5)
    model.extend([(f"line {i}", "") for i in range(3)])
    model.extend([(f"line {i}", "") for i in range(3, 9)])
    assert model.lines() == ["line 4", "line 5", "line 6", "line 7", "line 8"]
    assert model.rowCount() == 5


def test_progress_and_wait_words():
    from app.core.words import duration_words, progress_words, wait_words

    assert (
        progress_words(8000, 12371, 2140.4, 2.2)
        == "8,000 of 12,371 rows · 2,140 rows/s · about 2 s left"
    )
    assert wait_words(12, "the API asked us to slow down (429)") == (
        "Waiting 12 s: the API asked us to slow down (429)"
    )
    assert duration_words(200) == "3 min 20 s" and duration_words(3900) == "1 h 05 min"


def test_test_connection_on_the_page_uses_the_chosen_profile(
    qtbot, upload_window, sandbox, tmp_path
):
    window, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=WAIT_MS)
    assert page.last_check.ok and page.test_result.text().startswith("✓ Connected")
    assert sandbox.records("vibefollow-users") == []  # the empty test batch stored nothing


def test_report_offers_to_send_the_rest_of_a_stopped_job(qtbot, upload_window, sandbox, tmp_path):
    window, page = start_slow_upload(qtbot, upload_window, sandbox, tmp_path, 300)
    page.cancel()
    qtbot.waitUntil(lambda: page.runner.state == RunState.CANCELLED, timeout=WAIT_MS)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        assert window.go_to(4)
    pending = window.session.journal.job(window.session.job_id).pending
    assert report.resume_button.isVisible()
    assert report.resume_button.text() == f"Send the remaining {pending:,} rows"
    assert f"{pending:,} not sent yet" in report.summary.text()
    report.resume_button.click()
    assert window.current == 3 and plain(window.primary_button.text()) == "Resume upload ▶"
    window.primary_button.click()
    qtbot.waitUntil(lambda: page.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    assert len(sandbox.records("vibefollow-users")) == 300
