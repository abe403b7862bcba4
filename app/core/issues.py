"""Validation issues: one problem in one cell (`RowIssue`), all rows with the same problem
(`IssueGroup`), and the one wording of each (a group's sentence, a validation's summary line, a
duplicate's message), used by a whole-file validation, an edit's re-check and a sliced tally."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from app.core.phrases import Phrase

if TYPE_CHECKING:
    from app.core.fields import DestinationSchema

Severity = str  # "error" | "warning"
FIRST_ROWS_SHOWN = 10


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem in one cell (or row) with the spreadsheet row number the operator sees."""

    row_number: int
    column: str | None
    field: str
    code: str
    message: str
    severity: Severity = "error"
    fix: str | None = None  # the transform that would fix it (same as its group's)
    words: Phrase | None = None  # `message`'s template and values (a sentence shared by rows)


@dataclass(frozen=True)
class IssueGroup:
    """All rows with the same problem, described once for people."""

    field: str
    code: str
    severity: Severity
    column: str | None
    count: int
    message: str  # "312 rows: email is not a valid address — rows 4, 17, 52, …"
    summary: str  # "email is not a valid address"
    rows: tuple[int, ...]  # every affected row number, ascending
    fix: str | None  # a transform that would fix the group: trim, lowercase, day_first, …
    words: Phrase | None = None  # the summary's template and values, for the UI to translate

    @classmethod
    def of_rows(
        cls,
        field_name: str,
        code: str,
        severity: Severity,
        column: str | None,
        summary: str | Phrase,
        rows: tuple[int, ...],
        fix: str | None,
    ) -> IssueGroup:
        """The group of these rows (ascending), its count and sentence worded here."""
        count = len(rows)
        text = str(summary)
        message = group_words(count, text, rows)
        words = summary if isinstance(summary, Phrase) else None
        return cls(field_name, code, severity, column, count, message, text, rows, fix, words)

    @property
    def first_rows(self) -> tuple[int, ...]:
        """The first few row numbers, for display."""
        return self.rows[:FIRST_ROWS_SHOWN]

    def with_rows(self, rows: tuple[int, ...]) -> IssueGroup:
        """The same problem over other rows (ascending), reworded."""
        summary = self.words if self.words is not None else self.summary
        return IssueGroup.of_rows(
            self.field, self.code, self.severity, self.column, summary, rows, self.fix
        )


class _Ranked(Protocol):
    @property
    def severity(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def field(self) -> str: ...
    @property
    def code(self) -> str: ...


RankedGroup = TypeVar("RankedGroup", bound=_Ranked)


def sort_groups(groups: Iterable[RankedGroup]) -> list[RankedGroup]:
    """Errors first, then the largest groups (ties by field and code): a whole file's groups
    and a sliced tally's sort the same way."""
    return sorted(groups, key=lambda g: (g.severity != "error", -g.count, g.field, g.code))


def summary_words(total: int, valid: int, invalid: int, warnings: int, excluded: int) -> str:
    """`12,408 rows: 12,371 valid, 37 invalid, 5 warnings` (the one wording of a validation)."""
    line = f"{total:,} row{'s' if total != 1 else ''}: {valid:,} valid, {invalid:,} invalid"
    if warnings:
        line += f", {warnings:,} warning{'s' if warnings != 1 else ''}"
    if excluded:
        line += f", {excluded:,} excluded"
    return line


def group_words(count: int, summary: str, first_rows: Sequence[int]) -> str:
    """`312 rows: email is not a valid address — rows 4, 17, 52, …` (first rows, ascending)."""
    return f"{count:,} row{'s' if count != 1 else ''}: {summary} — {_rows_text(first_rows, count)}"


def _rows_text(rows: Sequence[int], count: int) -> str:
    shown = ", ".join(f"{r:,}" for r in rows[:FIRST_ROWS_SHOWN])
    if count > FIRST_ROWS_SHOWN:
        shown += ", …"
    return f"row {shown}" if count == 1 else f"rows {shown}"


def duplicate_words(schema: DestinationSchema) -> tuple[str, Phrase]:
    """(what makes rows "the same", the group summary) for this destination."""
    labels = [schema.field(k).label.lower() for k in schema.dedupe_key]
    what = ", ".join(labels) if labels else "values in every column"
    summary = Phrase.of(
        "same {what} as an earlier row — {effect}",
        what=_listed(labels) if labels else Phrase("values in every column"),
        effect=Phrase(schema.dedupe_effect),
    )
    return what, summary


def _listed(labels: list[str]) -> str | Phrase:
    """ "user id, name, timestamp" with each label its own word for the UI to translate."""
    if len(labels) == 1:
        return Phrase(labels[0])
    return Phrase.of("{first}, {rest}", first=Phrase(labels[0]), rest=_listed(labels[1:]))


def duplicate_message(what: str, first_row: int) -> str:
    """`Same user id as row 2`: a duplicate row's own message."""
    return f"Same {what} as row {first_row:,}"
