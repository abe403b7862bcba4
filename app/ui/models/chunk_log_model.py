"""The Upload step's live chunk log as a list model: one formatted line per request, capped."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.uploader import ChunkLogEntry
from app.core.words import local_clock
from app.ui.texts import number, translate
from app.ui.upload_core_words import reason_text

CHUNK_LOG_CAP = 5_000

_ROOT = QModelIndex()


class ChunkLogModel(QAbstractListModel):
    """The live chunk log: one formatted line per chunk, newest last, capped."""

    def __init__(self, cap: int = CHUNK_LOG_CAP, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self._lines: list[str] = []
        self._tips: list[str] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._lines[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        return None

    def append(self, line: str, tip: str = "") -> None:
        """Add a line at the bottom, dropping the oldest beyond the cap."""
        self.extend([(line, tip)])

    def extend(self, items: list[tuple[str, str]]) -> None:
        """Add several lines at once (one model update, so one repaint)."""
        if not items:
            return
        items = items[-self.cap :]
        overflow = len(self._lines) + len(items) - self.cap
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._lines[:overflow]
            del self._tips[:overflow]
            self.endRemoveRows()
        n = len(self._lines)
        self.beginInsertRows(QModelIndex(), n, n + len(items) - 1)
        self._lines.extend(line for line, _ in items)
        self._tips.extend(tip for _, tip in items)
        self.endInsertRows()

    def clear(self) -> None:
        """Drop every line."""
        self.beginResetModel()
        self._lines.clear()
        self._tips.clear()
        self.endResetModel()

    def lines(self) -> list[str]:
        """Every line shown (tests, copy to clipboard)."""
        return list(self._lines)


def chunk_line(entry: ChunkLogEntry) -> tuple[str, str]:
    """(line, tooltip) for one chunk:
    "10:42:07  request 8  rows 7,002–8,001   1,000 sent   988 accepted   12 rejected"."""
    request = translate("ChunkLog", "request {n}")
    part = getattr(entry, "part", "")  # a pair's part (`PairChunkLogEntry`): each counts from 1
    if part == "users":
        request = translate("ChunkLog", "users request {n}")
    elif part == "events":
        request = translate("ChunkLog", "events request {n}")
    parts = [local_clock(entry.time), request.format(n=number(entry.chunk))]
    if entry.first_row == entry.last_row:
        parts.append(translate("ChunkLog", "row {n}").format(n=number(entry.first_row)))
    else:
        rows = translate("ChunkLog", "rows {first}–{last}")
        parts.append(rows.format(first=number(entry.first_row), last=number(entry.last_row)))
    parts.append(translate("ChunkLog", "{n} sent").format(n=number(entry.sent)))
    parts.append(translate("ChunkLog", "{n} accepted").format(n=number(entry.accepted)))
    if entry.rejected:
        parts.append(translate("ChunkLog", "{n} rejected").format(n=number(entry.rejected)))
    if entry.retried:
        parts.append(translate("ChunkLog", "{n} to retry").format(n=number(entry.retried)))
    note = reason_text(entry.note) if entry.note else ""
    if note:
        parts.append(note)
    elif entry.status is not None and not 200 <= entry.status < 300:
        parts.append(f"HTTP {entry.status}")
    no_answer = translate("ChunkLog", "no answer")
    tip = note or (f"HTTP {entry.status}" if entry.status is not None else no_answer)
    return "   ".join(parts), tip
