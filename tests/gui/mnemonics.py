"""A control's words as read, without the & that marks its mnemonic, and the mnemonic itself."""

from __future__ import annotations

import re

_MARK = re.compile(r"&(&|.)")


def plain(text: str) -> str:
    """ "Ne&xt: Map ▶" → "Next: Map ▶" ("&&" stays a literal &)."""
    return _MARK.sub(lambda m: m.group(1), text)


def mnemonic(text: str) -> str | None:
    """The letter Alt presses for `text` (lower case), or None when it has none."""
    for match in _MARK.finditer(text):
        if match.group(1) != "&":
            return match.group(1).lower()
    return None
