"""Issue 16 (6, 9): "Fix and re-import" shows why the destination refused each row; Report words
are plain; "Import another file" starts over; the CSV export follows the source's format."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.ui.upload_runner import RunState
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS
from tests.gui.upload_support import FAST, prepare_session, write_users_csv

qloop = upload_support.qloop  # the Upload page's engine runs on it


def reported(qtbot, make_window, sandbox, path: Path):
    """(window, Report page) after `path` was sent to VibeFollow users with every
    "reject-me" plan refused by the sandbox with a bare code."""
    sandbox.set_faults(
        reject_field="traits.plan",
        reject_pattern="^reject-me$",
        reject_code="region_blocked",
        reject_message="region_blocked",
    )
    window = make_window("vibefollow-users")
    window.pages[3].ask_pause_and_close = lambda: True
    prepare_session(window.session, sandbox, path)
    upload = window.pages[3]
    upload.upload_settings = FAST
    assert window.go_to(3)
    qtbot.waitUntil(upload.primary_enabled, timeout=WAIT_MS)
    window.primary_button.click()
    qtbot.waitUntil(lambda: upload.runner.state == RunState.FINISHED, timeout=WAIT_MS)
    report = window.pages[4]
    with qtbot.waitSignal(report.loaded, timeout=WAIT_MS):
        window.primary_button.click()  # Next: Report
    return window, report


def test_fix_and_reimport_shows_the_destinations_reasons(
    qtbot, qloop, make_window, sandbox, tmp_path
):
    path = write_users_csv(tmp_path / "users.csv", 60, bad_every=20)
    window, report = reported(qtbot, make_window, sandbox, path)
    report.fix_button.click()
    review = window.pages[2]
    session = window.session
    assert window.current == 2
    qtbot.waitUntil(lambda: session.validation is not None and not review.is_busy, timeout=WAIT_MS)
    # Backfill's own checks pass, but that is not "all fine": the server's reasons are shown.
    assert "No problems found" not in review.all_good.text()
    assert review.all_good.property("kind") == "warning"
    assert "3 rows were refused by the destination" in review.rejected_notice.text
    assert "Refused by the destination (region blocked)" in review.rejected_notice.text
    reason_col = session.table.headers.index("Reason")
    model = review.model
    reasons = {
        model.data(model.index(r, reason_col), Qt.ItemDataRole.DisplayRole) for r in range(3)
    }
    assert reasons == {"Refused by the destination (region blocked)"}
    # The status bar says what is loaded: the rejected rows, not the old file as such.
    assert window.file_label.text() != "File: users.csv"
    assert "3 rejected rows of users.csv" in window.file_label.text()
    # The explanation columns are never sent.
    payload = session.validation.records[0].payload
    assert set(payload.get("traits", {})) == {"plan"}


def test_report_says_api_codes_in_plain_words(qtbot, qloop, make_window, sandbox, tmp_path):
    path = write_users_csv(tmp_path / "users.csv", 40, bad_every=20)
    window, report = reported(qtbot, make_window, sandbox, path)
    model = report.model
    shown = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert shown and all("region_blocked" not in text for text in shown)
    groups = [report.group_list.item(i).text() for i in range(report.group_list.count())]
    assert all("region_blocked" not in text for text in groups)
    out = tmp_path / "rejected.csv"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    assert "region_blocked" in out.read_text(encoding="utf-8-sig")  # the code stays in exports


def test_import_another_file_starts_at_the_drop_zone(qtbot, qloop, make_window, sandbox, tmp_path):
    path = write_users_csv(tmp_path / "users.csv", 40, bad_every=20)
    window, report = reported(qtbot, make_window, sandbox, path)
    window.primary_button.click()  # Import another file
    assert window.current == 0
    load_page = window.pages[0]
    assert load_page.views.currentIndex() == 0  # the drop zone, not the old file
    assert window.session.table is None
    assert not report.is_complete()  # the sidebar's "Report ✓" belongs to nothing now


def test_report_tick_goes_with_a_new_file(qtbot, qloop, make_window, sandbox, tmp_path):
    path = write_users_csv(tmp_path / "users.csv", 40, bad_every=20)
    window, report = reported(qtbot, make_window, sandbox, path)
    assert report.is_complete()
    assert window.go_to(0)
    task = window.pages[0].load_path(write_users_csv(tmp_path / "other.csv", 10))
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    assert window.session.table.info.path.name == "other.csv"
    assert not report.is_complete()


def _semicolon_cp1252(path: Path, city: str) -> Path:
    lines = ["Customer ID;Email;Plan;City"]
    for i in range(1, 41):
        plan = "reject-me" if i % 20 == 0 else "pro"
        lines.append(f"C{i:05d};user{i}@example.com;{plan};{city}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_csv_export_keeps_the_sources_delimiter_and_encoding(
    qtbot, qloop, make_window, sandbox, tmp_path
):
    path = _semicolon_cp1252(tmp_path / "kunden.csv", "Zürich")
    window, report = reported(qtbot, make_window, sandbox, path)
    out = tmp_path / "rejected.csv"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("cp1252")
    assert text.splitlines()[0].startswith("Customer ID;Email;Plan;City;Row")
    assert "Zürich" in text
    assert "semicolon-separated, cp1252" in report.notice.text.lower()


def test_csv_export_falls_back_to_utf8_and_says_so(qtbot, qloop, make_window, sandbox, tmp_path):
    path = _semicolon_cp1252(tmp_path / "kunden.csv", "Zürich")
    window, report = reported(qtbot, make_window, sandbox, path)
    report.outcomes[0].original["City"] = "Łódź"  # cp1252 has no Ł
    out = tmp_path / "rejected.csv"
    with qtbot.waitSignal(report.exported, timeout=WAIT_MS):
        report.export(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Łódź" in raw.decode("utf-8-sig")
    assert "UTF-8" in report.notice.text and "cp1252 cannot hold" in report.notice.text
