"""The words a window shows, gathered from its widget tree, and which of them a translation left
in English. The per-step translation tests compare one window in English with the same window
in German, French and Spanish, place by place."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>|&nbsp;|&amp;|&lt;|&gt;")


def _place(widget: QWidget, root: QWidget) -> str:
    """A widget's path from the root: class names and positions among siblings."""
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = parent.findChildren(type(widget)) if parent is not None else []
        index = next((i for i, s in enumerate(siblings) if s is widget), 0)
        parts.append(f"{type(widget).__name__}{widget.objectName() or ''}#{index}")
        widget = parent
    return "/".join(reversed(parts))


def _headers(view: QAbstractItemView) -> Iterable[tuple[str, str]]:
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return
    for i in range(min(view.horizontalHeader().count(), 50)):
        value = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield f"col{i}", value


def shown_texts(root: QWidget, *, visible_only: bool = True) -> dict[str, str]:
    """Every word the operator can read or hear under `root`, keyed by where it is."""
    texts: dict[str, str] = {}

    def put(key: str, text: str) -> None:
        text = _TAGS.sub(" ", text or "").strip()
        if text:
            texts[key] = text

    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and widget is not root and not widget.isVisibleTo(root):
            continue
        at = _place(widget, root)
        put(f"{at}:tip", widget.toolTip())
        put(f"{at}:name", widget.accessibleName())
        put(f"{at}:description", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            put(f"{at}:text", widget.text())
        elif isinstance(widget, QGroupBox):
            put(f"{at}:title", widget.title())
        elif isinstance(widget, QLineEdit):
            put(f"{at}:placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                put(f"{at}:item{i}", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                put(f"{at}:tab{i}", widget.tabText(i))
        elif isinstance(widget, QAbstractItemView):
            for key, header in _headers(widget):
                put(f"{at}:{key}", header)
        for i, action in enumerate(widget.actions()):
            if isinstance(action, QAction):
                put(f"{at}:action{i}", action.text())
    return texts


_WORD = re.compile(r"[^\W\d_]{3,}")


def left_in_english(
    english: dict[str, str], translated: dict[str, str], *, data: Iterable[str] = ()
) -> list[str]:
    """The texts shown the same in both windows that still hold an English word: `data` (the
    file's own headers, cells and name, the app's name) is not words to translate."""
    tokens = sorted(
        {*data, "Backfill", "SANDBOX", "VibeFollow", "FloKit", "Ours", "Privacy"},
        key=len,
        reverse=True,
    )
    left = []
    for key, text in english.items():
        if translated.get(key) != text:
            continue
        rest = text
        for token in tokens:
            rest = rest.replace(token, " ")
        if _WORD.search(rest):
            left.append(f"{key}: {text}")
    return sorted(left)


def squeezed_buttons(root: QWidget) -> list[str]:
    """Visible buttons narrower than their words need (clipped, as long German words can be)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        if button.width() < button.sizeHint().width():
            found.append(f"{_place(button, root)}: {button.text()!r} {button.width()}px")
    return sorted(found)
