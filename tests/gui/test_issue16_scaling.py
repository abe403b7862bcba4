"""Issue 16 (8): at 200 % scaling on a 1920×1080 screen (960×540 logical pixels) the window fits
the screen and every step stays usable: facts not cut off, the field grid not a two-row box,
Review with rows of its table on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.gui.test_load_map_review import load, to_map, to_review

# 1920×1080 at 200 %, less the 40 px a window manager's title bar takes.
SCALED_SIZE = (944, 500)


def fits(label: QLabel) -> bool:
    """The label's whole text is on screen (wrapped labels may use more lines)."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height() + 1
    return label.sizeHint().width() <= label.width() + 1


def needed_height(widget) -> int:
    """The height the widget's layout needs at its current width (wrapped text included)."""
    layout = widget.layout()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(widget.width())
    return layout.sizeHint().height()


def test_window_fits_a_screen_smaller_than_its_default_size(make_window, qtbot):
    window = make_window()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= available.width()
    assert window.frameGeometry().height() <= available.height()
    assert available.contains(window.frameGeometry().topLeft())
    assert window.minimumWidth() <= available.width()
    assert window.minimumHeight() <= available.height()


def test_steps_stay_usable_at_200_percent(make_window, qtbot, customers_csv):
    window = make_window()
    window.resize(*SCALED_SIZE)
    qtbot.waitUntil(lambda: window.size().height() <= SCALED_SIZE[1] + 1)
    load(window, qtbot, customers_csv)
    facts = window.pages[0].fact_labels
    qtbot.waitUntil(lambda: all(fits(facts[k]) for k in ("file", "format", "size")), timeout=2000)

    page = to_map(window, qtbot)
    card = page.fields_card
    qtbot.waitUntil(lambda: card.height() >= needed_height(card) - 1, timeout=2000)
    assert page.rows["email"].combo.visibleRegion().boundingRect().width() > 0

    review = to_review(window, qtbot)
    assert review.cards  # problem cards above the table …
    view = review.table_view
    row_height = view.rowHeight(0)
    # … and still a few rows of the table below them.
    qtbot.waitUntil(lambda: view.viewport().height() >= 3 * row_height, timeout=2000)
    bar_bottom = review.only_problems.mapTo(review, review.only_problems.rect().bottomLeft()).y()
    cards_bottom = review.cards_scroll.geometry().bottom()
    assert bar_bottom > cards_bottom  # nothing drawn over the cards

    # Upload has more to show than 500 px hold: it scrolls instead of drawing parts over
    # each other (the page is never squeezed below what its layout needs).
    assert window.go_to(3)
    upload = window.pages[3]
    for widget in (upload.progress_card, upload.log_label, upload.log_view):
        widget.show()  # as while sending
    qtbot.waitUntil(lambda: upload.height() >= upload.layout().minimumSize().height(), timeout=2000)
    assert window.height() <= SCALED_SIZE[1] + 1  # and the window still fits the screen


PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from app.ui.main_window import MainWindow
from app.ui.session import Session
app = QApplication([])
window = MainWindow(Session())
window.show()
app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps({"screen": [screen.width(), screen.height()],
                  "window": [frame.x(), frame.y(), frame.width(), frame.height()]}))
window.close()
"""


def test_real_scale_factor_two_fits_the_window(tmp_path: Path):
    """The same check with Qt really scaling by 2 on a 1920×1080 screen (a fresh process)."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "fhd", "x": 0, "y": 0, "width": 1920, "height": 1080, "dpr": 1}]}
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2",
        "BACKFILL_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["screen"] == [960, 540]
    x, y, width, height = facts["window"]
    assert x >= 0 and y >= 0 and x + width <= 960 and y + height <= 540
