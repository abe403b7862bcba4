"""Running a job from the terminal (Ctrl-C stops in order) and telling how it ended: totals,
report, receipt, exit code from the job's verdict."""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import gc
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.context import EXIT_INCOMPLETE, REPORTS_DIR, CliError, Context, _confirm, _n
from app.cli.progress_line import ProgressLine
from app.core.appdirs import data_dir
from app.core.words import plural

if TYPE_CHECKING:  # pandas and pyarrow are imported once a job is prepared, not at start
    from app.core.preparation import Preparation

# Where the destination publishes no request limit, the CLI's slow start begins one round
# further on (see `cli_settings`).
OPEN_START_CONCURRENCY = 16


class Interrupts:
    """Ctrl-C while uploading: the first stops cleanly after the requests in flight (the job
    stays resumable), the second stops at once (still resumable: abandoned requests keep their
    chunk and Idempotency-Key in the journal and are re-sent by `backfill resume`)."""

    def __init__(self, ctx: Context, on_first: Callable[[], None], on_second: Callable[[], None]):
        self._ctx = ctx
        self._on_first = on_first
        self._on_second = on_second
        self.count = 0

    def fire(self) -> None:
        self.count += 1
        if self.count == 1:
            print(
                "\nStopping after the requests in flight… (Ctrl-C again to stop at once)",
                file=sys.stderr,
                flush=True,
            )
            self._on_first()
        else:
            self._on_second()

    @contextlib.contextmanager
    def installed(self, loop: asyncio.AbstractEventLoop) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals can only be caught on the main thread (e.g. tests calling us)
            return
        try:
            loop.add_signal_handler(signal.SIGINT, self.fire)
            added = True
        except (NotImplementedError, RuntimeError):  # Windows: no loop signal handlers
            added = False
            previous = signal.signal(signal.SIGINT, lambda *_: loop.call_soon_threadsafe(self.fire))
        try:
            yield
        finally:
            if added:
                loop.remove_signal_handler(signal.SIGINT)
            else:
                signal.signal(signal.SIGINT, previous)


def _run_job(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    job_id: str,
    destination: Any,
    *,
    base_url: str,
    api_key: str,
    canary: int | None = None,
    preparation: Preparation | None = None,
    histogram: Callable[[], Any] | None = None,
) -> int:
    """Send the job's pending rows (canary first if asked), then report, receipt, exit code.

    With a `preparation` (`app.core.preparation.Preparation`, started) the rows are sent as it
    writes them; its `settle()` runs once sending ended, before the totals. `histogram`: the
    receipt's events over time when counted on the way (`"read"`: read from the journal)."""
    from app.core.journal import JobBusy

    line = ProgressLine(ctx.out)
    interrupted = False
    _cheap_exit()
    stop_preparing = preparation.stop if preparation is not None else lambda: None

    async def send(limit_rows: int | None) -> Any:
        nonlocal interrupted
        from app.core.uploader import Uploader

        uploader = Uploader(
            destination,
            journal,
            job_id,
            base_url=base_url,
            api_key=api_key,
            settings=cli_settings(destination, args.concurrency),
            on_progress=line.update,
            feed=preparation.feed if preparation is not None else None,
        )

        def stop_after_in_flight() -> None:
            # The engine's orderly stop (as the GUI's pause-and-close and a refused key): the
            # answers in flight are recorded, then run() returns; the job stays resumable.
            stop_preparing()
            uploader.stop_after_in_flight(state="cancelled")

        def stop_at_once() -> None:
            stop_preparing()
            uploader.cancel()

        guard = Interrupts(ctx, stop_after_in_flight, stop_at_once)
        with guard.installed(asyncio.get_running_loop()):
            try:
                return await uploader.run(limit_rows=limit_rows)
            except asyncio.CancelledError:
                return None
            except JobBusy as exc:
                raise CliError(str(exc)) from exc
            finally:
                interrupted = interrupted or guard.count > 0

    if canary:
        ctx.say(f"Canary: sending the first {plural(canary, 'row')}…")
        asyncio.run(send(canary))
        line.finish()
        ended = _after_canary(ctx, args, journal, job_id, interrupted=interrupted)
        if ended is not None:
            return ended

    if journal.job(job_id).pending or preparation is not None:
        try:
            asyncio.run(send(None))
        finally:
            # The engine stopped early (a refused key, an error): the file is not read on.
            stop_preparing()
            line.finish()
        if preparation is not None:
            preparation.settle()
    times = histogram() if histogram is not None else "read"
    return _finish(ctx, args, journal, job_id, interrupted=interrupted, histogram=times)


def _after_canary(
    ctx: Context, args: argparse.Namespace, journal: Any, job_id: str, *, interrupted: bool
) -> int | None:
    """Tell the canary's result and ask to go on; an exit code when the job ends here."""
    job = journal.job(job_id)
    ctx.say(
        f"Canary result: {_n(job.accepted)} accepted, {_n(job.rejected)} rejected, "
        f"{_n(job.failed)} failed"
    )
    _print_groups(ctx, journal.row_outcomes(job_id))
    if interrupted or _stopped(job):
        return _finish(ctx, args, journal, job_id, interrupted=interrupted)
    if job.pending and not (args.yes or _confirm(f"Send the remaining {_n(job.pending)} rows?")):
        ctx.say(f"Stopped after the canary. Continue with: backfill resume {job_id}")
        return EXIT_INCOMPLETE
    return None


def cli_settings(destination: Any, concurrency: int | None) -> Any:
    """The engine's settings for a CLI run: --concurrency fixes the number in flight; else
    adaptive, starting at `OPEN_START_CONCURRENCY` where the destination publishes no limit.

    Why that start is polite: slow start reaches 16 after its first clean round of 8 anyway,
    so this skips one round trip, no more (the ceiling stays 32); a destination that publishes
    a budget keeps the start of 8 under its rolling window; and the controller is unchanged:
    the first 429, 503 or timeout halves the number in flight and ends slow start, and a slow
    answer (queueing at the server) stops the growth."""
    from app.core.uploader import UploadSettings

    if concurrency:
        return UploadSettings.fixed_concurrency(concurrency)
    if destination.rate_limit is None:
        return UploadSettings(initial_concurrency=OPEN_START_CONCURRENCY)
    return UploadSettings()


_exit_armed = False


def _cheap_exit() -> None:
    """Freeze the heap when the process exits: the interpreter's last collections over
    pandas' and pyarrow's objects took ~0.25 s after the job was done and its output written.
    Only at exit (the other exit handlers still run, files close normally), so commands run
    in-process (tests) are untouched until their interpreter ends."""
    global _exit_armed
    if not _exit_armed:
        _exit_armed = True
        atexit.register(gc.freeze)


def _stopped(job: Any) -> bool:
    from app.core.jobstate import Verdict, verdict

    return verdict(job) is Verdict.STOPPED


def _print_groups(ctx: Context, outcomes: Sequence[Any], limit: int = 6) -> None:
    from app.core.report import group_by_reason

    groups = group_by_reason(outcomes)
    for group in groups[:limit]:
        ctx.say(f"  {group.state}: {group.describe()}")
    if len(groups) > limit:
        ctx.say(f"  … and {plural(len(groups) - limit, 'more reason')}")


def _finish(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    job_id: str,
    *,
    interrupted: bool,
    sent_now: bool = True,
    histogram: Any = "read",
) -> int:
    """Print the totals, write the report and the receipt; the exit code is the job's verdict.

    A job that finished in an earlier run keeps its receipt; one is written only if missing.
    """
    from app.core.jobstate import Verdict, verdict
    from app.core.receipt import receipt_from_journal, receipts_dir, write_receipt
    from app.core.report import write_rejection_report

    job = journal.job(job_id)
    ctx.say(
        f"Done: {_n(job.accepted)} accepted, {_n(job.rejected)} rejected, {_n(job.failed)} "
        f"failed, {_n(job.pending)} pending (of {_n(job.rows)})"
        + (f"; {_n(job.invalid)} invalid rows not sent" if job.invalid else "")
    )
    outcomes = journal.row_outcomes(job_id)
    if job.rejected or job.failed:
        _print_groups(ctx, [o for o in outcomes if o.state in ("rejected", "failed")])
    report_path = None
    if outcomes:
        target = Path(args.report) if getattr(args, "report", None) else _default_report(job_id)
        columns = job.source_info.get("headers") if isinstance(job.source_info, dict) else None
        try:
            write_rejection_report(outcomes, target, columns=columns)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise CliError(f"The report {target} cannot be written: {exc.strerror}.") from exc
        report_path = str(target)
        ctx.say(f"Report of rows not accepted: {target}")
    ending = verdict(job)
    if ending is Verdict.STOPPED:
        reason = job.last_error or "the API refused the request"
        ctx.say(f"The job stopped: {reason}")
        ctx.say(f"Fix the cause, then: backfill resume {job_id}")
        return ending.exit_code
    if ending is Verdict.UNFINISHED:
        why = (
            "interrupted"
            if interrupted
            else f"stopped ({job.last_error})"
            if job.last_error
            else "paused"
        )
        ctx.say(
            f"Job {job_id} {why} with {_n(job.pending)} rows pending. Continue with: backfill resume {job_id}"
        )
        return ending.exit_code
    notes = (
        [f"{plural(job.invalid, 'row')} failed validation and were not sent (see the report)."]
        if job.invalid
        else []
    )
    existing = sorted(receipts_dir().glob(f"receipt-{job_id}-*.txt"))
    receipt = receipt_from_journal(journal, job_id, report_path=report_path, notes=notes)
    if sent_now or not existing:
        _, txt_path = write_receipt(journal, job_id, receipt=receipt, histogram=histogram)
    else:
        txt_path = existing[-1]
    ctx.say(f"Receipt: {txt_path}")
    warning = receipt.duplicate_warning
    if warning:
        ctx.say(f"Warning: {warning}")
    if job.failed:
        ctx.say(f"Failed rows can be sent again with: backfill resume {job_id} --retry-failed")
    return ending.exit_code


def _default_report(job_id: str) -> Path:
    folder = data_dir() / REPORTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"job-{job_id}-not-accepted.csv"


def _check_report_target(args: argparse.Namespace) -> None:
    report = getattr(args, "report", None)
    if report and (Path(report).suffix.lower() not in (".csv", ".xlsx", ".xlsm")):
        raise CliError(
            f"Choose a .csv or .xlsx file name for --report (got '{Path(report).name}')."
        )
    if report and Path(report).is_dir():
        raise CliError(f"--report {report} is a folder; give a file name such as rejected.xlsx.")
