"""Load words that remember how they were made: an English template and its values.

The CLI and the journal print the English; the window translates the template and fills in the
values in the operator's language (app/ui/load_errors.py). A plural is chosen here, as two
templates (one for 1, one for more), so every template stays a plain sentence to translate.
"""

from __future__ import annotations

from collections.abc import Mapping

ROW_LIST_LIMIT = 8  # a row list names this many rows, then "…"


class Rows(tuple[int, ...]):
    """Row numbers a message lists: `3, 7, 12, …` (the first `ROW_LIST_LIMIT`)."""

    __slots__ = ()


class Names(tuple[str, ...]):
    """Names (sheets, columns) a message lists, each in quotes: `'Lookup', 'Codes'`."""

    __slots__ = ()


class Joined(tuple[str, ...]):
    """Parts of a sentence (often `LoadWords`) listed with commas: `'Total' (12), 'Tax' (3)`."""

    __slots__ = ()


class LoadWords(str):
    """A load warning (or part of a sentence): a `str` of English words that keeps its
    `template` and `values`, so existing code reads it as text and the UI can translate it."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> LoadWords:
        words = super().__new__(cls, english(template, values))
        words.template, words.values = template, dict(values)
        return words

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (self.template, self.values))


DELIMITER_WORDS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def delimiter_words(delimiter: str) -> str:
    """ "comma", "tab" … (translated in the UI); another character as itself, in quotes."""
    if delimiter in DELIMITER_WORDS:
        return LoadWords(DELIMITER_WORDS[delimiter])
    return repr(delimiter)


def read_words(rows: int) -> str:
    """ "Read 1 row", "Read 12,371 rows": the progress words at the end of a read."""
    return LoadWords("Read {count} row" if rows == 1 else "Read {count} rows", count=rows)


def reading_words(file: str, rows: int) -> str:
    """ "Reading a.csv — 12,371 rows": the progress words while a big file is read."""
    return LoadWords(
        "Reading {file} — {count} row" if rows == 1 else "Reading {file} — {count} rows",
        file=file,
        count=rows,
    )


def _rebuilt(template: str, values: dict[str, object]) -> LoadWords:
    return LoadWords(template, **values)


def english(template: str, values: Mapping[str, object]) -> str:
    """`template` filled with `values` as the CLI writes them (counts as 12,371)."""
    return template.format(**{key: _english(value) for key, value in values.items()})


def _english(value: object) -> object:
    if isinstance(value, Rows):
        shown = ", ".join(f"{n:,}" for n in value[:ROW_LIST_LIMIT])
        return shown + (", …" if len(value) > ROW_LIST_LIMIT else "")
    if isinstance(value, Joined):
        return ", ".join(value)
    if isinstance(value, Names):
        return ", ".join(f"'{name}'" for name in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return value
