"""What the Report step shows, read from the journal off the GUI thread (`read_report`), and
the rejected rows made a Table again for "Fix and re-import" (`reopen_rejected`).

A users-and-events job is read as one: both parts' summaries and the lines `backfill report`
writes for it (`app.core.job_report`), one per row not delivered whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from app.core.destinations import get_destination
from app.core.job_report import ReportLine, job_report
from app.core.journal import JobSummary, Journal
from app.core.mapping import Mapping, ThenEvent, then_event_of
from app.core.pair_outcomes import PairSummary
from app.core.reasons import plain_reason
from app.core.receipt import lost_answer_warning, receipts_dir
from app.core.report import (
    ReasonGroup,
    exclude_report_columns,
    group_by_reason,
    report_columns,
    report_rows,
)
from app.core.table import SourceInfo, Table
from app.ui.models.outcome_model import OutcomeColumns, outcome_columns
from app.ui.texts import number, translate


@dataclass(frozen=True)
class ReportData:
    """Everything the Report step shows, read and prepared in a worker."""

    job: JobSummary  # a pair's users part
    outcomes: list[ReportLine]  # a pair's: one line per row not whole
    groups: list[ReasonGroup]
    columns: OutcomeColumns
    receipt_saved: bool
    duplicate_warning: str | None = None  # rows re-sent where the API keeps every copy
    pair: PairSummary | None = None  # a users-and-events job's both parts


def _duplicate_warning(journal: Journal, job: JobSummary) -> str | None:
    """The warning when rows were re-sent after a lost answer to an API that keeps every copy."""
    try:
        destination = get_destination(job.destination_id)
    except KeyError:
        return None
    resent = journal.job_stats(job.id).resent_after_lost_answer
    if lost_answer_warning(resent, destination.label, destination.server_dedupe) is None:
        return None  # the core decides whether to warn; the words are the operator's language
    label = destination.label  # the vendor's name ("Ours Privacy"): the same in every language
    if resent == 1:
        return translate(
            "ReportPage",
            "1 row was sent again after an answer was lost; {destination} does not remove "
            "duplicates, so up to 1 may be stored twice.",
        ).format(destination=label)
    return translate(
        "ReportPage",
        "{rows} rows were sent again after an answer was lost; {destination} does not remove "
        "duplicates, so up to {rows} may be stored twice.",
    ).format(rows=number(resent), destination=label)


def _duplicate_warnings(journal: Journal, jobs: list[JobSummary]) -> str | None:
    """`_duplicate_warning` of each job (both parts of a pair), one per line."""
    found = [w for w in (_duplicate_warning(journal, job) for job in jobs) if w]
    return "\n".join(found) or None


@dataclass(frozen=True)
class Reopened:
    """What "Fix and re-import" loads: the refused rows, the job's mapping (None: it no longer
    reads; the Map step suggests one) and a pair's event part (None: users only)."""

    table: Table
    mapping: Mapping | None
    then_event: ThenEvent | None
    count: int


def reopen_rejected(data: ReportData) -> Reopened | None:
    """The rows to fix and import again, as the job was mapped; None when none was refused.

    Of a pair, every row a part of which was refused: its user (its event was never sent),
    or its event while its user was accepted. Such a row comes back whole, user and event:
    the user is sent again as an upsert by its id (an update, never a second user; fixed
    cells update it), so the rows stay one sheet, one mapping and one job of two parts, and
    the event still goes only once its user is accepted. Sending only the events would need
    another mapping and the operator to tell the rows apart; failed rows are retried instead.
    """
    rejected = [o for o in data.outcomes if o.state == "rejected"]
    if not rejected:
        return None
    job, pair = data.job, data.pair
    table = table_from_outcomes(rejected, job, pair=pair is not None)
    try:
        mapping: Mapping | None = Mapping.from_dict(job.mapping)
    except (KeyError, TypeError, ValueError):
        mapping = None
    then_event = None
    if mapping is not None:
        # The Row/Field/Code/Reason/State columns explain; they are never sent.
        mapping = exclude_report_columns(mapping, table.headers)
        if pair is not None:
            then_event = _then_event(pair, table.headers)
    return Reopened(table, mapping, then_event, len(rejected))


def _then_event(pair: PairSummary, headers: list[str]) -> ThenEvent | None:
    """The pair's event part, read back from its events job (None: it no longer reads)."""
    try:
        then = then_event_of(Mapping.from_dict(pair.events.mapping))
    except (KeyError, TypeError, ValueError):
        return None
    return then if then.problem(headers) is None else None


def table_from_outcomes(
    outcomes: list[ReportLine], job: JobSummary, *, pair: bool = False
) -> Table:
    """The rejected rows as a Table again: original cells, original row numbers, same columns,
    then the report's Row/Field/Code/Reason/State columns, so each row shows why the API
    refused it (the reason in plain words; the API's code beside it)."""
    info = job.source_info or {}
    headers = [str(h) for h in info.get("headers") or []]
    ordered = sorted(outcomes, key=lambda o: o.row)
    originals, extras = report_columns(ordered, headers or None)
    data: dict[str, list[str]] = {c: [] for c in [*originals, *extras]}
    for outcome, cells in zip(ordered, report_rows(ordered, originals), strict=True):
        cells[len(originals) + 3] = plain_reason(outcome.code, outcome.message)
        for column, value in zip(data, cells, strict=True):
            data[column].append("" if value is None else str(value))
    df = pd.DataFrame(data, columns=list(data), dtype="str")
    source = SourceInfo(
        path=Path(job.source_path),
        format=str(info.get("format") or Path(job.source_path).suffix.lstrip(".") or "csv"),
        encoding=info.get("encoding"),
        delimiter=info.get("delimiter"),
        sheet=info.get("sheet"),
        header_row=int(info.get("header_row") or 1),
    )
    rows = np.asarray([int(o.row) for o in ordered], dtype=np.int64)
    note = translate(
        "ReportPage", "{rows} rejected rows of job {job}, with their original row numbers"
    )
    if pair:
        note = translate(
            "PairReport",
            "{rows} rows of job {job} not delivered whole, with their original row numbers; "
            "users already accepted are sent again as an update (never twice), then their "
            "events.",
        )
    note = note.format(rows=number(len(ordered)), job=job.id)
    return Table(df=df, row_numbers=rows, info=source, warnings=[note])


def read_report(journal: Journal, job_id: str) -> ReportData:
    """The job's outcome: every row not accepted, sent or not; of a pair, every row not
    delivered whole (the lines `backfill report` writes), with both parts' summaries."""
    report = job_report(journal, job_id)
    job, outcomes = report.job, report.outcomes
    folder = receipts_dir()
    saved = any(folder.glob(f"*{job.id}*")) if folder.exists() else False
    parts = [job] if report.pair is None else [job, report.pair.events]
    return ReportData(
        job,
        outcomes,
        group_by_reason(outcomes),
        outcome_columns(outcomes),
        saved,
        _duplicate_warnings(journal, parts),
        report.pair,
    )
