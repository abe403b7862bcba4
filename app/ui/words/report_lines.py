"""The Report step's sentences in the operator's language: the job's summary, why it stopped,
each reason's lines, how an export was written, the outcome of each row.

The CLI and the exports keep the English of app/core (`row_ranges`, state names, the API's
code); an API's own message stays as the server wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale

from app.core.destinations import get_destination
from app.core.journal import JobSummary
from app.core.journal_store import TRANSIENT_CODE
from app.core.phrases import Phrase
from app.core.profiles import sandbox_profile_name
from app.core.reasons import reason_words
from app.core.report import UTF8_EXPORT, ReasonGroup
from app.ui.destination_names import destination_label
from app.ui.texts import number, translate
from app.ui.upload_core_words import reason_text as engine_reason
from app.ui.words.review_words import said
from app.ui.words.stored_words import reread


def state_words(state: str) -> str:
    """How an outcome reads on the Report step (the exports keep the plain state name)."""
    words = {
        "rejected": translate("ReportPage", "rejected"),
        "failed": translate("ReportPage", "failed"),
        "pending": translate("ReportPage", "not sent yet"),
        "invalid": translate("ReportPage", "not sent: invalid"),
        "excluded": translate("ReportPage", "not sent: left out"),
    }
    return words.get(state, state)


def reason_text(code: str | None, message: str | None) -> str:
    """The reason in plain words (Backfill's own sentences translated, the API's as written)."""
    if code == TRANSIENT_CODE and message:
        # A failed row's reason is the engine's last retry cause ("server error (500 …)").
        text = engine_reason(message.strip())
        return text[:1].upper() + text[1:]
    words = reason_words(code, message)
    # A row held back at validation keeps its checks' English in the journal: read it back.
    return said(words) if isinstance(words, Phrase) else reread(words)


def summary_words(job: JobSummary, receipt_saved: bool) -> str:
    """ "12,283 accepted, 88 rejected, 0 failed, 9 not sent (invalid) — receipt saved"."""
    parts = [
        translate("ReportPage", "{n} accepted").format(n=number(job.accepted)),
        translate("ReportPage", "{n} rejected").format(n=number(job.rejected)),
        translate("ReportPage", "{n} failed").format(n=number(job.failed)),
    ]
    if job.pending:
        parts.append(translate("ReportPage", "{n} not sent yet").format(n=number(job.pending)))
    if job.invalid:
        words = translate("ReportPage", "{n} not sent (invalid)")
        parts.append(words.format(n=number(job.invalid)))
    if job.excluded:
        parts.append(translate("ReportPage", "{n} left out").format(n=number(job.excluded)))
    text = translate("ReportPage", ", ").join(parts)
    if receipt_saved:
        text = translate("ReportPage", "{outcome} — receipt saved").format(outcome=text)
    return text


def stop_words(job: JobSummary) -> tuple[str, str] | None:
    """Why a job with rows still to send stopped, and what to do (None when nothing stopped it)."""
    if not job.pending or job.state in ("running", "pending", "finished"):
        return None
    reason = (job.last_error or "").strip()  # the API's own words, as it wrote them
    if job.state in ("stopped_auth", "stopped"):
        return (
            translate("ReportPage", "The upload stopped: {reason}").format(
                reason=reason or translate("ReportPage", "the API refused the request")
            ),
            translate(
                "ReportPage",
                "Fix the cause (check the key and profile on the Upload step), then send the rest.",
            ),
        )
    if job.state == "paused":
        return (
            translate("ReportPage", "The upload is paused."),
            translate("ReportPage", "Send the rest when you are ready."),
        )
    return (
        translate("ReportPage", "The upload was cancelled before every row was sent."),
        translate("ReportPage", "Send the rest to finish it."),
    )


def export_words(path: Path, delimiter: str, encoding: str, source: str | None) -> str:
    """How a CSV export was written, in a sentence ("" for Excel files)."""
    if path.suffix.lower() != ".csv":
        return ""
    names = {
        ",": translate("ReportPage", "Comma-separated"),
        ";": translate("ReportPage", "Semicolon-separated"),
        "\t": translate("ReportPage", "Tab-separated"),
        "|": translate("ReportPage", "Pipe-separated"),
    }
    separated = names.get(delimiter) or translate("ReportPage", "{delimiter}-separated").format(
        delimiter=repr(delimiter)
    )
    if encoding == UTF8_EXPORT:
        if source and not source.lower().replace("_", "-").startswith("utf"):
            words = translate(
                "ReportPage",
                "{separated}, UTF-8: {source} cannot hold every character of these rows. Folder:",
            )
            return words.format(separated=separated, source=source)
        words = translate("ReportPage", "{separated}, UTF-8 (as Excel reads it). Folder:")
        return words.format(separated=separated)
    words = translate("ReportPage", "{separated}, {encoding} like the source file. Folder:")
    return words.format(separated=separated, encoding=encoding)


def row_ranges(rows: Sequence[int], limit: int = 8) -> str:
    """ "row 4", "rows 3, 7–9, 15, … (+40 more)" with the locale's numbers."""
    ordered = sorted(set(rows))
    if not ordered:
        return translate("ReportPage", "no rows")
    runs: list[tuple[int, int]] = []
    for r in ordered:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    parts = [number(a) if a == b else f"{number(a)}–{number(b)}" for a, b in runs[:limit]]
    text = ", ".join(parts)
    if len(runs) > limit:
        hidden = sum(b - a + 1 for a, b in runs[limit:])
        text += ", … " + translate("ReportPage", "(+{n} more)").format(n=number(hidden))
    if len(ordered) == 1:
        return translate("ReportPage", "row {numbers}").format(numbers=text)
    return translate("ReportPage", "rows {numbers}").format(numbers=text)


def _rows(n: int) -> str:
    return translate("ReportPage", "%Ln row(s)", None, n)


def group_words(group: ReasonGroup) -> str:
    """Three lines for one reason: how many and what, why, which rows."""
    head = translate("ReportPage", "{rows} {outcome}").format(
        rows=_rows(group.count),
        outcome=state_words(group.state),
    )
    if group.field:
        head = translate("ReportPage", "{head} · field {field}").format(
            head=head, field=group.field
        )
    reason = reason_text(group.code, group.reason) or group.reason
    return f"{head}\n{reason}\n{row_ranges(group.rows, limit=6)}"


def group_tooltip(group: ReasonGroup) -> str:
    """ "12 rows (rows 3, 7–9, 15, …): email is not a valid address"."""
    return translate("ReportPage", "{rows} ({numbers}): {reason}").format(
        rows=_rows(group.count),
        numbers=row_ranges(group.rows, 40),
        reason=reason_text(group.code, group.reason) or group.reason,
    )


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _moment(moment: datetime, date_too: bool) -> str:
    """The locale's short date and its time with seconds: 12/7/26 11:25:04 PM, 07.12.26 23:25:04
    (never a 12-hour time next to a 24-hour one)."""
    locale = QLocale()
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    with_seconds = short if "s" in short else short.replace("mm", "mm:ss", 1)
    shown = _local(moment)
    if date_too:
        date = locale.dateFormat(QLocale.FormatType.ShortFormat)
        return locale.toString(shown, f"{date} {with_seconds}")
    return locale.toString(shown.time(), with_seconds)


def _profile_words(job: JobSummary) -> str:
    """The job's profile as the operator reads it: the built-in sandbox one (its English name
    is in the journal) in the UI's language, the operator's own by the name they gave it."""
    try:
        label = get_destination(job.destination_id).label
    except (KeyError, ValueError):
        return job.profile_name
    if job.profile_name != sandbox_profile_name(label):
        return job.profile_name
    return translate("Destinations", "Sandbox — {destination}").format(
        destination=destination_label(job.destination_id)
    )


def details_words(job: JobSummary, destination: str) -> str:
    """Which file went where, and when (local time, as the locale writes dates)."""
    return translate(
        "ReportPage",
        "{file} → {destination} at {url} ({profile}) · started {started}, last change "
        "{changed} (local time)",
    ).format(
        file=job.file_name,
        destination=destination,
        url=job.base_url,
        profile=_profile_words(job),
        started=_moment(job.created_at, True),
        changed=_moment(
            job.updated_at, _local(job.updated_at).date() != _local(job.created_at).date()
        ),
    )
