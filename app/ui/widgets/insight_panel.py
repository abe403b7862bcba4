"""Review's "Who and when" strip: the identity preview and the chart of events over time for
the rows that will be sent, worked out in the background after each check.

The chart comes first (it is cheap: a count per day); the identity figures follow (hashing
every user id). Both come from `app.core.insight`, the same figures `backfill validate` prints.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.core.identity import IdentityPreview
from app.core.insight import Insight
from app.core.timeline import Histogram
from app.core.validate import Progress
from app.core.validation_result import ValidationResult
from app.ui.widgets.timeline_chart import TimelineChart
from app.ui.workers import CancelFlag, Task, TaskRunner


class InsightPanel(QWidget):
    """Identity lines on the left, the timeline chart on the right; can be folded away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.task: Task | None = None
        self.preview: IdentityPreview | None = None
        self.histogram: Histogram | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sectionToggle")
        self.toggle.setText("Who and when ▾")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip("Users and event times of the rows that will be sent")
        self.toggle.toggled.connect(self._fold)
        outer.addWidget(self.toggle)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        self.identity = QLabel("")
        self.identity.setObjectName("sectionHint")
        self.identity.setWordWrap(True)
        self.identity.setAccessibleName("Users in the file")
        self.identity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        row.addWidget(self.identity, 2)
        self.chart = TimelineChart()
        self.chart.setFixedHeight(120)  # the table below keeps the room
        row.addWidget(self.chart, 3)
        outer.addWidget(self.body)
        self.hide()

    def show_for(self, result: ValidationResult) -> Task:
        """Work out the figures of `result`'s valid rows in the background, then show them."""
        if self.preview is None:
            self.identity.setText("Counting users…")  # after an edit the old figures stay up

        def work(_progress: Progress, cancel: CancelFlag) -> tuple[IdentityPreview, Histogram]:
            insight = Insight()
            insight.add(result)
            cancel.check()
            return insight.preview(), insight.histogram()

        task = self.task = self.runner.start("insight", work)
        task.finished.connect(lambda figures: self._show(task, figures))
        return task

    def clear(self) -> None:
        """No result (the mapping or the file changed): nothing to show."""
        if self.task is not None:
            self.task.cancel()
        self.preview = self.histogram = None
        self.hide()

    def shutdown(self) -> None:
        """Stop the background work (the page is closing)."""
        self.runner.shutdown()

    def _show(self, task: Task, figures: tuple[IdentityPreview, Histogram]) -> None:
        if task is not self.task:
            return  # a newer check is being counted
        self.preview, self.histogram = figures
        lines = self.preview.lines()
        self.identity.setText("\n".join(lines) if lines else "No rows to send.")
        events = self.histogram.events > 0
        self.chart.setVisible(events)
        self.chart.set_histogram(self.histogram if events else None)
        self.show()

    def _fold(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.toggle.setText("Who and when ▾" if open_ else "Who and when ▸")
