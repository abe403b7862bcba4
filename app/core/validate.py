"""Check every row against the destination's rules and build the payloads of the valid ones.

Vectorised over whole columns (pandas/pyarrow string kernels, numpy masks): the per-row Python
work is only creating issue objects for rows that have problems and, at the end, the payload
dicts of valid rows. Rules, from the vendor documents plus Backfill's own safety checks:

- required fields present and not blank (at least 1 character); spaces around IDs warned (trim);
- emails valid (after any mapped transforms); mixed-case emails warned (lowercase);
- timestamps readable (see timestamps); future (> 1 day ahead), before 1971 or far outside the
  file's own range warned, with a unit fix where one fits (see timestamp_checks);
  a file with no timestamp column gets one explicit time fixed at validation, so a retried
  upload is deduplicated by the server;
- typed property values convert (number / boolean / JSON);
- the serialized record stays under the destination's per-record size limit;
- duplicates within the file (the server's dedupe key, or the whole record when the server has
  none) are warned, naming the first row.

Where each part lives: the checks (`checks`, `duplicate_checks`), one pass over a frame
(`validation_pass`), the result (`validation_result`), issues and their wording (`issues`),
an edit's re-check (`revalidate`), the issue report (`report`). The names imported `X as X`
below are re-exported: many callers and tests import them from here.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime

import numpy as np

from app.core.cancel import Cancel
from app.core.duplicates import DuplicateMemory
from app.core.issues import FIRST_ROWS_SHOWN as FIRST_ROWS_SHOWN
from app.core.issues import IssueGroup as IssueGroup
from app.core.issues import RowIssue as RowIssue
from app.core.issues import group_words as group_words
from app.core.issues import summary_words as summary_words
from app.core.mapping import Mapping
from app.core.report import IssueReport as IssueReport
from app.core.report import write_issue_report as write_issue_report
from app.core.revalidate import validate_rows as validate_rows
from app.core.table import Table
from app.core.validation_pass import MappingProblem as MappingProblem
from app.core.validation_pass import Progress, aware_now, check_mapping, validate_frame
from app.core.validation_pass import ValidationCancelled as ValidationCancelled
from app.core.validation_result import ValidationResult
from app.core.value_readings import frame_for_validation


def validate(
    table: Table,
    mapping: Mapping,
    *,
    now: datetime | None = None,
    excluded_rows: Iterable[int] = frozenset(),
    progress: Progress | None = None,
    cancel: Cancel = None,
    seen: DuplicateMemory | None = None,
) -> ValidationResult:
    """Validate every row of `table` under `mapping` (rows in `excluded_rows` are skipped).

    `seen` carries the keys of earlier slices of the same file (a file validated slice by
    slice): rows repeating them are warned as duplicates too, and this slice's keys are added.
    Raises MappingProblem when the mapping cannot apply, ValidationCancelled on cancel.
    """
    started = time.perf_counter()
    check_mapping(table, mapping)
    now = aware_now(now)
    excluded = frozenset(int(r) for r in excluded_rows)
    keep = ~np.isin(table.row_numbers, np.fromiter(excluded, dtype=np.int64, count=len(excluded)))
    df = table.df if keep.all() else table.df[keep].reset_index(drop=True)
    row_numbers = np.asarray(table.row_numbers)[keep]
    df = frame_for_validation(table, df, row_numbers, mapping)
    return validate_frame(
        df,
        row_numbers,
        mapping,
        now,
        excluded,
        started=started,
        progress=progress,
        cancel=cancel,
        seen=seen,
    )
