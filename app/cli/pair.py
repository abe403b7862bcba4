"""`backfill upload … --then-event NAME` and the resume of such a job: users and their events
from one sheet (`app.core.pair`). Preparing both parts, sending them (users first, each
event after its user was accepted), and telling how each row ended: the pair of outcomes."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from app.cli.context import EXIT_INCOMPLETE, CliError, Context, _confirm, _load_words, _n
from app.cli.progress_line import ProgressLine
from app.cli.run import Interrupts, _cheap_exit, _default_report, _print_groups, cli_settings
from app.core.words import plural


def add_then_event_options(p: argparse.ArgumentParser) -> None:
    """The event part of a users upload (also read from a template's `then_event`)."""
    p.add_argument(
        "--then-event",
        metavar="NAME",
        help="with a users destination: also send this event for each user accepted "
        "(e.g. user_signed_up)",
    )
    p.add_argument("--event-name-column", metavar="COLUMN", help="the event's name from a column")
    p.add_argument("--event-time", metavar="COLUMN", help="the event's timestamp column")
    p.add_argument(
        "--event-property",
        metavar="COLUMN",
        action="append",
        default=[],
        help="a column sent as an event property (repeat for more)",
    )


def then_event_of(args: argparse.Namespace, from_template: Any, headers: list[str]) -> Any:
    """The event part asked for: the template's, changed by the flags given (None: none)."""
    from dataclasses import replace

    from app.core.mapping import FieldSource, ThenEvent

    flags = (args.then_event, args.event_name_column, args.event_time, args.event_property)
    if from_template is None and not any(flags):
        return None
    then = from_template or ThenEvent()
    if args.then_event:
        then = replace(then, name=args.then_event, name_column=None)
    if args.event_name_column:
        then = replace(then, name_column=args.event_name_column)
    if args.event_time:
        then = replace(then, time=FieldSource.from_column(args.event_time))
    if args.event_property:
        then = replace(then, properties=tuple(args.event_property))
    problem = then.problem(headers)
    if problem:
        raise CliError(problem)
    return then


def prepare_pair_job(
    ctx: Context,
    journal: Any,
    sliced: Any,
    mapping: Any,
    then: Any,
    base_url: str,
    profile: str,
) -> Any:
    """Validate the sheet for each part while writing it (users, then events); say how each
    part validated. Raises CliError when no user row is valid."""
    from app.cli.preparing import print_validation
    from app.core.jobs import job_source
    from app.core.mapping import event_mapping
    from app.core.pair import discard_pair, prepare_pair
    from app.core.sources import LoadError
    from app.core.stream import open_sliced
    from app.core.tally import ValidationTally, validated_slices
    from app.core.validate import MappingProblem

    events = event_mapping(mapping, then)
    info = sliced.info
    again = (
        open_sliced(info.path, sheet=info.sheet, header_row=info.header_row)
        if sliced.streamed
        else sliced
    )
    tallies = ValidationTally(), ValidationTally()

    def source(part: Any) -> Any:
        return job_source(
            sliced.first,
            part,
            destination_id=part.destination,
            base_url=base_url,
            profile_name=profile,
        )

    try:
        prepared = prepare_pair(
            journal,
            source(mapping),
            validated_slices(sliced, mapping, tallies[0]),
            source(events),
            validated_slices(again, events, tallies[1]),
            earlier=(
                journal.accepted_prefixes(mapping.destination, base_url),
                journal.accepted_prefixes(events.destination, base_url),
            ),
        )
    except MappingProblem as exc:
        raise CliError(str(exc)) from exc
    except LoadError as exc:
        raise CliError(_load_words(exc)) from exc
    for word, tally in zip(("Users", "Events"), tallies, strict=True):
        ctx.say(f"{word}:")
        print_validation(ctx, tally)
    if not prepared.users.rows:
        discard_pair(journal, prepared.pair)
        raise CliError(f"None of the {_n(tallies[0].rows)} rows is a valid user; nothing to send.")
    ctx.say(
        f"Then for each user accepted: the event '{then.name_column or then.name}'"
        + (f" at '{then.time.column}'" if then.time.kind == "column" else "")
    )
    return prepared


def run_pair_job(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    pair: Any,
    *,
    base_url: str,
    api_key: str,
    canary: int | None = None,
) -> int:
    """Send the pair (a canary of each part first if asked), then report, receipts, exit code."""
    from app.core.destinations import get_destination
    from app.core.journal import JobBusy
    from app.core.pair_outcomes import pair_summary
    from app.core.pair_run import PairRun
    from app.core.uploader import Uploader

    line = ProgressLine(ctx.out)
    interrupted = False
    _cheap_exit()

    def make_uploader(job_id: str) -> Any:
        destination = get_destination(journal.job(job_id).destination_id)
        return Uploader(
            destination,
            journal,
            job_id,
            base_url=base_url,
            api_key=api_key,
            settings=cli_settings(destination, args.concurrency),
            on_progress=line.update,
        )

    def on_part(part: str) -> None:
        line.finish()
        ctx.say("Sending the users…" if part == "users" else "Sending their events…")

    async def send(limit_rows: int | None) -> bool:
        nonlocal interrupted
        run = PairRun(journal, pair, make_uploader, on_part=on_part)
        guard = Interrupts(ctx, lambda: run.stop_after_in_flight(state="cancelled"), run.cancel)
        with guard.installed(asyncio.get_running_loop()):
            try:
                return await run.run(limit_rows=limit_rows)
            except asyncio.CancelledError:
                return False
            except JobBusy as exc:
                raise CliError(str(exc)) from exc
            finally:
                interrupted = interrupted or guard.count > 0
                line.finish()

    if canary:
        ctx.say(f"Canary: the first {plural(canary, 'user')} and their events…")
        reached = asyncio.run(send(canary))
        summary = pair_summary(journal, pair)
        ctx.say(f"Canary result: {summary.counts_line()}")
        if not reached or interrupted:
            return finish_pair(ctx, args, journal, pair, interrupted=interrupted)
        left = summary.users.pending + summary.events.pending
        if left and not (args.yes or _confirm(f"Send the remaining {_n(left)} rows?")):
            ctx.say(f"Stopped after the canary. Continue with: backfill resume {pair.users_job}")
            return EXIT_INCOMPLETE
    asyncio.run(send(None))
    return finish_pair(ctx, args, journal, pair, interrupted=interrupted)


def finish_pair(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    pair: Any,
    *,
    interrupted: bool,
) -> int:
    """Both parts' totals, the report of rows not delivered whole (which part, why), a
    receipt per part once nothing is pending; the exit code is the pair's verdict."""
    from app.core.job_report import job_report
    from app.core.jobstate import Verdict
    from app.core.pair_outcomes import pair_verdict
    from app.core.receipt import write_receipt
    from app.core.report import write_rejection_report

    report = job_report(journal, pair.users_job)
    summary = report.pair
    assert summary is not None
    ctx.say(f"Done: {summary.counts_line()}")
    if summary.users.invalid:
        ctx.say(f"  {plural(summary.users.invalid, 'user row')} failed validation, not sent")
    outcomes = report.outcomes
    _print_groups(ctx, outcomes)
    report_path = None
    if outcomes:
        target = (
            Path(args.report) if getattr(args, "report", None) else _default_report(pair.users_job)
        )
        try:
            write_rejection_report(outcomes, target, columns=report.columns)
        except (ValueError, OSError) as exc:
            raise CliError(f"The report {target} cannot be written: {exc}.") from exc
        report_path = str(target)
        ctx.say(f"Report of rows not delivered (the part and its reason): {target}")
    ending = pair_verdict(summary)
    if ending in (Verdict.STOPPED, Verdict.UNFINISHED):
        reason = summary.users.last_error or summary.events.last_error
        why = "interrupted" if interrupted else f"stopped ({reason})" if reason else "paused"
        ctx.say(f"Job {pair.users_job} {why}. Continue with: backfill resume {pair.users_job}")
        return ending.exit_code
    for job_id in (pair.users_job, pair.events_job):
        _, txt = write_receipt(journal, job_id, report_path=report_path)
        ctx.say(f"Receipt: {txt}")
    if summary.waiting_for_users:
        ctx.say(
            f"{plural(summary.waiting_for_users, 'event')} wait for users that failed; send "
            f"them again with: backfill resume {pair.users_job} --retry-failed"
        )
    elif summary.users.failed or summary.events.failed:
        ctx.say(
            f"Failed rows can be sent again with: backfill resume {pair.users_job} --retry-failed"
        )
    return ending.exit_code


def resume_pair(ctx: Context, args: argparse.Namespace, journal: Any, pair: Any) -> Any:
    """A pair to resume: None when its preparation was cut short (dropped, nothing sent)."""
    from app.core.resume import drop_if_unready, retry_failed

    if drop_if_unready(journal, pair.users_job):
        raise CliError(
            f"Job {pair.users_job} was being prepared with its events when Backfill stopped; "
            "nothing of it was sent and it has been removed. Upload the file again."
        )
    if args.retry_failed:
        n = retry_failed(journal, pair.users_job)
        ctx.say(f"{plural(n, 'failed row')} will be sent again.")
    return pair
