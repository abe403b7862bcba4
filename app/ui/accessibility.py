"""What screen readers are told: names and descriptions of controls, and announcements.

Every helper returns the widget it was given, so a control is named where it is built
(`self.combo = named(QComboBox(), "Encoding")`). Announcements go through `send`, one seam
that tests replace to see what would have been said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleValueChangeEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from app.ui.texts import translate

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """`widget` with the accessible name (and description) a screen reader reads for it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def named_table(view: W, name: str, description: str = "") -> W:
    """A table or list named as a whole; a table's header strips are named too (their
    sections already read as the model's column names and the spreadsheet's row numbers)."""
    named(view, name, description)
    if isinstance(view, QTableView):
        view.horizontalHeader().setAccessibleName(
            translate("Accessibility", "{table}: column names").format(table=name)
        )
        view.verticalHeader().setAccessibleName(
            translate("Accessibility", "{table}: row numbers").format(table=name)
        )
    elif isinstance(view, QAbstractItemView):
        view.setAccessibleDescription(description or name)
    return view


def _send_to_qt(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)


# The one place announcements leave the app (tests swap it to record them).
send: Callable[[QAccessibleEvent], None] = _send_to_qt


def announce_value(obj: QObject, value: object) -> None:
    """Tell assistive technology that `obj` (a progress bar, a counter) now shows `value`."""
    send(QAccessibleValueChangeEvent(obj, value))


def announce_name(widget: QWidget, name: str) -> None:
    """Rename `widget` and say so: a screen reader re-reads a label whose words changed."""
    if widget.accessibleName() == name:
        return
    widget.setAccessibleName(name)
    send(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def alert(widget: QWidget, sentence: str) -> None:
    """Interrupt with `sentence` (e.g. "Upload finished: …"), as a live region would."""
    widget.setAccessibleName(sentence)
    send(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    send(QAccessibleEvent(widget, QAccessible.Event.Alert))


def spoken(text: str) -> str:
    """A button's words without the arrows and mnemonic marks a screen reader would spell out
    ("Next: Map ▶" → "Next: Map")."""
    return text.replace("&", "").replace("▶", "").replace("◀", "").strip()


def first_control(page: QWidget) -> QWidget | None:
    """The first control of `page` that Tab reaches (in the order `set_reading_order` gives
    Tab: the order the page laid its parts out in, which is its reading order)."""
    for widget in page.findChildren(QWidget):
        policy = widget.focusPolicy()
        if widget.isVisible() and widget.isEnabled() and policy & Qt.FocusPolicy.TabFocus:
            return widget
    return None


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label for `buddy`: its mnemonic ("Sen&d to": Alt+D) moves the focus there, and screen
    readers read it as the field's label."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def set_reading_order(before: Sequence[QWidget], page: QWidget, after: Sequence[QWidget]) -> None:
    """Tab goes through `before`, then `page`'s widgets in the order it built them, then
    `after` (Qt appends widgets made later, e.g. problem cards, at the window's end)."""
    window = page.window()
    inside = [w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    # A dialog the page owns is a window of its own, with its own tab order.
    chain = [w for w in (*before, *inside, *after) if w.window() is window]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def pointing(text: str, direction: Qt.LayoutDirection) -> str:
    """A button's words with its arrows pointing the way the layout reads ("Next ▶" becomes
    "Next ◀" right to left, where the next step is on the left)."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return text
    return text.translate(str.maketrans("▶◀", "◀▶"))
