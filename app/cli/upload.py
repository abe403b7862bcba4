"""`backfill upload` (and the parser of `resume`, `jobs`, `report`): the upload engine from a
terminal or a script. Shared plumbing is in `context`, running a job in `run`, the commands on
earlier jobs in `jobs`.

Exit codes: 0 every row accepted; 1 some rows rejected, failed, invalid or still pending;
2 unusable input, refused key, unreachable or untrusted server, or rows already accepted in an
earlier job (without --allow-duplicates). Errors are one line on stderr, never a traceback
(`--log-file` records the details, with keys redacted).

Rows kept back by validation are stored with the job but never sent; reports list them with
state "invalid" next to the rejected and failed rows (default: data_dir()/reports/).
"""

from __future__ import annotations

import argparse
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.cli.context import (
    EMBEDDED_SANDBOX_PROFILE,
    CliError,
    Context,
    _api_key,
    _check_reachable,
    _confirm,
    _destination,
    _guarded,
    _load_words,
    _open_journal,
    _resolve_base_url,
    _saved_profile,
    _start_sandbox,
)
from app.cli.data import add_timestamp_unit_option
from app.cli.jobs import cmd_jobs, cmd_report, cmd_resume
from app.cli.pair import add_then_event_options, prepare_pair_job, run_pair_job, then_event_of
from app.cli.run import _check_report_target, _run_job
from app.core.words import estimated_duration, local_date, plural

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    """Add upload, resume, jobs and report to the `backfill` parser."""
    up = sub.add_parser(
        "upload",
        help="send a spreadsheet to a destination API",
        description="Load, map, validate and upload a spreadsheet. Without --base-url the "
        "built-in sandbox is started, so nothing leaves this computer.",
    )
    up.add_argument("file", help="CSV, TSV, XLSX, XLS, ODS, JSON or NDJSON file")
    up.add_argument(
        "--destination", "-d", required=True, help="destination id, e.g. vibefollow-events"
    )
    up.add_argument("--mapping", "-m", metavar="M.json", help="mapping template (else suggested)")
    up.add_argument("--save-mapping", metavar="M.json", help="save the mapping used as a template")
    add_then_event_options(up)
    add_timestamp_unit_option(up)
    up.add_argument("--sheet", help="workbook sheet name (default: the first)")
    up.add_argument("--header-row", type=int, metavar="N", help="row number of the column names")
    up.add_argument("--report", metavar="OUT.csv|xlsx", help="where to write rejected rows")
    up.add_argument("--canary", type=int, metavar="N", help="send the first N rows and confirm")
    up.add_argument("--yes", "-y", action="store_true", help="confirm the canary without asking")
    up.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="send rows this destination already accepted in an earlier job",
    )
    _connection_args(up)
    up.set_defaults(handler=cmd_upload)

    res = sub.add_parser(
        "resume",
        help="continue an interrupted upload job",
        description="Continue a job after a crash, Ctrl-C or a refused key; rows accepted "
        "before are not sent again.",
    )
    res.add_argument("job", help="job id (or a unique prefix) from `backfill jobs`")
    res.add_argument("--retry-failed", action="store_true", help="also re-send failed rows")
    res.add_argument("--report", metavar="OUT.csv|xlsx", help="where to write rejected rows")
    _connection_args(res)
    res.set_defaults(handler=cmd_resume)

    jobs = sub.add_parser("jobs", help="list upload jobs", description="List upload jobs.")
    jobs.add_argument("--json", action="store_true", help="machine-readable output")
    jobs.set_defaults(handler=cmd_jobs)

    rep = sub.add_parser(
        "report",
        help="export a job's rejected and failed rows",
        description="Write a job's rejected and failed rows (original columns first) to CSV "
        "or XLSX; fix them and load the file again with the same mapping.",
    )
    rep.add_argument("job", help="job id (or a unique prefix)")
    rep.add_argument("--out", "-o", required=True, metavar="OUT.csv|xlsx")
    rep.set_defaults(handler=cmd_report)


def _connection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--base-url", metavar="URL", help="API base URL (default: built-in sandbox)")
    p.add_argument("--api-key-env", metavar="VAR", help="read the API key from this env variable")
    p.add_argument("--profile", metavar="NAME", help="use the key stored for this profile")
    p.add_argument("--concurrency", type=int, metavar="N", help="fixed parallel requests")
    p.add_argument("--log-file", metavar="PATH", help="write a debug log (keys redacted)")


def cmd_upload(args: argparse.Namespace) -> int:
    """`backfill upload FILE --destination D …`."""
    return _guarded(_upload, args)


def _upload(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path} does not exist or is not a file.")
    destination = _destination(args.destination)
    if args.canary is not None and args.canary < 1:
        raise CliError("--canary needs a number of rows of 1 or more.")
    if args.concurrency is not None and args.concurrency < 1:
        raise CliError("--concurrency needs 1 or more.")
    _check_report_target(args)  # before anything is sent, not after
    _check_then_event(args, destination)

    sliced = _open(ctx, path, args)
    mapping, then = _mapping(ctx, args, sliced.first, destination)
    base_url, api_key, profile = _connection(ctx, args, destination)
    journal = _open_journal(ctx)
    if then is not None:
        return _upload_pair(ctx, args, journal, sliced, mapping, then, (base_url, api_key, profile))
    earlier = journal.accepted_prefixes(destination.id, base_url)
    from app.core.preparation import sends_while_preparing

    if sends_while_preparing(args.canary, args.allow_duplicates or not earlier.prefixes.size):
        # No row can be one this destination accepted before (or the operator allows it), and
        # no canary to confirm first: send each block as soon as it is written.
        return _send_while_preparing(
            ctx, args, journal, sliced, mapping, destination, base_url, api_key, profile
        )
    prepared = _prepare(ctx, journal, sliced, mapping, destination, base_url, profile, earlier)
    if prepared.accepted_before:
        count, earlier = prepared.accepted_before, prepared.accepted_last_active
        when = f" on {local_date(earlier)}" if earlier else ""
        ctx.say(
            f"Warning: {plural(count, 'row')} of this file {'was' if count == 1 else 'were'} "
            f"already accepted by {destination.label} at {base_url} in an earlier job{when}."
        )
        if not args.allow_duplicates and not _confirm("Send them again anyway?"):
            journal.discard_job(prepared.job_id)
            raise CliError(
                "Stopped before sending to avoid duplicates: pass --allow-duplicates to send "
                "them anyway, or `backfill resume JOB` to continue an earlier job."
            )
    _print_estimate(ctx, prepared.rows, destination, args.concurrency)
    ctx.say(
        f"Job {prepared.job_id}: {plural(prepared.rows, 'row')} → {destination.label} at {base_url}"
    )
    return _run_job(
        ctx,
        args,
        journal,
        prepared.job_id,
        destination,
        base_url=base_url,
        api_key=api_key,
        canary=args.canary,
    )


def _check_then_event(args: argparse.Namespace, destination: Any) -> None:
    from app.core.pair import events_destination_for

    asked = args.then_event or args.event_name_column or args.event_time or args.event_property
    if asked and events_destination_for(destination.id) is None:
        raise CliError(
            "--then-event (and --event-…) need a users destination such as vibefollow-users, "
            f"not {destination.id}."
        )


def _upload_pair(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    sliced: Any,
    mapping: Any,
    then: Any,
    connection: tuple[str, str, str],
) -> int:
    """The users of the sheet, then an event for each user accepted (`--then-event`)."""
    from app.core.pair import discard_pair

    base_url, api_key, profile = connection
    prepared = prepare_pair_job(ctx, journal, sliced, mapping, then, base_url, profile)
    if prepared.accepted_before:
        count = prepared.accepted_before
        ctx.say(
            f"Warning: {plural(count, 'row')} of this file (users and events) "
            f"{'was' if count == 1 else 'were'} already accepted at {base_url} in an earlier job."
        )
        if not args.allow_duplicates and not _confirm("Send them again anyway?"):
            discard_pair(journal, prepared.pair)
            raise CliError(
                "Stopped before sending to avoid duplicates: pass --allow-duplicates to send "
                "them anyway, or `backfill resume JOB` to continue an earlier job."
            )
    pair = prepared.pair
    ctx.say(
        f"Job {pair.users_job}: {plural(prepared.users.rows, 'user')}, then "
        f"{plural(prepared.events.rows, 'event')} (job {pair.events_job}) at {base_url}"
    )
    return run_pair_job(
        ctx, args, journal, pair, base_url=base_url, api_key=api_key, canary=args.canary
    )


def _open(ctx: Context, path: Path, args: argparse.Namespace) -> Any:
    """The file, opened to be read a slice at a time (a small file is one slice)."""
    from app.core.sources import LoadError
    from app.core.stream import open_sliced

    try:
        sliced = open_sliced(path, sheet=args.sheet, header_row=args.header_row)
    except LoadError as exc:
        raise CliError(_load_words(exc)) from exc
    first = sliced.first
    if not sliced.streamed and len(first) == 0:
        raise CliError(
            f"{path.name} has no data rows below the header (row {first.info.header_row}); "
            "nothing to send. Check the file, or choose the header row with --header-row."
        )
    if sliced.streamed:
        ctx.say(f"Read {path.name}: {sliced.reading_words()}")
    else:
        columns = plural(len(sliced.headers), "column")
        sheet = f" (sheet '{sliced.info.sheet}')" if sliced.info.sheet else ""
        ctx.say(f"Read {path.name}: {plural(len(first), 'row')} × {columns}{sheet}")
    for warning in sliced.warnings:
        ctx.say(f"  note: {warning}")
    if args.sheet and sliced.info.sheet is None:
        ctx.say(f"  note: --sheet is ignored: {path.name} is not a workbook.")
    return sliced


def _connection(ctx: Context, args: argparse.Namespace, destination: Any) -> tuple[str, str, str]:
    """(base URL, API key, profile name) from --base-url/--profile, or the built-in sandbox."""
    saved = _saved_profile(args.profile, destination.id)
    if args.profile and saved is None and not args.base_url:
        # Not silently to the sandbox: a mistyped production profile must not look like success.
        raise CliError(
            f"There is no saved profile named '{args.profile}'. Check the name (profiles are "
            "made in the app), or give --base-url with it."
        )
    if saved is not None and not args.base_url and not saved.is_sandbox_placeholder:
        args.base_url = saved.base_url
        kind = saved.kind.upper() if saved.kind == "production" else saved.kind
        ctx.say(f"Profile '{saved.name}' ({kind}): {destination.label} at {saved.base_url}")
    if args.base_url:
        base_url = _resolve_base_url(ctx, args.base_url)
        profile = args.profile or ""
        _check_reachable(ctx, base_url)
        api_key = _api_key(ctx, args, target=f"{destination.label} at {base_url}", profile=profile)
        return base_url, api_key, profile
    base_url, sandbox_key = _start_sandbox(ctx)
    ctx.say(
        f"No --base-url: sending to the built-in sandbox at {base_url} (nothing leaves this computer)."
    )
    api_key = (
        _api_key(ctx, args, target="the sandbox", profile=None) if args.api_key_env else sandbox_key
    )
    return base_url, api_key, EMBEDDED_SANDBOX_PROFILE


def _prepare(
    ctx: Context,
    journal: Any,
    sliced: Any,
    mapping: Any,
    destination: Any,
    base_url: str,
    profile: str,
    earlier: Any,
) -> Any:
    """Validate the file slice by slice while writing the job (one pass over the file), all
    of it before anything is sent: the duplicate guard's question comes first."""
    from app.cli.preparing import check_some_valid, preparation_error, print_validation
    from app.core.jobs import prepare_job
    from app.core.tally import ValidationTally, validated_slices

    tally = ValidationTally()
    now = datetime.now(UTC)
    source = _source(sliced, mapping, destination, base_url, profile, now)
    try:
        prepared = prepare_job(
            journal, source, validated_slices(sliced, mapping, tally, now=now), earlier=earlier
        )
    except Exception as exc:
        raise preparation_error(exc) from exc
    print_validation(ctx, tally)
    check_some_valid(journal, prepared.job_id, prepared.rows, tally, destination)
    return prepared


def _send_while_preparing(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    sliced: Any,
    mapping: Any,
    destination: Any,
    base_url: str,
    api_key: str,
    profile: str,
) -> int:
    """Read, validate and write the file on a worker thread while the engine sends each
    committed block (see `app.core.preparation`)."""
    from app.cli.preparing import settled
    from app.core.job_times import JobTimes
    from app.core.preparation import Preparation
    from app.core.tally import ValidationTally, validated_slices

    tally = ValidationTally()
    times = JobTimes()  # the receipt's event times, counted as the file is validated
    now = datetime.now(UTC)
    source = _source(sliced, mapping, destination, base_url, profile, now)
    job_id = journal.begin_job(source)
    if not sliced.streamed:  # read whole: its rows are known before they are validated
        _print_estimate(ctx, len(sliced.first), destination, args.concurrency)
    ctx.say(
        f"Job {job_id}: {destination.label} at {base_url}, sending while the file is "
        "validated and written"
    )

    preparation = Preparation(
        journal,
        job_id,
        times.counted(validated_slices(sliced, mapping, tally, now=now)),
        settled=settled(ctx, journal, job_id, tally, destination),
    )
    preparation.start()
    return _run_job(
        ctx,
        args,
        journal,
        job_id,
        destination,
        base_url=base_url,
        api_key=api_key,
        preparation=preparation,
        histogram=lambda: counted_histogram(times, preparation),
    )


def counted_histogram(times: Any, preparation: Any) -> Any:
    """The receipt's events over time as counted while the job was prepared; "read" (from
    the journal) unless the preparation wrote the whole file (stopped or failed part-way, it
    counted rows the job may not hold)."""
    return times.histogram() if preparation.result is not None else "read"


def _source(
    sliced: Any, mapping: Any, destination: Any, base_url: str, profile: str, now: datetime
) -> Any:
    """The job's source, with the validation time (a resumed preparation validates the same)."""
    from app.core.jobs import job_source
    from app.core.preparation import continuable_source

    source = job_source(
        sliced.first,
        mapping,
        destination_id=destination.id,
        base_url=base_url,
        profile_name=profile,
    )
    return continuable_source(source, now)


def _mapping(
    ctx: Context, args: argparse.Namespace, table: Any, destination: Any
) -> tuple[Any, Any]:
    """The mapping (a template's, or suggested) and its event part (None: users only)."""
    from app.core.fields import get_schema
    from app.core.mapping import load_template, save_template, suggest_mapping
    from app.core.report import exclude_report_columns, report_extra_columns
    from app.core.template_choice import choice_for
    from app.core.value_maps import value_map_lines

    schema = get_schema(destination.id)
    headers = table.headers
    if args.mapping:
        try:
            template = load_template(args.mapping)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        if template.mapping.destination != destination.id:
            raise CliError(
                f"The mapping {Path(args.mapping).name} is for '{template.mapping.destination}', "
                f"not '{destination.id}'."
            )
        # The same choice as the app's "Load template…": one rule for CLI and GUI.
        applied = choice_for(template, headers).application
        from_template = applied.then_event
        ctx.say(f"Mapping '{template.name}': {applied.summary()}")
        mapping = applied.mapping
        for line in value_map_lines(mapping):
            ctx.say(f"  Values of {line}")
    else:
        from_template = None
        suggestion = suggest_mapping(table, schema)
        mapping = suggestion.mapping
        _kind_note(ctx, suggestion, destination)
        ctx.say(f"Suggested mapping for {schema.label} (save it with --save-mapping FILE):")
        width = max(len(spec.label) for spec in schema.fields) + 2
        for spec in schema.fields:
            source = mapping.source(spec.name)
            hint = suggestion.fields.get(spec.name)
            label = (spec.label + (" *" if spec.required else "")).ljust(width)
            if source.kind == "column":
                word = f"  ({hint.word})" if hint is not None else ""
                ctx.say(f"  {label} ← '{source.column}'{word}")
            elif source.kind == "constant":
                ctx.say(f"  {label} = '{source.constant}'")
            else:
                ctx.say(f"  {label}   (no column)")
        for note in suggestion.date_notes:
            ctx.say(f"  note: {note.message}")
    if getattr(args, "timestamp_unit", None):
        mapping = mapping.with_number_unit(args.timestamp_unit)
        ctx.say(f"  Timestamp numbers read as {args.timestamp_unit} (--timestamp-unit)")
    if report_extra_columns(headers):
        mapping = exclude_report_columns(mapping, headers)
        ctx.say(
            "  This is a Backfill rejection report: its Row/Field/Code/Reason/State columns are not sent."
        )
    extras = mapping.extra_plan(headers)
    if extras:
        keys = ", ".join(p.key for p in extras[:8]) + (", …" if len(extras) > 8 else "")
        ctx.say(f"  Other columns → {schema.extras_key}: {keys}")
    missing = mapping.missing_required()
    if missing:
        names = ", ".join(spec.label for spec in missing)
        raise CliError(
            f"No column for the required field(s) {names}. Pass --mapping M.json "
            "(make one in the app, or edit a file saved with --save-mapping)."
        )
    then = then_event_of(args, from_template, list(headers))
    if args.save_mapping:
        try:
            save_template(mapping, headers, args.save_mapping, then_event=then)
        except OSError as exc:
            raise CliError(
                f"The mapping {args.save_mapping} cannot be written: {exc.strerror}."
            ) from exc
        ctx.say(f"  Mapping saved to {args.save_mapping}")
    return mapping, then


def _kind_note(ctx: Context, suggestion: Any, destination: Any) -> None:
    """Say so when the file looks like the other kind of record than --destination takes (the
    app picks the destination from the same guess; here the operator chose it)."""
    from app.core.fields import get_schema
    from app.core.file_kind import destination_for

    guess = suggestion.file_kind
    if guess is None or guess.kind is None:
        return
    other = destination_for(guess.kind, destination.id)
    if other != destination.id:
        takes = "users" if get_schema(destination.id).record_kind == "user" else "events"
        ctx.say(
            f"  note: this file looks like {guess.describe()} ({guess.reason}), but "
            f"{destination.label} takes {takes}; did you mean --destination {other}?"
        )


def _print_estimate(ctx: Context, rows: int, destination: Any, concurrency: int | None) -> None:
    from app.core.uploader import estimate

    est = estimate(rows, destination, concurrency=concurrency or 8)
    ctx.say(
        f"Estimate: {plural(rows, 'row')} → {plural(est.requests, 'request')} → "
        f"about {estimated_duration(max(1.0, est.seconds))}; {est.note}"
    )
