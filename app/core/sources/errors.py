"""How a load ends without a table: the file cannot be used, or the operator cancelled."""

from __future__ import annotations

from app.core.cancel import Cancelled


class LoadError(Exception):
    """The file cannot be loaded. `message` says why in plain words, `hint` what to try."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message if not hint else f"{message} {hint}")
        self.message = message
        self.hint = hint


class LoadCancelled(Cancelled):
    """The operator cancelled loading."""

    words = "Loading was cancelled."
