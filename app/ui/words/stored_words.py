"""Core sentences that reach the UI as plain English text, read back into their template and
said in the operator's language: a cell's problem (kept per row as text, also in a paged
file's arrays) and the reason the journal keeps for a row held back at validation.

The journal, the CLI and the exports keep the English; the app matches the text against the
templates review_words lists ("{label} is empty" → label "Event name"), translates the template
and the values that are words, and leaves anything else (an API's message, a column's name) as
it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.ui.texts import number
from app.ui.words.review_words import core_words

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # a count core wrote with f"{n:,}"


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    template: str
    bare: bool  # only punctuation between the values ("{label}: {reason}"): any "A: B" fits


def _patterns(table: dict[str, str]) -> list[_Pattern]:
    """A full-match pattern per template, the most literal text first (the most specific)."""
    out: list[tuple[int, _Pattern]] = []
    for template in table:
        if "{" not in template or "%n" in template:
            continue
        pieces = _PLACEHOLDER.split(template)  # literal, name, literal, name, …
        literal = "".join(pieces[0::2])
        parts, named = [], set()
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                parts.append(re.escape(piece))
            else:  # a value said twice is the same text twice
                parts.append(f"(?P={piece})" if piece in named else f"(?P<{piece}>.+?)")
                named.add(piece)
        bare = not any(c.isalpha() for c in literal)
        out.append((len(literal), _Pattern(re.compile("".join(parts), re.DOTALL), template, bare)))
    out.sort(key=lambda found: -found[0])
    return [pattern for _, pattern in out]


class Reader:
    """Reads core English back through the templates of `table` (English → the UI's language,
    one dict per language: its owner builds it once and returns the same one)."""

    def __init__(self, table: Callable[[], dict[str, str]]) -> None:
        self.table = table
        self._patterns: list[_Pattern] | None = None  # from the English only: built once
        self._for: dict[str, str] | None = None  # the table `_said` was said with
        self._said: dict[str, str] = {}

    def text(self, text: str) -> str:
        """`text` (several sentences joined by "; ") in the UI's language."""
        if not text:
            return text
        table = self.table()
        if table is not self._for:  # another language: its own table
            self._for, self._said = table, {}
        said = self._said.get(text)
        if said is None:
            if len(self._said) > 4096:
                self._said.clear()
            said = self._said[text] = self._text(text, table)
        return said

    def sentence(self, text: str) -> str | None:
        """One sentence in the UI's language, or None when it is none of the templates."""
        return self._one(text, self.table())

    def _text(self, text: str, table: dict[str, str]) -> str:
        whole = self._one(text, table)
        if whole is not None:
            return whole
        parts = text.split("; ")
        out: list[str] = []
        start = 0
        while start < len(parts):
            for end in range(len(parts), start, -1):  # the longest run that is one sentence
                said = self._one("; ".join(parts[start:end]), table)
                if said is not None:
                    out.append(said)
                    start = end
                    break
            else:
                out.append(parts[start])
                start += 1
        return "; ".join(out)

    def _one(self, text: str, table: dict[str, str]) -> str | None:
        if text in table:
            return table[text]
        if self._patterns is None:
            self._patterns = _patterns(table)
        for pattern in self._patterns:
            found = pattern.regex.fullmatch(text)
            if found is None:
                continue
            values = {name: self._value(value, table) for name, value in found.groupdict().items()}
            if pattern.bare and all(values[k] is None for k in values):
                continue  # "A: B" of words Backfill does not know: an API's message, say
            filled = {k: found.group(k) if v is None else v for k, v in values.items()}
            return table[pattern.template].format(**filled)
        return None

    def _value(self, text: str, table: dict[str, str]) -> str | None:
        """A filled-in value as a word or a sentence translated, or a count in the locale;
        None when it is data (a column's name, a time zone, a host) and stays as it is."""
        if _GROUPED.fullmatch(text):
            return number(int(text.replace(",", "")))
        return self._one(text, table)


_REVIEW = Reader(core_words)


def reread(text: str) -> str:
    """`text` (core English of Review and Report, several sentences joined by "; ") in the
    UI's language."""
    return _REVIEW.text(text)
