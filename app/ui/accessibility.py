"""What screen readers are told: names and descriptions of controls, and announcements.

Every helper returns the widget it was given, so a control is named where it is built
(`self.combo = named(QComboBox(), "Encoding")`). Announcements go through `send`, one seam
that tests replace to see what would have been said.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleValueChangeEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

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
        view.horizontalHeader().setAccessibleName(f"{name}: column names")
        view.verticalHeader().setAccessibleName(f"{name}: row numbers")
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
    """The first widget in `page` that Tab reaches (the focus chain follows the order the
    page built its parts in, which is its reading order)."""
    widget: QWidget | None = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        policy = widget.focusPolicy()
        if widget.isVisible() and widget.isEnabled() and policy & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label for `buddy`: its mnemonic ("Sen&d to": Alt+D) moves the focus there, and screen
    readers read it as the field's label."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
