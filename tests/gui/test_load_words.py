"""What the Load step and `backfill preview` say about a file is true and reads naturally."""

from __future__ import annotations

from pathlib import Path

from app.cli import run_cli

WAIT_MS = 20_000


def _load(window, qtbot, path: Path):
    task = window.pages[0].load_path(path)
    if task is not None:
        qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    return window.pages[0]


def test_semicolon_file_is_not_called_comma_separated(make_window, qtbot, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("User ID;Amount\nU1;1,5\n", encoding="utf-8")
    page = _load(make_window(), qtbot, path)
    assert page.fact_labels["delimiter"].text() == "semicolon"
    assert "comma" not in page.fact_labels["format"].text()
    assert page.fact_labels["size"].text() == "1 row × 2 columns"


def test_single_cell_file_counts_in_the_singular(make_window, qtbot, tmp_path, capsys):
    path = tmp_path / "one.csv"
    path.write_text("id\nA1\n", encoding="utf-8")
    page = _load(make_window(), qtbot, path)
    assert page.fact_labels["size"].text() == "1 row × 1 column"
    capsys.readouterr()
    assert run_cli(["preview", str(path)]) == 0
    assert "1 row × 1 column" in capsys.readouterr().out


def test_a_folder_is_called_a_folder(make_window, qtbot, tmp_path):
    folder = tmp_path / "March exports"
    folder.mkdir()
    page = _load(make_window(), qtbot, folder)
    words = page.notice.text
    assert "folder" in words and "could not be found" not in words


def test_header_only_file_says_there_is_nothing_to_send(make_window, qtbot, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("Customer ID,Email\n", encoding="utf-8")
    window = make_window("vibefollow-users")
    page = _load(window, qtbot, path)
    assert page.preview_label.text() == "No data rows below the header"
    assert window.go_to(1)
    qtbot.waitUntil(lambda: window.session.mapping is not None, timeout=WAIT_MS)
    assert window.go_to(2)
    review = window.pages[2]
    qtbot.waitUntil(
        lambda: window.session.validation is not None and not review.is_busy, timeout=WAIT_MS
    )
    assert "every row can be sent" not in review.all_good.text()
    assert "no data rows" in review.all_good.text()
    assert not window.primary_button.isEnabled()
    assert "no data rows" in review.primary_hint()
