"""The checks of each field, vectorised over whole columns, and the issues and groups they give.

A check is a mask of failing rows plus its wording (a group summary, one message or one per
row, the fix that would mend it). Only rows that fail become `RowIssue` objects, at the end.
A timestamp field's checks are in `timestamp_checks`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from app.core.fields import DestinationSchema, FieldSpec
from app.core.issues import IssueGroup, RowIssue, Severity, sort_groups
from app.core.mapping import Mapping
from app.core.payload_columns import ColumnValues, PayloadColumns, arrow_text
from app.core.phrases import Phrase
from app.core.transforms import TypedValues, convert_values

# RE2-compatible (pyarrow) form of a common server-side email rule: local part without leading
# or doubled dots, a dotted domain whose last label has at least two letters.
EMAIL_PATTERN = (
    r"[A-Za-z0-9_'+\-]([A-Za-z0-9_'+\-.]*[A-Za-z0-9_+\-])?"
    r"@([A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)
# Rows per call for work that holds the GIL per cell (keeps each call to a few ms).
SLICE_ROWS = 65_536
_NONE = np.array(None, dtype=object)  # compared with elementwise


@dataclass
class Check:
    """A vectorised check's outcome before it becomes RowIssues."""

    mask: np.ndarray
    field: str
    column: str | None
    code: str
    severity: Severity
    summary: str | Phrase
    messages: np.ndarray | str | Phrase  # one per row, or one for every row
    fix: str | None = None


class Checks(list[Check]):
    """The checks of one validation run, with a compact way to add one."""

    def add(
        self,
        mask: np.ndarray,
        field_name: str,
        column: str | None,
        code: str,
        severity: Severity,
        summary: str | Phrase,
        messages: np.ndarray | str | Phrase,
        fix: str | None = None,
    ) -> None:
        """Record a check if any row fails it."""
        if mask.any():
            self.append(Check(mask, field_name, column, code, severity, summary, messages, fix))

    def invalid(self, n: int) -> np.ndarray:
        """The rows that fail at least one error check."""
        invalid = np.zeros(n, dtype=bool)
        for check in self:
            if check.severity == "error":
                invalid |= check.mask
        return invalid


def field_series(
    df: pd.DataFrame, mapping: Mapping, spec: FieldSpec
) -> tuple[pd.Series, str | None]:
    """The text a field is read from (its column, or its constant on every row) and the column."""
    src = mapping.source(spec.name)
    if src.kind == "column":
        assert src.column is not None
        return df[src.column], src.column
    value = src.constant if src.kind == "constant" else ""
    return pd.Series([value] * len(df), dtype="str"), None


def _blank(values: pd.Series) -> np.ndarray:
    return (values.str.len() == 0).to_numpy(dtype=bool, na_value=True)


def check_text(
    checks: Checks, spec: FieldSpec, column: str | None, values: pd.Series
) -> ColumnValues:
    """Required/blank, email and surrounding-space checks for a text or email field."""
    label, lower = Phrase(spec.label), Phrase(spec.label.lower())
    stripped = values.str.strip()
    blank = _blank(stripped)
    if spec.required:
        whitespace_only = blank & ~_blank(values)
        checks.add(
            blank & ~whitespace_only, spec.name, column, "missing", "error",
            Phrase.of("{label} is empty", label=label), Phrase.of("{label} is empty", label=label),
        )  # fmt: skip
        checks.add(
            whitespace_only, spec.name, column, "blank", "error",
            Phrase.of("{label} holds only spaces", label=label),
            Phrase.of("{label} holds only spaces", label=label),
        )  # fmt: skip
    padded = ~blank & (stripped != values).to_numpy(dtype=bool, na_value=False)
    if spec.kind == "email":
        valid = stripped.str.fullmatch(EMAIL_PATTERN).to_numpy(dtype=bool, na_value=False) & ~(
            values.str.contains("..", regex=False).to_numpy(dtype=bool, na_value=False)
        )
        bad = ~blank & (~valid | padded)
        checks.add(
            bad & valid, spec.name, column, "email_spaces", "error",
            Phrase.of("{label} has spaces around it", label=lower),
            Phrase.of("{label} has spaces around it", label=label), "trim",
        )  # fmt: skip
        checks.add(
            bad & ~valid, spec.name, column, "invalid_email", "error",
            Phrase.of("{label} is not a valid address", label=lower),
            Phrase.of("{label} is not a valid address", label=label),
        )  # fmt: skip
        checks.add(
            ~blank & ~bad & (values.str.lower() != values).to_numpy(dtype=bool, na_value=False),
            spec.name, column, "mixed_case_email", "warning",
            Phrase.of(
                "{label} has capital letters (the same person may exist in lower case)",
                label=lower,
            ),
            Phrase.of("{label} has capital letters", label=label), "lowercase",
        )  # fmt: skip
    else:
        checks.add(
            padded, spec.name, column, "surrounding_spaces", "warning",
            Phrase.of("{label} has spaces around it (sent as is, so it may not match)", label=label),
            Phrase.of("{label} has spaces around it", label=label), "trim",
        )  # fmt: skip
    text = arrow_text(values)
    return ColumnValues(text, ~blank, text)


def check_extras(
    checks: Checks,
    columns: PayloadColumns,
    df: pd.DataFrame,
    mapping: Mapping,
    schema: DestinationSchema,
) -> np.ndarray:
    """Convert every property/trait column, add type checks; returns bytes added per row."""
    size = np.zeros(len(df), dtype=np.int64)
    for plan in mapping.extra_plan(list(df.columns)):
        values = df[plan.column].str.strip() if plan.trim else df[plan.column]
        raw = arrow_text(values)
        if plan.value_type == "text":
            present = pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(raw)), 0)
            extra = ColumnValues(raw, present.to_numpy(zero_copy_only=False), raw)
        else:
            typed, converted = _convert_in_slices(values, plan.value_type)
            message = Phrase.of(
                "'{column}' {problem}", column=plan.column, problem=Phrase(typed.message)
            )
            checks.add(
                typed.bad, f"{schema.extras_key}.{plan.key}", plan.column, "invalid_value",
                "error", message, message,
            )  # fmt: skip
            extra = ColumnValues(typed.values, converted, raw)
        columns.extras.append((plan.key, extra))
        size += pc.binary_length(raw).to_numpy(zero_copy_only=False) + len(plan.key) + 6
    return size


def check_size(checks: Checks, size: np.ndarray, schema: DestinationSchema) -> None:
    """Rows whose payload would be over the destination's per-record limit."""
    limit_kb = schema.max_record_bytes // 1024
    checks.add(
        size > schema.max_record_bytes,
        "record",
        None,
        "record_too_large",
        "error",
        Phrase.of("the row is larger than {size} KB", size=str(limit_kb)),
        Phrase.of(
            "The row is larger than {size} KB once sent; leave some long columns out",
            size=str(limit_kb),
        ),
    )


def _convert_in_slices(values: pd.Series, value_type: str) -> tuple[TypedValues, np.ndarray]:
    """convert_values over SLICE_ROWS rows at a time, and which converted values are sent.

    Conversion makes one Python object per cell while holding the GIL; over a million rows
    in one call that held the GUI thread off for 25–40 ms. Cells convert independently, so
    slices give the same values.
    """
    n = len(values)
    out = np.empty(n, dtype=object)
    bad = np.zeros(n, dtype=bool)
    present = np.zeros(n, dtype=bool)
    message = ""
    for start in range(0, max(n, 1), SLICE_ROWS):
        part = convert_values(values.iloc[start : start + SLICE_ROWS], value_type)
        stop = start + len(part.values)
        out[start:stop] = part.values
        bad[start:stop] = part.bad
        present[start:stop] = np.not_equal(part.values, _NONE)
        message = part.message
    return TypedValues(out, bad, message), present


def issues_of(checks: list[Check], row_numbers: np.ndarray) -> list[RowIssue]:
    """One RowIssue per failing row of each check, ordered by row (checks' order within one)."""
    issues: list[RowIssue] = []
    for check in checks:
        idx = np.flatnonzero(check.mask)
        # One sentence for every row, or one per row (e.g. the value that failed).
        messages = check.messages
        words = messages if isinstance(messages, Phrase) else None
        shared = str(messages) if isinstance(messages, str | Phrase) else None
        issues.extend(
            RowIssue(
                int(row_numbers[i]),
                check.column,
                check.field,
                check.code,
                shared if shared is not None else str(messages[i]),  # type: ignore[index]
                check.severity,
                check.fix,
                words,
            )
            for i in idx
        )
    issues.sort(key=lambda issue: issue.row_number)
    return issues


def groups_of(checks: list[Check], row_numbers: np.ndarray) -> list[IssueGroup]:
    """One group per (field, code, fix) over the checks, sorted for display."""
    merged: dict[tuple[str, str, str | None], tuple[Check, np.ndarray]] = {}
    for check in checks:
        key = (check.field, check.code, check.fix)
        if key in merged:
            merged[key] = (merged[key][0], merged[key][1] | check.mask)
        else:
            merged[key] = (check, check.mask.copy())
    groups = []
    for check, mask in merged.values():
        rows = tuple(int(r) for r in np.sort(row_numbers[mask]))
        groups.append(
            IssueGroup.of_rows(
                check.field,
                check.code,
                check.severity,
                check.column,
                check.summary,
                rows,
                check.fix,
            )
        )
    return sort_groups(groups)
