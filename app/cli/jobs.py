"""`backfill resume`, `jobs` and `report`: continuing and inspecting earlier jobs."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.context import (
    EMBEDDED_SANDBOX_PROFILE,
    EXIT_OK,
    CliError,
    Context,
    _api_key,
    _check_reachable,
    _destination,
    _guarded,
    _n,
    _open_journal,
    _resolve_base_url,
    _start_sandbox,
)
from app.cli.pair import finish_pair, resume_pair, run_pair_job
from app.cli.run import _check_report_target, _finish, _run_job
from app.core.resume import retry_failed
from app.core.words import local_minute, plural


def cmd_resume(args: argparse.Namespace) -> int:
    """`backfill resume JOB`."""
    return _guarded(_resume, args)


def _resume(args: argparse.Namespace, ctx: Context) -> int:
    _check_report_target(args)
    journal = _open_journal(ctx)
    job = _job(journal, args.job)
    pair = journal.pair_of(job.id)
    if pair is not None:
        return _resume_pair(ctx, args, journal, pair)
    destination = _destination(job.destination_id)
    if args.retry_failed:
        n = retry_failed(journal, job.id)
        ctx.say(f"{plural(n, 'failed row')} will be sent again.")
        job = journal.job(job.id)
    preparation = None
    if job.preparing:
        from app.cli.preparing import continue_preparation, drop_if_guarded

        drop_if_guarded(journal, job)
        preparation = continue_preparation(ctx, journal, job, destination)
    if not job.pending and preparation is None:
        ctx.say(f"Job {job.id} has no pending rows.")
        return _finish(ctx, args, journal, job.id, interrupted=False, sent_now=False)
    base_url, api_key = _connection_of(ctx, args, job, destination)
    ctx.say(
        f"Resuming job {job.id}: {_n(job.pending)} of {_n(job.rows)} rows pending → "
        f"{destination.label} at {base_url}"
    )
    if preparation is not None:
        preparation.start()
    return _run_job(
        ctx,
        args,
        journal,
        job.id,
        destination,
        base_url=base_url,
        api_key=api_key,
        preparation=preparation,
    )


def _resume_pair(ctx: Context, args: argparse.Namespace, journal: Any, pair: Any) -> int:
    """A users-and-events job: users first, then the events their acceptance lets go."""
    from app.core.resume import pair_to_send, rows_to_send

    resume_pair(ctx, args, journal, pair)
    # Events held behind users accepted before a crash are let go here (nothing else moves).
    summary = pair_to_send(journal, pair)
    if not rows_to_send(summary):
        ctx.say(f"Job {pair.users_job} (users and their events) has no rows to send.")
        return finish_pair(ctx, args, journal, pair, interrupted=False)
    users = summary.users
    base_url, api_key = _connection_of(ctx, args, users, _destination(users.destination_id))
    ctx.say(f"Resuming job {pair.users_job} (users, then their events): {summary.counts_line()}")
    return run_pair_job(ctx, args, journal, pair, base_url=base_url, api_key=api_key)


def _connection_of(
    ctx: Context, args: argparse.Namespace, job: Any, destination: Any
) -> tuple[str, str]:
    """(base URL, API key) to continue a job: as it was sent, or --base-url/--api-key-env."""
    if args.base_url:
        base_url = _resolve_base_url(ctx, args.base_url)
    elif job.profile_name == EMBEDDED_SANDBOX_PROFILE:
        base_url, sandbox_key = _start_sandbox(ctx)
        ctx.say(
            f"Job {job.id} was sent to a built-in sandbox that is gone; "
            f"continuing with a fresh one at {base_url}."
        )
    else:
        base_url = _resolve_base_url(ctx, job.base_url)
    if job.profile_name == EMBEDDED_SANDBOX_PROFILE and not args.base_url and not args.api_key_env:
        api_key = sandbox_key
    else:
        _check_reachable(ctx, base_url)
        api_key = _api_key(
            ctx,
            args,
            target=f"{destination.label} at {base_url}",
            profile=job.profile_name if job.profile_name != EMBEDDED_SANDBOX_PROFILE else None,
        )
    return base_url, api_key


def _job(journal: Any, job_id: str) -> Any:
    try:
        return journal.job(job_id)
    except KeyError as exc:
        raise CliError(str(exc.args[0]) if exc.args else f"No job {job_id}.") from None


def cmd_jobs(args: argparse.Namespace) -> int:
    """`backfill jobs [--json]`."""
    return _guarded(_jobs, args)


def _jobs(args: argparse.Namespace, ctx: Context) -> int:
    jobs = _open_journal(ctx).list_jobs()
    if args.json:
        shown = [j.as_dict() for j in jobs]
        for job in shown:  # a journal written by an older Backfill may still hold a quoted key
            job["last_error"] = ctx.redactor.redact(job["last_error"] or "") or job["last_error"]
        ctx.out.write(json.dumps(shown, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    if not jobs:
        ctx.say("No upload jobs yet.")
        return EXIT_OK
    head = (
        "JOB",
        "CREATED",
        "FILE",
        "DESTINATION",
        "STATE",
        "ROWS",
        "ACCEPTED",
        "REJECTED",
        "FAILED",
        "PENDING",
    )
    rows = [
        (
            j.id,
            local_minute(j.created_at),
            j.file_name,
            j.destination_id,
            j.state,
            _n(j.rows),
            _n(j.accepted),
            _n(j.rejected),
            _n(j.failed),
            _n(j.pending),
        )
        for j in jobs
    ]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        cells = [
            str(c).rjust(w) if i >= 5 else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        ctx.say("  ".join(cells).rstrip())
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """`backfill report JOB --out rejected.xlsx|csv`."""
    return _guarded(_report, args)


def _report(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.job_report import job_report
    from app.core.report import write_rejection_report

    journal = _open_journal(ctx)
    # A pair's part reports both parts, each line naming its part (the app's export too).
    report = job_report(journal, _job(journal, args.job).id)
    job, outcomes = report.job, report.outcomes
    try:
        path = write_rejection_report(outcomes, args.out, columns=report.columns)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"The report {args.out} cannot be written: {exc.strerror}.") from exc
    ctx.say(
        f"Wrote {plural(len(outcomes), 'row')} (rejected, failed and not sent) of job {job.id} "
        f"to {path}"
    )
    return EXIT_OK
