"""What the German and right-to-left screenshot tours showed wrong, checked on the widgets:
a problem card's stripe and a menu button's arrow on the wrong side right to left, and a long
status message clipped by the status bar's fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from app.ui.theme import LIGHT, stylesheet
from tests.gui.stub_pages import ComingNextPage

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def _host(qtbot, direction: Qt.LayoutDirection) -> QWidget:
    host = QWidget()
    host.setLayoutDirection(direction)
    host.setStyleSheet(stylesheet(LIGHT, direction))  # the app's look, on this widget only
    QHBoxLayout(host)
    qtbot.addWidget(host)
    return host


def _grab(widget: QWidget) -> tuple[QImage, float]:
    image = widget.grab().toImage()
    return image, image.width() / max(1, widget.width())


def _redness(color: QColor) -> int:
    return color.red() - (color.green() + color.blue()) // 2


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_a_problem_cards_stripe_is_on_its_leading_edge(qtbot, direction):
    host = _host(qtbot, direction)
    card = QFrame()
    card.setObjectName("problemCard")
    QHBoxLayout(card).addWidget(QLabel("2 rows: Event name is empty"))
    host.layout().addWidget(card)
    host.resize(400, 60)
    host.show()
    qtbot.waitExposed(host)
    image, scale = _grab(card)
    middle = int(card.height() * scale / 2)
    left = _redness(image.pixelColor(int(2 * scale), middle))
    right = _redness(image.pixelColor(int((card.width() - 3) * scale), middle))
    leading, trailing = (left, right) if direction == LTR else (right, left)
    assert leading > 80 and trailing < 20, (leading, trailing)
    host.close()


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_a_menu_buttons_arrow_is_drawn_at_its_trailing_end(qtbot, direction):
    host = _host(qtbot, direction)
    button = QPushButton("Recent files")
    button.setMenu(QMenu(button))
    button.setMinimumWidth(240)  # its words centred, well away from both ends
    host.layout().addWidget(button)
    host.show()
    qtbot.waitExposed(host)
    image, scale = _grab(button)

    def darkest(x_from: int, x_to: int) -> int:
        # The arrow is the darkest thing in a strip of the button that holds no words.
        return min(
            image.pixelColor(int(x * scale), int(y * scale)).lightness()
            for x in range(x_from, x_to)
            for y in range(8, button.height() - 8)
        )

    width = button.width()
    left, right = darkest(3, 22), darkest(width - 22, width - 3)
    arrow_side, other_side = (right, left) if direction == LTR else (left, right)
    assert arrow_side < 190 and other_side > 235, (arrow_side, other_side)
    host.close()


def test_a_status_message_is_not_clipped_by_the_destination_field(qtbot, ui_settings):
    from app.ui.main_window import STEP_TITLES, MainWindow
    from app.ui.session import Session

    session = Session()
    window = MainWindow(
        session, [ComingNextPage(session, t) for t in STEP_TITLES], settings=ui_settings
    )
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.file_label.setText("Datei: events_sample.csv")
    window.destination_label.setText(
        "Ziel: VibeFollow-Ereignisse (Sandbox — VibeFollow-Ereignisse)"
    )
    window.counts_label.setText("300 Zeilen · 3 Probleme")
    status = window.statusBar()
    metrics = status.fontMetrics()
    labels = (window.file_label, window.destination_label, window.counts_label)
    qtbot.waitUntil(lambda: all(w.width() >= w.sizeHint().width() for w in labels), timeout=2000)
    # A message as long as the room beside the file and the counts allows (as German ones are).
    room = status.width() - window.file_label.width() - window.counts_label.width() - 80
    words = "Upload abgeschlossen: 261 angenommen, 36 abgelehnt, 0 fehlgeschlagen"
    while metrics.horizontalAdvance(words + " ·  3 nicht gesendet") < room:
        words += " ·  3 nicht gesendet"
    window.show_status(words)
    qtbot.waitUntil(lambda: not window.destination_label.isVisible(), timeout=2000)
    fields = [w for w in (window.file_label, window.counts_label) if w.isVisible()]
    qtbot.waitUntil(
        lambda: min(w.x() for w in fields) > metrics.horizontalAdvance(words), timeout=2000
    )
    status.clearMessage()
    assert window.destination_label.isVisible()  # back once the message is gone
    window.close()


def test_a_long_translated_step_title_widens_the_sidebar_instead_of_being_clipped(qtbot):
    # The Spanish tour showed "④ Cargar datc●": the 200 px list clipped its longest title.
    from PySide6.QtGui import QIcon

    from app.ui.widgets.step_sidebar import StepSidebar

    host = _host(qtbot, LTR)
    titles = ["Cargar", "Asignar", "Revisar", "Cargar datos", "Informe"]
    sidebar = StepSidebar([(t, QIcon()) for t in titles])
    host.layout().addWidget(sidebar)
    host.show()
    qtbot.waitExposed(host)
    sidebar.update_steps(3, [True, True, True, False, False], [True] * 5)
    for button in sidebar.buttons:
        needed, has = button.title_room()
        assert has >= needed, (button.title, needed, has)
    assert sidebar.width() > 200
