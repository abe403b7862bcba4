"""How a load ends without a table: the file cannot be used, or the operator cancelled."""

from __future__ import annotations

from app.core.cancel import Cancelled
from app.core.sources.said import english


class LoadError(Exception):
    """The file cannot be loaded. `message` says why in plain words, `hint` what to try.

    Made with `said`, it also keeps its sentences as templates and values, so the window can
    say them in the operator's language (the CLI and logs keep the English `message`).
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message if not hint else f"{message} {hint}")
        self.message = message
        self.hint = hint
        self.template: str | None = None
        self.hint_template: str = ""
        self.values: dict[str, object] = {}

    @classmethod
    def said(cls, template: str, hint: str = "", **values: object) -> LoadError:
        """A LoadError from `template` and `hint` filled with `values` (counts as 12,371; a
        value may be `Rows`, `Names` or `LoadWords`, see app/core/sources/said.py)."""
        error = cls(english(template, values), english(hint, values))
        error.template, error.hint_template, error.values = template, hint, dict(values)
        return error


class LoadCancelled(Cancelled):
    """The operator cancelled loading."""

    words = "Loading was cancelled."
