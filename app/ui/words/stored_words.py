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
from dataclasses import dataclass
from functools import lru_cache

from app.ui.texts import number, translate
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
        parts = [re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces)]
        bare = not any(c.isalpha() for c in literal)
        out.append((len(literal), _Pattern(re.compile("".join(parts), re.DOTALL), template, bare)))
    out.sort(key=lambda found: -found[0])
    return [pattern for _, pattern in out]


_PATTERNS: list[list[_Pattern]] = []  # built once: from the English only


def _table() -> tuple[dict[str, str], list[_Pattern]]:
    table = core_words()
    if not _PATTERNS:
        _PATTERNS.append(_patterns(table))
    return table, _PATTERNS[0]


def reread(text: str) -> str:
    """`text` (core English, several sentences joined by "; ") in the UI's language."""
    return _reread(text, translate("CoreWords", "{label} is empty"))


@lru_cache(maxsize=4096)
def _reread(text: str, _language: str) -> str:
    if not text:
        return text
    whole = _one(text)
    if whole is not None:
        return whole
    parts = text.split("; ")
    out: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):  # the longest run that is one sentence
            said = _one("; ".join(parts[start:end]))
            if said is not None:
                out.append(said)
                start = end
                break
        else:
            out.append(parts[start])
            start += 1
    return "; ".join(out)


def _one(text: str) -> str | None:
    """One sentence in the UI's language, or None when it is none of the templates."""
    table, patterns = _table()
    if text in table:
        return table[text]
    for pattern in patterns:
        found = pattern.regex.fullmatch(text)
        if found is None:
            continue
        values = {name: _value(value) for name, value in found.groupdict().items()}
        if pattern.bare and all(values[k] is None for k in values):
            continue  # "A: B" of words Backfill does not know: an API's message, say
        filled = {k: found.group(k) if v is None else v for k, v in values.items()}
        return table[pattern.template].format(**filled)
    return None


def _value(text: str) -> str | None:
    """A filled-in value as a word or a sentence translated, or a count in the locale; None
    when it is data (a column's name, a time zone) and stays as it is."""
    if _GROUPED.fullmatch(text):
        return number(int(text.replace(",", "")))
    return _one(text)
