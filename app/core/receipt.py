"""Job receipts: what an ops lead files after a migration, as JSON and as readable text.

A receipt says which file (name and SHA-256) went where (destination, base URL), who ran it
(OS user, host), when, and what happened to every row (totals per state, retries, rate-limit
waits). It never contains the API key.

For events, the receipt also holds the picture of time of the job's rows (`timeline.py`): as
text in the .txt, and as a PNG next to it (`timeline_png.py`).
"""

from __future__ import annotations

import getpass
import json
import os
import platform
import socket
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, overload

from app import __version__
from app.core.appdirs import data_dir
from app.core.timeline import Histogram, TimelineTally
from app.core.words import measured_duration

RECEIPTS_DIR = "receipts"
STATES = ("accepted", "rejected", "failed", "pending")


@dataclass
class Receipt:
    """Everything a receipt records about one job."""

    job_id: str
    file_name: str
    file_path: str
    file_sha256: str
    destination_id: str
    destination_label: str
    base_url: str
    profile_name: str
    job_state: str
    rows: int
    totals: dict[str, int]
    requests: int = 0
    chunks: int = 0
    retries: int = 0
    rate_limit_wait_seconds: float = 0.0  # our own pacing to the published limit
    retry_after_wait_seconds: float = 0.0  # waits the API asked for (429/503 Retry-After)
    started_at: str | None = None  # ISO-8601 UTC
    finished_at: str | None = None
    os_user: str = field(default_factory=lambda: current_os_user())
    host: str = field(default_factory=lambda: socket.gethostname())
    platform: str = field(default_factory=lambda: platform.platform(terse=True))
    app_version: str = __version__
    created_at: str = field(default_factory=lambda: utc_iso(datetime.now(UTC)))
    report_path: str | None = None
    notes: list[str] = field(default_factory=list)
    # Rows sent again after an answer was lost, and whether the API drops such repeats itself.
    resent_after_lost_answer: int = 0
    server_dedupe: bool = True
    # Rows of the file that were never sent: {"invalid": n, "excluded": m}.
    not_sent: dict[str, int] = field(default_factory=dict)
    # The job's events over time, as text lines, and the PNG of the same bars (events only).
    timeline: list[str] = field(default_factory=list)
    timeline_png: str | None = None

    @property
    def file_rows(self) -> int:
        """Every data row of the file: the job's rows and those not sent."""
        return self.rows + sum(self.not_sent.values())

    @property
    def duplicate_warning(self) -> str | None:
        """The plain warning when rows may be stored twice (see `lost_answer_warning`)."""
        return lost_answer_warning(
            self.resent_after_lost_answer, self.destination_label, self.server_dedupe
        )

    @property
    def balanced(self) -> bool:
        """accepted + rejected + failed + pending == rows."""
        return sum(self.totals.get(s, 0) for s in STATES) == self.rows

    def to_json(self) -> str:
        """The receipt as pretty-printed JSON (schema "backfill-receipt/1")."""
        data: dict[str, Any] = {"schema": "backfill-receipt/1", **asdict(self)}
        data["balanced"] = self.balanced
        data["file_rows"] = self.file_rows
        data["duplicate_warning"] = self.duplicate_warning
        data["duration_s"] = duration_seconds(self.started_at, self.finished_at)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def to_text(self) -> str:
        """The receipt as plain text an operator can print or attach to a ticket."""
        t = self.totals
        duration = duration_seconds(self.started_at, self.finished_at)
        lines = [
            "Backfill upload receipt",
            "=======================",
            f"Job:              {self.job_id} ({self.job_state})",
            f"File:             {self.file_name}",
            f"  full path:      {self.file_path}",
            f"  SHA-256:        {self.file_sha256}",
            f"Destination:      {self.destination_label} ({self.destination_id})",
            f"Base URL:         {self.base_url}",
            f"Profile:          {self.profile_name or '-'}",
            f"Run by:           {self.os_user} on {self.host} ({self.platform})",
            f"Started:          {local_time(self.started_at)}",
            f"Finished:         {local_time(self.finished_at)}",
            f"Duration:         {measured_duration(duration)}",
            "",
            f"Rows in the file: {self.file_rows:,}",
            f"  not sent, invalid:     {self.not_sent.get('invalid', 0):,}",
            f"  not sent, left out:    {self.not_sent.get('excluded', 0):,}",
            f"Rows sent:        {self.rows:,}",
            f"  accepted:       {t.get('accepted', 0):,}",
            f"  rejected:       {t.get('rejected', 0):,}",
            f"  failed:         {t.get('failed', 0):,}",
            f"  pending:        {t.get('pending', 0):,}",
            "  totals add up:  " + ("yes" if self.balanced else "NO — check the journal"),
            f"Requests:         {self.requests:,} ({_count(self.chunks, 'batch', 'batches')} of rows)",
            f"Retries:          {self.retries:,}",
            f"Rate-limit waits: {measured_duration(self.rate_limit_wait_seconds)} pacing to the "
            f"published limit, {measured_duration(self.retry_after_wait_seconds)} asked for by "
            "the API (Retry-After)",
        ]
        if self.resent_after_lost_answer:
            lines.append(f"Sent again after a lost answer: {self.resent_after_lost_answer:,} rows")
        if self.duplicate_warning:
            lines.append(f"WARNING: {self.duplicate_warning}")
        if self.report_path:
            lines.append(f"Rejection report: {self.report_path}")
        lines += [f"Note: {n}" for n in self.notes]
        if self.timeline:
            lines += ["", *self.timeline]
        if self.timeline_png:
            lines.append(f"The same as a picture: {self.timeline_png}")
        lines += [
            "",
            f"Backfill {self.app_version} · receipt written {local_time(self.created_at)}",
        ]
        return "\n".join(lines) + "\n"


def lost_answer_warning(resent: int, destination_label: str, server_dedupe: bool) -> str | None:
    """Plain words for rows that may be stored twice: some were re-sent after their answer was
    lost, and the destination keeps every copy. None when there is nothing to warn about."""
    if resent <= 0 or server_dedupe:
        return None
    rows = "1 row was" if resent == 1 else f"{resent:,} rows were"
    return (
        f"{rows} sent again after an answer was lost; {destination_label} does not remove "
        f"duplicates, so up to {resent:,} may be stored twice."
    )


def current_os_user() -> str:
    """The login name of whoever runs Backfill ("unknown" if the OS will not say)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


@overload
def utc_iso(moment: datetime) -> str: ...


@overload
def utc_iso(moment: datetime | float | str | None) -> str | None: ...


def utc_iso(moment: datetime | float | str | None) -> str | None:
    """A datetime, epoch seconds or ISO text as ISO-8601 UTC with a Z (None stays None)."""
    if moment is None or moment == "":
        return None
    if isinstance(moment, int | float):
        moment = datetime.fromtimestamp(moment, UTC)
    elif isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def local_time(iso: str | None) -> str:
    """ISO UTC text in the operator's local time zone, e.g. "2026-03-04 10:42:07 CET"."""
    if not iso:
        return "-"
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def duration_seconds(start: str | None, end: str | None) -> float | None:
    """Seconds between two ISO timestamps, or None when either is missing."""
    if not start or not end:
        return None
    a = datetime.fromisoformat(start.replace("Z", "+00:00"))
    b = datetime.fromisoformat(end.replace("Z", "+00:00"))
    return max(0.0, (b - a).total_seconds())


def receipts_dir(directory: Path | None = None) -> Path:
    """Where receipts go: `directory`, else `data_dir()/receipts`, created if needed."""
    path = directory if directory is not None else data_dir() / RECEIPTS_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def save_receipt(
    receipt: Receipt, directory: Path | None = None, histogram: Histogram | None = None
) -> tuple[Path, Path]:
    """Write the receipt as .json and .txt, and `histogram` (events over time) as a .png
    beside them when it has bars; returns (json_path, txt_path)."""
    folder = receipts_dir(directory)
    stamp = (receipt.finished_at or receipt.created_at or "").replace(":", "").replace("-", "")
    stamp = stamp.split(".")[0].rstrip("Z")
    stem = f"receipt-{_safe(receipt.job_id)}-{stamp or 'unfinished'}"
    json_path = folder / f"{stem}.json"
    txt_path = folder / f"{stem}.txt"
    if histogram is not None and histogram.bins:
        from app.core.timeline_png import write_timeline_png  # Pillow: only when drawing

        png = write_timeline_png(histogram, folder / f"{stem}.png", subject=receipt.file_name)
        receipt.timeline = histogram.text_lines()
        receipt.timeline_png = str(png)
    json_path.write_text(receipt.to_json(), encoding="utf-8")
    txt_path.write_text(receipt.to_text(), encoding="utf-8")
    return json_path, txt_path


def receipt_from_journal(
    journal: Any,
    job_id: str,
    *,
    report_path: str | None = None,
    notes: Sequence[str] = (),
) -> Receipt:
    """Collect a job's receipt from the journal (`Journal.job` and `Journal.job_stats`)."""
    job = journal.job(job_id)
    stats = journal.job_stats(job.id)
    server_dedupe = True
    try:
        from app.core.destinations import get_destination

        destination = get_destination(job.destination_id)
        label = str(destination.label)
        server_dedupe = bool(getattr(destination, "server_dedupe", True))
    except (ImportError, KeyError):
        label = job.destination_id
    return Receipt(
        job_id=job.id,
        file_name=job.file_name,
        file_path=job.source_path,
        file_sha256=job.source_sha256,
        destination_id=job.destination_id,
        destination_label=label,
        base_url=job.base_url,
        profile_name=job.profile_name,
        job_state=job.state,
        rows=job.rows,
        totals={s: int(getattr(job, s)) for s in STATES},
        requests=stats.requests,
        chunks=stats.chunks,
        retries=stats.retries,
        rate_limit_wait_seconds=round(stats.rate_limit_wait_s, 3),
        retry_after_wait_seconds=round(stats.retry_after_wait_s, 3),
        started_at=utc_iso(stats.started_at or job.created_at),
        finished_at=utc_iso(stats.finished_at or job.updated_at),
        report_path=report_path,
        notes=list(notes),
        resent_after_lost_answer=stats.resent_after_lost_answer,
        server_dedupe=server_dedupe,
        not_sent={"invalid": int(job.invalid), "excluded": int(job.excluded)},
    )


def write_receipt(
    journal: Any,
    job_id: str,
    directory: Path | None = None,
    *,
    report_path: str | None = None,
    notes: Sequence[str] = (),
    receipt: Receipt | None = None,
    histogram: Histogram | None | Literal["read"] = "read",
) -> tuple[Path, Path]:
    """Write the job's receipt into `directory` (default `data_dir()/receipts`). `receipt`
    and `histogram` when already known (the histogram counted while the job was prepared:
    reading it back from the journal decodes every stored block, ~0.2 s per 100,000 rows)."""
    if receipt is None:
        receipt = receipt_from_journal(journal, job_id, report_path=report_path, notes=notes)
    if isinstance(histogram, str):  # "read"
        histogram = job_histogram(journal, job_id)
    return save_receipt(receipt, directory, histogram)


def job_histogram(journal: Any, job_id: str) -> Histogram | None:
    """Events over time of the job's rows (times fixed at validation left out), or None for
    a job without event times (users, or no time column)."""
    tally = TimelineTally()
    for times in journal.event_time_blocks(job_id):  # not the job's times at once: 8 B a row
        tally.add(times)
    return tally.histogram() if tally.events else None


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in str(text))
