"""Where a validation result's problems sit in the table: the rows and cells the Review step
tints and filters on, worked out off the GUI thread; and the rows the destination refused before.
"""

from __future__ import annotations

from collections.abc import Container, Set
from dataclasses import dataclass

import numpy as np

from app.core.paged_validation import PagedValidation
from app.core.report import refused_reasons
from app.core.table import Table
from app.core.validate import ValidationResult
from app.ui.texts import translate
from app.ui.words.review_lines import other_reasons, reason_count
from app.ui.words.stored_words import reread


@dataclass
class Checked:
    """A validation result plus the look-ups the table needs, built off the GUI thread."""

    result: ValidationResult | PagedValidation
    problem_positions: np.ndarray  # frame rows with any issue, ascending
    problem_rows: Set[int]  # spreadsheet row numbers with any issue
    error_rows: Set[int]  # … with at least one error (not sent)
    warning_cells: Container[tuple[int, str]]  # (row number, column) whose issues only warn


def issue_sets(result: ValidationResult) -> tuple[set[int], set[int], set[tuple[int, str]]]:
    """Rows with any issue, rows with an error, and cells that only carry warnings."""
    problem_rows: set[int] = set()
    error_rows: set[int] = set()
    error_cells: set[tuple[int, str]] = set()
    warning_cells: set[tuple[int, str]] = set()
    for issue in result.issues:
        problem_rows.add(issue.row_number)
        if issue.severity == "error":
            error_rows.add(issue.row_number)
        if issue.column is not None:
            cell = (issue.row_number, issue.column)
            (error_cells if issue.severity == "error" else warning_cells).add(cell)
    return problem_rows, error_rows, warning_cells - error_cells


def server_rejections(table: Table) -> tuple[int, str]:
    """(rows, "reason (n rows); …") for a table of rows the destination refused before — a
    rejection report loaded again or "Fix and re-import" — else (0, "")."""
    counts = refused_reasons(table)
    if not counts:
        return 0, ""
    top = counts.most_common()
    # A reason Backfill wrote (a row held back at validation) in the UI's language; the
    # destination's own words as it gave them.
    parts = [reason_count(reread(why), n) for why, n in top[:3]]
    if len(top) > 3:
        parts.append(other_reasons(len(top) - 3))
    return counts.total(), "; ".join(parts)


def index_problems(table: Table, result: ValidationResult) -> Checked:
    """Which frame rows and cells have problems (and warm the per-cell message look-up)."""
    _ = result.cell_messages
    rows, error_rows, warning_cells = issue_sets(result)
    wanted = np.fromiter(rows, dtype=np.int64, count=len(rows))
    positions = np.flatnonzero(np.isin(np.asarray(table.row_numbers), wanted))
    return Checked(result, positions, rows, error_rows, warning_cells)


def rechecked(
    before: Checked | None, table: Table, rows: list[int], result: ValidationResult
) -> Checked:
    """`before` after the edited frame `rows` were checked again into `result`: those rows are
    listed or not as `result` says, the rest of the list is kept (no full rescan)."""
    problem_rows, error_rows, warning_cells = issue_sets(result)
    positions = before.problem_positions if before is not None else np.zeros(0, dtype=np.int64)
    for frame_row in rows:
        number = int(table.row_numbers[frame_row])
        listed = bool(np.any(positions == frame_row))
        if number in problem_rows and not listed:
            positions = np.sort(np.append(positions, frame_row))
        elif number not in problem_rows and listed:
            positions = positions[positions != frame_row]
    return Checked(result, positions, problem_rows, error_rows, warning_cells)


def nothing_to_send(result: ValidationResult | None) -> str:
    """Why no row is left to check: all excluded, or no data rows at all."""
    if result is not None and result.excluded_rows:
        return translate(
            "ReviewPage", "Every row is excluded: include some again, or load another file."
        )
    return translate(
        "ReviewPage",
        "The file has no data rows below the header: load another file, or choose "
        "another header row on the Load step.",
    )


def no_problem_words(result: ValidationResult | None, table: Table | None) -> tuple[str, str]:
    """The line shown when Backfill's checks found nothing, and its kind ("ok"/"warning")."""
    if result is not None and result.total_rows == 0:
        return "⚠ " + nothing_to_send(result), "warning"
    if table is not None and server_rejections(table)[0]:
        # Our checks pass, yet the destination refused these rows: not "all fine".
        return (
            translate(
                "ReviewPage",
                "⚠ Backfill's own checks find nothing wrong here, but the destination's "
                "reasons above still apply.",
            ),
            "warning",
        )
    return translate("ReviewPage", "✓ No problems found — every row can be sent."), "ok"
