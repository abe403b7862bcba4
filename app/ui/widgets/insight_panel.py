"""Review's "Who and when" strip: the identity preview and the chart of events over time for
the rows that will be sent, worked out in the background after each check.

The chart comes first (it is cheap: a count per day); the identity figures follow (hashing
every user id). Both come from `app.core.insight`, the same figures `backfill validate` prints.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.core.identity import IdentityPreview
from app.core.insight import Insight
from app.core.paged_validation import PagedValidation
from app.core.timeline import Histogram
from app.core.validate import Progress
from app.core.validation_result import ValidationResult
from app.ui.texts import translate
from app.ui.widgets.timeline_chart import TimelineChart
from app.ui.words.review_lines import identity_lines
from app.ui.workers import CancelFlag, Task, TaskRunner

History = Callable[[], tuple[Callable[[], np.ndarray] | None, str]]


class InsightPanel(QWidget):
    """Identity lines on the left, the timeline chart on the right; can be folded away."""

    def __init__(self, history: History | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Gives a reader of the hashes of users the destination already accepted, and its name.
        self.history = history
        self.result: ValidationResult | None = None
        self.runner = TaskRunner(self)
        self.task: Task | None = None  # the users' figures
        self.chart_task: Task | None = None
        self.preview: IdentityPreview | None = None
        self.histogram: Histogram | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sectionToggle")
        self.toggle.setText(translate("InsightPanel", "Who and when ▾"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip(
            translate("InsightPanel", "Users and event times of the rows that will be sent")
        )
        self.toggle.toggled.connect(self._fold)
        outer.addWidget(self.toggle)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        self.identity = QLabel("")
        self.identity.setObjectName("sectionHint")
        self.identity.setWordWrap(True)
        self.identity.setAccessibleName(translate("InsightPanel", "Users in the file"))
        self.identity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        row.addWidget(self.identity, 2)
        self.chart = TimelineChart()
        self.chart.setFixedHeight(120)  # the table below keeps the room
        row.addWidget(self.chart, 3)
        outer.addWidget(self.body)
        self.hide()

    def show_for(self, result: ValidationResult | PagedValidation) -> Task | None:
        """Work out the figures of `result`'s valid rows in the background, then show them:
        the chart first (a count per day), then the users (every id hashed), with how many
        are new to the destination when `history` knows it (a journal read, off the GUI
        thread). A paged file's check keeps no payloads to count from: nothing is shown for it
        (yet)."""
        if isinstance(result, PagedValidation):
            self.clear()
            return None
        self.result = result
        history, place = self.history() if self.history is not None else (None, "")
        if self.preview is None:
            self.identity.setText(
                translate("InsightPanel", "Counting users…")
            )  # after an edit the old figures stay up

        def times(_progress: Progress, _cancel: CancelFlag) -> Histogram:
            insight = Insight()
            insight.add(result, users=False)
            return insight.histogram()

        def users(_progress: Progress, cancel: CancelFlag) -> IdentityPreview:
            insight = Insight()
            insight.add(result, times=False)
            cancel.check()
            return insight.preview(history() if history is not None else None)

        chart = self.chart_task = self.runner.start("timeline", times)
        chart.finished.connect(lambda histogram: self._show_chart(chart, histogram))
        task = self.task = self.runner.start("identity", users)
        task.finished.connect(lambda preview: self._show_users(task, preview, place))
        return task

    def recount(self) -> None:
        """The destination changed: count again which users are new to it."""
        if self.result is not None and self.isVisible():
            self.show_for(self.result)

    def clear(self) -> None:
        """No result (the mapping or the file changed): nothing to show."""
        for task in (self.task, self.chart_task):
            if task is not None:
                task.cancel()
        self.preview = self.histogram = None
        self.result = None
        self.hide()

    def shutdown(self) -> None:
        """Stop the background work (the page is closing)."""
        self.runner.shutdown()

    def _show_chart(self, task: Task, histogram: Histogram) -> None:
        if task is not self.chart_task:
            return  # a newer check is being counted
        self.histogram = histogram
        events = histogram.events > 0
        self.chart.setVisible(events)
        self.chart.set_histogram(histogram if events else None)
        self.show()

    def _show_users(self, task: Task, preview: IdentityPreview, place: str) -> None:
        if task is not self.task:
            return
        self.preview = preview
        lines = identity_lines(preview, place)
        no_rows = translate("InsightPanel", "No rows to send.")
        self.identity.setText("\n".join(lines) if lines else no_rows)
        self.show()

    def _fold(self, open_: bool) -> None:
        self.body.setVisible(open_)
        if open_:
            self.toggle.setText(translate("InsightPanel", "Who and when ▾"))
        else:
            self.toggle.setText(translate("InsightPanel", "Who and when ▸"))
