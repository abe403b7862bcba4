"""The reports Backfill writes: the rejection report (every rejected or failed row with its
original columns, as CSV or XLSX) and the issue report (one CSV line per validation issue).

Layout: the row's original columns first (so the file can be fixed and loaded again with the
same mapping template), then `Row` (spreadsheet row number), `Field`, `Code`, `Reason`, `State`.
If the source already has a column with one of those names, ours is called "Backfill Row" etc.,
so the original headers are never shadowed.

Every cell (headers included) is written by `app.core.report_cells.encode_cell`: the formula
guard (a leading `'` on cells a spreadsheet would run, OWASP CWE-1236; plain numbers such as
`-5` are left alone) and `_xHHHH_` escapes for characters the format cannot hold (a NUL in CSV,
a CR in XLSX), so every cell re-imports to exactly what was first read. XLSX cells are written
as text (never numbers or formulas), so `007` stays `007`.

Re-import: load the report like any file and apply the same mapping template; then
`exclude_report_columns` marks Backfill's trailing columns as "not imported", so they never
end up as properties/traits, and `restore_report_cells` decodes every cell and header with
`report_cells.decode_cell`, so a phone number `+44 20 7946 0958`, a note `- call back` or a
value holding a NUL goes out as it was first read.

The issue report's cells go through the same `encode_cell`, so a column named `-5` reads `-5`
in both reports and `=1` reads `'=1` in both.
"""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from app.core.issues import RowIssue
from app.core.report_cells import FORMULA_TRIGGERS as FORMULA_TRIGGERS  # re-exported
from app.core.report_cells import TEXT_FORMATS, XLSX_FORMATS, decode_cell, encode_cell
from app.core.report_cells import neutralise as neutralise  # re-exported
from app.core.report_cells import restore_neutralised as restore_neutralised  # re-exported
from app.core.table import Table

if TYPE_CHECKING:
    from app.core.mapping import Mapping
    from app.core.table import Table
    from app.core.validation_result import ValidationResult

# "invalid" and "excluded": rows kept back when the job was made (never sent), stored with it.
REPORT_STATES = ("rejected", "failed", "invalid", "excluded")
EXTRA_COLUMNS = ("Row", "Field", "Code", "Reason", "State")
EXTRA_PREFIX = "Backfill "

XLSX_CELL_LIMIT = 32_767  # characters Excel holds in one cell
XLSX_CUT_NOTE = (
    "(a cell in this row is longer than Excel's 32,767 characters and is cut here; "
    "export CSV for the full text)"
)


class OutcomeLike(Protocol):
    """What the report needs from a journal row outcome (read-only: `RowOutcome` is frozen)."""

    @property
    def row(self) -> int: ...
    @property
    def state(self) -> str: ...
    @property
    def code(self) -> str | None: ...
    @property
    def field(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def original(self) -> dict[str, str] | None: ...


def report_columns(
    outcomes: Sequence[OutcomeLike], columns: Sequence[str] | None = None
) -> tuple[list[str], list[str]]:
    """(original columns, extra column names) for these outcomes.

    Without `columns`, the originals are every key seen, in first-seen order.
    """
    if columns is None:
        seen: dict[str, None] = {}
        for outcome in outcomes:
            for key in outcome.original or {}:
                seen.setdefault(str(key), None)
        originals = list(seen)
    else:
        originals = [str(c) for c in columns]
    taken = set(originals)
    extras = []
    for name in EXTRA_COLUMNS:
        candidate = name
        while candidate in taken:
            candidate = EXTRA_PREFIX + candidate
        taken.add(candidate)
        extras.append(candidate)
    return originals, extras


def report_rows(outcomes: Iterable[OutcomeLike], originals: Sequence[str]) -> Iterable[list[Any]]:
    """One list per outcome, sorted by row: original cells, then row, field, code, reason, state."""
    for o in sorted(outcomes, key=lambda o: o.row):
        original = o.original or {}
        yield [
            *(original.get(c, "") for c in originals),
            int(o.row),
            o.field or "",
            o.code or "",
            o.message or "",
            o.state,
        ]


UTF8_EXPORT = "utf-8-sig"  # the BOM makes Excel read UTF-8 instead of the local code page


def csv_export_encoding(
    outcomes: Iterable[OutcomeLike], columns: Sequence[str] | None, source_encoding: str | None
) -> str:
    """The source file's encoding when it can hold every cell of the report, else UTF-8 with
    a BOM (what Excel reads reliably). UTF-8 sources always get the BOM form."""
    import codecs

    try:
        name = codecs.lookup(source_encoding or "utf-8").name
    except LookupError:
        return UTF8_EXPORT
    if name.startswith("utf"):
        return UTF8_EXPORT
    chosen = [o for o in outcomes if o.state in REPORT_STATES]
    originals, extras = report_columns(chosen, columns)
    try:
        for text in (*originals, *extras):
            text.encode(name)
        for row in report_rows(chosen, originals):
            for cell in row:
                if not isinstance(cell, int):
                    encode_cell(cell, "csv").encode(name)
    except UnicodeEncodeError:
        return UTF8_EXPORT
    return source_encoding or name


def write_rejection_report(
    outcomes: Iterable[OutcomeLike],
    path: str | Path,
    *,
    columns: Sequence[str] | None = None,
    delimiter: str = ",",
    encoding: str = UTF8_EXPORT,
) -> Path:
    """Write rejected/failed rows to `path` (.csv or .xlsx by extension); returns the path.

    CSV only: `delimiter` and `encoding` (e.g. the source's `;` and cp1252, checked first with
    `csv_export_encoding`) so the export opens like the file it came from."""
    path = Path(path)
    chosen = [o for o in outcomes if o.state in REPORT_STATES]
    originals, extras = report_columns(chosen, columns)
    header = [*originals, *extras]
    rows = report_rows(chosen, originals)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        _write_csv(path, header, rows, delimiter=delimiter, encoding=encoding)
    elif suffix in (".xlsx", ".xlsm"):
        _write_xlsx(path, header, rows, row_column=len(originals))
    else:
        raise ValueError(f"Choose a .csv or .xlsx file name for the report (got '{path.name}').")
    return path


def _write_csv(
    path: Path,
    header: list[str],
    rows: Iterable[list[Any]],
    *,
    delimiter: str = ",",
    encoding: str = UTF8_EXPORT,
) -> None:
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([encode_cell(h, "csv") for h in header])
        for row in rows:
            writer.writerow([c if isinstance(c, int) else encode_cell(c, "csv") for c in row])


def _xlsx_text(value: Any) -> str:
    return encode_cell(value, "xlsx")


def _write_xlsx(path: Path, header: list[str], rows: Iterable[list[Any]], row_column: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rejected rows")
    ws.freeze_panes = "A2"
    # Widths from the headers (rows are streamed, so their content is not known yet); the
    # Reason column gets room for a sentence.
    for i, name in enumerate(header, start=1):
        wide = i == row_column + 4
        ws.column_dimensions[get_column_letter(i)].width = (
            60 if wide else min(40, max(10, len(name) + 4))
        )
    bold = Font(bold=True)
    head_cells = []
    for name in header:
        cell = WriteOnlyCell(ws, value=_xlsx_text(name))
        cell.font = bold
        head_cells.append(cell)
    ws.append(head_cells)
    for row in rows:
        # Plain str values are written as text cells; only a str starting with "=" would become
        # a formula, and encode_cell() guarantees none does. (Per-cell objects cost 1.6× the time.)
        out: list[Any] = [_xlsx_text(v) for v in row]
        out[row_column] = int(row[row_column])  # the row number is the one true number
        if any(len(v) > XLSX_CELL_LIMIT for v in out if isinstance(v, str)):
            # openpyxl cuts such cells without a word; say so where the operator reads.
            out[row_column + 3] += f" {XLSX_CUT_NOTE}"
        ws.append(out)
    wb.save(path)


@dataclass
class ReasonGroup:
    """Rows that failed for the same reason: what the Report step shows as one line."""

    state: str
    code: str
    field: str
    reason: str
    # dataclasses.field in full: the name `field` is one of this class's own attributes.
    rows: list[int] = dataclasses.field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.rows)

    def describe(self, limit: int = 8) -> str:
        """E.g. "12 rows (rows 3, 7–9, 15, …): email is not a valid address"."""
        noun = "row" if self.count == 1 else "rows"
        return f"{self.count:,} {noun} ({row_ranges(self.rows, limit)}): {self.reason}"


def group_by_reason(outcomes: Iterable[OutcomeLike]) -> list[ReasonGroup]:
    """Rejected/failed rows grouped by (state, code, field), largest group first.

    A group's reason is its most common message (messages may quote row-specific values).
    """
    groups: dict[tuple[str, str, str], ReasonGroup] = {}
    messages: dict[tuple[str, str, str], Counter[str]] = {}
    for o in outcomes:
        if o.state not in REPORT_STATES:
            continue
        key = (o.state, o.code or "", o.field or "")
        group = groups.setdefault(key, ReasonGroup(o.state, key[1], key[2], ""))
        group.rows.append(int(o.row))
        messages.setdefault(key, Counter())[o.message or o.code or o.state] += 1
    for key, group in groups.items():
        group.reason = messages[key].most_common(1)[0][0]
        group.rows.sort()
    return sorted(groups.values(), key=lambda g: (-g.count, g.state, g.code, g.field))


def row_ranges(rows: Sequence[int], limit: int = 8) -> str:
    """Row numbers as the operator reads them: "row 4", "rows 3, 7–9, 15, … (+40 more)"."""
    ordered = sorted(set(rows))
    if not ordered:
        return "no rows"
    runs: list[tuple[int, int]] = []
    for r in ordered:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    parts = [f"{a:,}" if a == b else f"{a:,}–{b:,}" for a, b in runs[:limit]]
    text = ", ".join(parts)
    if len(runs) > limit:
        hidden = sum(b - a + 1 for a, b in runs[limit:])
        text += f", … (+{hidden:,} more)"
    return ("row " if len(ordered) == 1 else "rows ") + text


def report_extra_columns(headers: Sequence[str]) -> list[str]:
    """Backfill's own trailing columns if `headers` are a rejection report's, else []."""
    tail = list(headers[-len(EXTRA_COLUMNS) :])
    if len(tail) != len(EXTRA_COLUMNS):
        return []
    for name, expected in zip(tail, EXTRA_COLUMNS, strict=True):
        stripped = name
        while stripped.startswith(EXTRA_PREFIX):
            stripped = stripped[len(EXTRA_PREFIX) :]
        if stripped != expected:
            return []
    return tail


def refused_reasons(table: Table) -> Counter[str]:
    """Rows the destination refused before, by its reason, largest first: a rejection report
    loaded again (or the rows "Fix and re-import" opens); empty for any other table. Rows with
    no reason (still pending when the report was written) are not counted."""
    extras = report_extra_columns(table.headers)
    if not extras:
        return Counter()
    reasons = table.df[extras[3]].astype("str").str.strip()
    reasons = reasons[reasons.str.len() > 0]
    return Counter({str(why): int(n) for why, n in reasons.value_counts().items()})


def exclude_report_columns(mapping: Mapping, headers: Sequence[str]) -> Mapping:
    """The mapping with a re-imported report's Row/Field/Code/Reason/State left out."""
    from app.core.mapping import ExtraColumn

    used = mapping.mapped_columns()
    for column in report_extra_columns(headers):
        if column not in used:
            mapping = mapping.with_extra(column, ExtraColumn(include=False))
    return mapping


def restore_report_cells(table: Table) -> Table:
    """A re-imported rejection report with its original cell values and headers (the guard
    and escapes of `report_cells.encode_cell` undone).

    Any other table comes back unchanged: only Backfill's reports are encoded.
    """
    extras = set(report_extra_columns(table.headers))
    if not extras:
        return table
    fmt = table.info.format
    df = table.df
    changed: dict[str, Any] = {}
    for column in table.headers:
        if column in extras:
            continue
        values = df[column]
        marked = values.str.startswith("'").fillna(False)
        if fmt in TEXT_FORMATS or fmt in XLSX_FORMATS:
            marked |= values.str.contains("_x", regex=False).fillna(False)
        mask = marked.to_numpy(dtype=bool)
        if mask.any():
            restored = values.copy()
            restored[mask] = [decode_cell(v, fmt) for v in values[mask]]
            changed[column] = restored
    if changed:
        df = df.assign(**changed)
    names = [h if h in extras else decode_cell(h, fmt) for h in table.headers]
    if names != table.headers and len(set(names)) == len(names):
        df = df.set_axis(pd.Index(names, dtype=object), axis=1)
    elif not changed:
        return table
    return Table(df=df, row_numbers=table.row_numbers, info=table.info, warnings=table.warnings)


# ---------------------------------------------------------------------------------------------
# Issue report

ISSUE_COLUMNS = ("Row", "Severity", "Column", "Field", "Code", "Message")


def write_issue_report(result: ValidationResult, path: str | Path) -> Path:
    """Write one CSV line per issue: row, severity, column, field, code, message."""
    with IssueReport(path) as report:
        report.add(result.issues)
    return Path(path)


class IssueReport:
    """The issue report written as validation goes (a file validated slice by slice)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.lines = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.path.open("w", newline="", encoding="utf-8-sig")
        self._writer = csv.writer(self._handle)
        self._writer.writerow(ISSUE_COLUMNS)

    def add(self, issues: Iterable[RowIssue]) -> None:
        """Append these issues (in the order given)."""
        for issue in issues:
            self.lines += 1
            self._writer.writerow(
                [
                    issue.row_number,
                    issue.severity,
                    encode_cell(issue.column or "", "csv"),
                    encode_cell(issue.field, "csv"),
                    issue.code,
                    encode_cell(issue.message, "csv"),
                ]
            )

    def close(self) -> None:
        """Finish the file."""
        self._handle.close()

    def __enter__(self) -> IssueReport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
