"""How to read a file: the operator's reading choices and the progress and cancel seams.

One `LoadOptions` value travels from the public entry points down to every format's reader,
instead of the same six arguments passed along by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.cancel import Cancel

Progress = Callable[[int, "int | None", str], None]


@dataclass(frozen=True)
class LoadOptions:
    """What to read and how; None everywhere means "decide from the file".

    `header_row` is the 1-based spreadsheet row holding the column names; `sheet`, `encoding`
    and `delimiter` apply to the formats that have them. `progress` and `cancel` are seams,
    not choices, so two options with the same choices compare equal.
    """

    sheet: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    progress: Progress | None = field(default=None, compare=False)
    cancel: Cancel = field(default=None, compare=False)

    def report(self, done: int, total: int | None, message: str) -> None:
        """Tell `progress`, when there is one, how far the reading got."""
        if self.progress is not None:
            self.progress(done, total, message)
