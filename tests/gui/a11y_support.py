"""What a screen reader would find in a widget tree: interactive widgets and their names."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

# Buttons (push, tool, check, radio), combos, line edits, spin boxes, tables and list views.
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for `widget` (its own, its text, or its buddy's)."""
    # On Linux a combo box's interface answers its current text for its name (its label is a
    # relation there), so the name the app gave it is asked for first.
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(QAccessible.Text.Name).strip()


def _inside_editor(widget: QWidget) -> bool:
    # A combo's line edit and a spin box's line edit speak through their owner.
    parent = widget.parentWidget()
    return isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox))


def _internal(widget: QWidget) -> bool:
    # Qt's own scroll-bar buttons, a table's corner button, a combo's popup list.
    name = widget.objectName()
    return name.startswith("qt_") or type(widget).__name__ == "QComboBoxListView"


def _says_something(name: str) -> bool:
    # "?", "▾" or "…" alone is a name a screen reader reads as noise: a word is needed.
    return any(ch.isalpha() for ch in name)


def _value_of(widget: QWidget) -> str:
    # A combo, line edit or spin box whose "name" is only its current value is unnamed.
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text().strip()
    return ""


def _named(widget: QWidget) -> bool:
    name = accessible_name(widget)
    value = _value_of(widget)
    return _says_something(name) and not (value and name == value)


def unnamed_widgets(root: QWidget) -> list[str]:
    """Every visible interactive widget under `root` without an accessible name, described."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if _inside_editor(widget) or _internal(widget) or _named(widget):
            continue
        parents = []
        parent = widget.parentWidget()
        while parent is not None and parent is not root and len(parents) < 3:
            parents.append(parent.objectName() or type(parent).__name__)
            parent = parent.parentWidget()
        found.append(f"{type(widget).__name__}({widget.objectName()!r}) in {'/'.join(parents)}")
    return found
