"""Review's sort by a column header: ascending, descending, then file order again, sorted in a
worker (a 1M-row column takes longer than a frame), shown by the header's arrow."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import numpy as np
import pandas as pd

from app.ui.models.dataframe_model import DataFrameModel, sort_order
from app.ui.texts import translate
from app.ui.widgets.review_table import ReviewTable
from app.ui.words import review_lines as lines
from app.ui.workers import Task, TaskRunner


class ColumnSort:
    """The order Review's table shows: `key` is (column, descending), None for file order."""

    def __init__(
        self,
        model: DataFrameModel,
        view: ReviewTable,
        runner: TaskRunner,
        say: Callable[[str], None],
    ) -> None:
        self.model, self.view, self.runner, self.say = model, view, runner, say
        self.key: tuple[str, bool] | None = None
        self.task: Task | None = None

    def reset(self) -> None:
        """New rows shown: file order, no arrow."""
        self.key = None
        self.view.show_sort(None)

    def toggle(self, col: int) -> Task | None:
        """Ascending, then descending, then back to file order. Sorted off the GUI thread."""
        frame = self.model.frame
        if not 0 <= col < len(frame.columns):
            return None
        name = str(frame.columns[col])
        if self.key == (name, False):
            wanted: tuple[str, bool] | None = (name, True)
        elif self.key == (name, True):
            wanted = None
        else:
            wanted = (name, False)
        if wanted is None:
            if self.task is not None:
                self.task.cancel()
            self.key = None
            self.model.set_order(None)
            self.view.show_sort(None)
            self.say(translate("ReviewPage", "Rows in file order"))
            return None
        descending = wanted[1]
        task = self.runner.start(
            "sort", lambda _p, _c: sort_order(frame, name, descending=descending)
        )
        self.task = task
        task.finished.connect(partial(self._sorted, task, wanted, col, frame))
        return task

    def _sorted(
        self, task: Task, key: tuple[str, bool], col: int, frame: pd.DataFrame, order: np.ndarray
    ) -> None:
        if task is not self.task or frame is not self.model.frame:
            return
        self.key = key
        self.model.set_order(order)
        self.view.show_sort(col, descending=key[1])
        self.say(lines.sorted_words(key[0], descending=key[1]))
