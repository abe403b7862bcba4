"""The list of requests sent, in a fixed-width font, filled a few times a second."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QListView, QWidget

from app.core.uploader import ChunkLogEntry
from app.ui.accessibility import named_table
from app.ui.models.chunk_log_model import ChunkLogModel, chunk_line
from app.ui.texts import translate

LOG_INTERVAL_MS = 200


class ChunkLogView(QListView):
    """Shows a ChunkLogModel; lines are gathered and added in batches (one repaint per batch,
    not per chunk), and the view follows the newest line unless the operator scrolled up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chunkLog")
        named_table(
            self,
            translate("ChunkLog", "Requests sent"),
            translate("ChunkLog", "One line per request: its rows and what the API answered"),
        )
        self.log_model = ChunkLogModel(parent=self)
        self.setModel(self.log_model)
        self.setUniformItemSizes(True)  # constant-time layout for thousands of lines
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._backlog: list[tuple[str, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOG_INTERVAL_MS)
        self._timer.timeout.connect(self.flush)

    def add(self, entry: ChunkLogEntry) -> None:
        """Queue one chunk's line; it shows within LOG_INTERVAL_MS."""
        self._backlog.append(chunk_line(entry))
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Show every queued line now."""
        self._timer.stop()
        items, self._backlog = self._backlog, []
        if not items:
            return
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        self.log_model.extend(items)
        if at_bottom:
            self.scrollToBottom()

    def clear(self) -> None:
        """Drop the queued and the shown lines (a new run)."""
        self._backlog = []
        self.log_model.clear()

    def stop(self) -> None:
        """The page is closing: no more batches."""
        self._timer.stop()
