"""`backfill upload`, `resume`, `jobs` and `report`: the upload engine from a terminal or a script.

Exit codes: 0 every row accepted; 1 some rows rejected, failed, invalid or still pending;
2 unusable input, refused key, unreachable or untrusted server, or rows already accepted in an
earlier job (without --allow-duplicates). Errors are one line on stderr, never a traceback
(`--log-file` records the details, with keys redacted).

Rows kept back by validation are stored with the job but never sent; reports list them with
state "invalid" next to the rejected and failed rows (default: data_dir()/reports/).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.output import ClosedPipeSafe, closed_pipe_safe_stdio
from app.cli.progress_line import ProgressLine, format_seconds
from app.core.appdirs import data_dir
from app.core.secrets import (
    RedactingFilter,
    SecretError,
    SecretStore,
    install_redacting_filter,
    uninstall_redacting_filter,
)
from app.core.urls import BaseURLError, check_base_url

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_UNUSABLE = 2

# Recorded as the profile of jobs sent to the sandbox this command started itself.
EMBEDDED_SANDBOX_PROFILE = "embedded-sandbox"
REPORTS_DIR = "reports"


class CliError(Exception):
    """Stops the command with a one-line reason and an exit code (2 unless told otherwise)."""

    def __init__(self, message: str, code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.code = code


# --- argument parsing ------------------------------------------------------------------------


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


# --- shared plumbing -------------------------------------------------------------------------


@dataclass
class Context:
    """Per-command state: output, the key store, the redactor, and resources to close."""

    redactor: RedactingFilter = field(default_factory=RedactingFilter)
    secrets: SecretStore | None = None
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    out: Any = field(default_factory=lambda: ClosedPipeSafe(sys.stdout))

    def __post_init__(self) -> None:
        if self.secrets is None:
            self.secrets = SecretStore(redactor=self.redactor)

    def say(self, text: str = "") -> None:
        print(self.redactor.redact(text), file=self.out, flush=True)


def _guarded(body: Callable[[argparse.Namespace, Context], int], args: argparse.Namespace) -> int:
    """Run a command: set up redacted logging, turn every failure into one line and a code."""
    with closed_pipe_safe_stdio():  # `| head` (stderr too, with 2>&1) never changes the code
        ctx = Context()
        setup: LoggingSetup | None = None
        try:
            setup = _setup_logging(ctx.redactor, getattr(args, "log_file", None))
            return body(args, ctx)
        except CliError as exc:
            print(f"backfill: {ctx.redactor.redact(str(exc))}", file=sys.stderr, flush=True)
            return exc.code
        except KeyboardInterrupt:
            print("backfill: interrupted", file=sys.stderr, flush=True)
            return EXIT_INCOMPLETE
        except Exception as exc:  # the last line of defence: a reason, never a traceback
            log.debug("unexpected error", exc_info=True)  # the traceback goes to --log-file only
            reason = ctx.redactor.redact(f"{type(exc).__name__}: {exc}")
            print(f"backfill: unexpected error ({reason})", file=sys.stderr, flush=True)
            return EXIT_UNUSABLE
        finally:
            for cleanup in reversed(ctx.cleanups):
                with contextlib.suppress(Exception):
                    cleanup()
            if setup is not None:
                _teardown_logging(ctx.redactor, setup)


@dataclass
class LoggingSetup:
    """What `_setup_logging` changed, so it can be undone (commands also run in-process)."""

    handlers: list[logging.Handler]
    root_level: int


def _setup_logging(redactor: RedactingFilter, log_file: str | None) -> LoggingSetup:
    root = logging.getLogger()
    setup = LoggingSetup([], root.level)
    handlers = setup.handlers
    # Warnings from the libraries go to stderr, through the redactor like everything else.
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.ERROR)
    console.setFormatter(logging.Formatter("backfill: %(message)s"))
    handlers.append(console)
    if log_file:
        try:
            file_handler = logging.FileHandler(log_file, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"The log file {log_file} cannot be written: {exc.strerror}.") from exc
        file_handler.setLevel(logging.DEBUG)
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        handlers.append(file_handler)
        root.setLevel(logging.DEBUG)
    for handler in handlers:
        handler.addFilter(redactor)
        root.addHandler(handler)
    install_redacting_filter(redactor)
    return setup


def _teardown_logging(redactor: RedactingFilter, setup: LoggingSetup) -> None:
    root = logging.getLogger()
    for handler in setup.handlers:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(setup.root_level)
    uninstall_redacting_filter(redactor)


def _is_tty() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _confirm(question: str) -> bool:
    """Ask on a terminal; anything but yes is no. Never asks when not interactive."""
    if not _is_tty():
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _open_journal(ctx: Context) -> Any:
    import sqlite3

    from app.core.appdirs import data_dir
    from app.core.journal import open_or_set_aside

    try:
        journal = open_or_set_aside()
    except sqlite3.DatabaseError as exc:
        where = data_dir() / "journal.sqlite3"
        # Damage is handled by setting the file aside; what is left is busy or unreadable.
        raise CliError(
            f"The upload journal {where} cannot be opened ({exc}). If another Backfill is "
            "using it, wait for it to finish, then run the command again."
        ) from exc
    except OSError as exc:  # the data folder is a file, read-only, or on a missing drive
        where = Path(exc.filename or "")
        why = "it is a file, not a folder" if where.is_file() else exc.strerror or "unusable"
        raise CliError(
            f"Backfill cannot use its data folder {where} ({why}). "
            "Set BACKFILL_DATA_DIR to a folder you can write to."
        ) from exc
    ctx.cleanups.append(journal.close)
    if journal.recovery_note:
        # On stderr: `backfill jobs --json` stays parseable.
        print(f"backfill: {journal.recovery_note}", file=sys.stderr, flush=True)
    return journal


def _destination(dest_id: str) -> Any:
    from app.core.destinations import DESTINATION_IDS, get_destination

    try:
        return get_destination(dest_id)
    except KeyError:
        raise CliError(
            f"Unknown destination '{dest_id}'. Choose one of: {', '.join(DESTINATION_IDS)}."
        ) from None


def _start_sandbox(ctx: Context) -> tuple[str, str]:
    """Start the built-in sandbox in this process; returns (base_url, its api key)."""
    from app.sandbox import DEFAULT_API_KEY, SandboxServer

    server = SandboxServer()
    url = server.start()
    ctx.cleanups.append(server.stop)
    ctx.redactor.add_secret(DEFAULT_API_KEY)
    return url, DEFAULT_API_KEY


def _resolve_base_url(ctx: Context, given: str | None) -> str:
    try:
        return check_base_url(given or "")
    except BaseURLError as exc:
        raise CliError(str(exc)) from exc


def _api_key(ctx: Context, args: argparse.Namespace, *, target: str, profile: str | None) -> str:
    """The key from --api-key-env, else the keyring entry of the profile, else a prompt."""
    secrets = ctx.secrets
    assert secrets is not None
    if args.api_key_env:
        try:
            return secrets.from_env(args.api_key_env)
        except SecretError as exc:
            raise CliError(str(exc)) from exc
    name = args.profile or profile
    if name:
        key = secrets.get(name)
        if key:
            return key
        if args.profile:
            raise CliError(
                f"No key is stored for profile '{name}'. Save one in the app, "
                "or pass --api-key-env VAR."
            )
    if _is_tty():
        import getpass

        key = getpass.getpass(f"API key for {target} (used for this run only): ").strip()
        if key:
            ctx.redactor.add_secret(key)
            return key
    raise CliError(f"No API key for {target}: pass --api-key-env VAR (an environment variable).")


def _saved_profile(name: str | None, destination_id: str) -> Any:
    """The saved profile called `name` (None if there is none); it must match the destination."""
    if not name:
        return None
    from app.core.profiles import ProfileError, ProfileStore

    try:
        profile = ProfileStore().get(name)
    except ProfileError:
        return None  # just a key name in the keyring
    if profile.destination_id != destination_id:
        raise CliError(f"Profile '{name}' is for {profile.destination_id}, not {destination_id}.")
    return profile


def _check_reachable(ctx: Context, base_url: str) -> None:
    from app.core.reachability import ConnectionProblem, check_reachable
    from app.core.transport import proxy_sentence

    proxy = proxy_sentence(base_url)
    if proxy:
        ctx.say(f"{proxy}.")  # said first, so it is seen even when the proxy fails
    try:
        check_reachable(base_url)
    except ConnectionProblem as exc:
        raise CliError(str(exc)) from exc


def _n(value: int) -> str:
    return f"{value:,}"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


# --- upload ----------------------------------------------------------------------------------


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

    sliced = _open(ctx, path, args)
    mapping = _mapping(ctx, args, sliced.first, destination)
    base_url, api_key, profile = _connection(ctx, args, destination)
    journal = _open_journal(ctx)
    prepared = _prepare(ctx, journal, sliced, mapping, destination, base_url, profile)
    if prepared.accepted_before:
        count, earlier = prepared.accepted_before, prepared.accepted_last_active
        when = f" on {_local_day(earlier)}" if earlier else ""
        ctx.say(
            f"Warning: {_plural(count, 'row')} of this file {'was' if count == 1 else 'were'} "
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
        f"Job {prepared.job_id}: {_plural(prepared.rows, 'row')} → {destination.label} at "
        f"{base_url}"
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
        columns = _plural(len(sliced.headers), "column")
        sheet = f" (sheet '{sliced.info.sheet}')" if sliced.info.sheet else ""
        ctx.say(f"Read {path.name}: {_plural(len(first), 'row')} × {columns}{sheet}")
    for warning in sliced.warnings:
        ctx.say(f"  note: {warning}")
    if args.sheet and sliced.info.sheet is None:
        ctx.say(f"  note: --sheet is ignored: {path.name} is not a workbook.")
    return sliced


def _load_words(exc: Exception) -> str:
    hint = getattr(exc, "hint", "")
    message = getattr(exc, "message", None) or str(exc)
    return f"{message} {hint}".strip()


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
) -> Any:
    """Validate the file slice by slice while writing the job: one pass over the file."""
    from app.core.jobs import job_source, prepare_job
    from app.core.sources import LoadError
    from app.core.tally import ValidationTally, validated_slices
    from app.core.validate import MappingProblem

    tally = ValidationTally()
    source = job_source(
        sliced.first,
        mapping,
        destination_id=destination.id,
        base_url=base_url,
        profile_name=profile,
    )
    try:
        prepared = prepare_job(
            journal,
            source,
            validated_slices(sliced, mapping, tally),
            earlier=journal.accepted_prefixes(destination.id, base_url),
        )
    except MappingProblem as exc:
        raise CliError(str(exc)) from exc
    except LoadError as exc:
        raise CliError(_load_words(exc)) from exc
    _print_validation(ctx, tally)
    if not prepared.rows:
        journal.discard_job(prepared.job_id)
        raise CliError(
            f"None of the {_n(tally.rows)} rows is valid for {destination.label}; nothing to send."
        )
    return prepared


def _print_validation(ctx: Context, tally: Any) -> None:
    ctx.say(f"Validated: {tally.summary_line()}")
    for note in tally.notes:
        ctx.say(f"  note: {note}")
    groups = tally.sorted_groups()
    for group in groups[:6]:
        kind = "not sent" if group.severity == "error" else "warning"
        ctx.say(f"  {kind}: {group.message}")
    if len(groups) > 6:
        ctx.say(f"  … and {_plural(len(groups) - 6, 'more problem')}")


def _mapping(ctx: Context, args: argparse.Namespace, table: Any, destination: Any) -> Any:
    from app.core.fields import get_schema
    from app.core.mapping import apply_template, load_template, save_template, suggest_mapping
    from app.core.report import exclude_report_columns, report_extra_columns

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
        applied = apply_template(template, headers)
        ctx.say(f"Mapping '{template.name}': {applied.summary()}")
        mapping = applied.mapping
    else:
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
    if args.save_mapping:
        try:
            save_template(mapping, headers, args.save_mapping)
        except OSError as exc:
            raise CliError(
                f"The mapping {args.save_mapping} cannot be written: {exc.strerror}."
            ) from exc
        ctx.say(f"  Mapping saved to {args.save_mapping}")
    return mapping


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
        f"Estimate: {_plural(rows, 'row')} → {_plural(est.requests, 'request')} → "
        f"about {format_seconds(max(1.0, est.seconds))}; {est.note}"
    )


# --- running a job ---------------------------------------------------------------------------


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
) -> int:
    """Send the job's pending rows (canary first if asked), then report, receipt, exit code."""
    from app.core.journal import JobBusy

    line = ProgressLine(ctx.out)
    interrupted = False

    def make_uploader() -> Any:
        from app.core.uploader import Uploader, UploadSettings

        settings = (
            UploadSettings.fixed_concurrency(args.concurrency)
            if args.concurrency
            else UploadSettings()
        )
        return Uploader(
            destination,
            journal,
            job_id,
            base_url=base_url,
            api_key=api_key,
            settings=settings,
            on_progress=line.update,
        )

    async def send(limit_rows: int | None) -> Any:
        nonlocal interrupted
        uploader = make_uploader()

        def stop_after_in_flight() -> None:
            # The engine's orderly stop (as the GUI's pause-and-close and a refused key): the
            # answers in flight are recorded, then run() returns; the job stays resumable.
            uploader.stop_after_in_flight(state="cancelled")

        guard = Interrupts(ctx, stop_after_in_flight, uploader.cancel)
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
        ctx.say(f"Canary: sending the first {_plural(canary, 'row')}…")
        asyncio.run(send(canary))
        line.finish()
        job = journal.job(job_id)
        ctx.say(
            f"Canary result: {_n(job.accepted)} accepted, {_n(job.rejected)} rejected, "
            f"{_n(job.failed)} failed"
        )
        _print_groups(ctx, journal.row_outcomes(job_id))
        if interrupted or _stopped(job):
            return _finish(ctx, args, journal, job_id, interrupted=interrupted)
        if job.pending and not (
            args.yes or _confirm(f"Send the remaining {_n(job.pending)} rows?")
        ):
            ctx.say(f"Stopped after the canary. Continue with: backfill resume {job_id}")
            return EXIT_INCOMPLETE
    if journal.job(job_id).pending:
        asyncio.run(send(None))
        line.finish()
    return _finish(ctx, args, journal, job_id, interrupted=interrupted)


def _stopped(job: Any) -> bool:
    from app.core.jobstate import Verdict, verdict

    return verdict(job) is Verdict.STOPPED


def _print_groups(ctx: Context, outcomes: Sequence[Any], limit: int = 6) -> None:
    from app.core.report import group_by_reason

    groups = group_by_reason(outcomes)
    for group in groups[:limit]:
        ctx.say(f"  {group.state}: {group.describe()}")
    if len(groups) > limit:
        ctx.say(f"  … and {_plural(len(groups) - limit, 'more reason')}")


def _finish(
    ctx: Context,
    args: argparse.Namespace,
    journal: Any,
    job_id: str,
    *,
    interrupted: bool,
    sent_now: bool = True,
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
        [f"{_plural(job.invalid, 'row')} failed validation and were not sent (see the report)."]
        if job.invalid
        else []
    )
    existing = sorted(receipts_dir().glob(f"receipt-{job_id}-*.txt"))
    if sent_now or not existing:
        _, txt_path = write_receipt(journal, job_id, report_path=report_path, notes=notes)
    else:
        txt_path = existing[-1]
    ctx.say(f"Receipt: {txt_path}")
    warning = receipt_from_journal(journal, job_id).duplicate_warning
    if warning:
        ctx.say(f"Warning: {warning}")
    if job.failed:
        ctx.say(f"Failed rows can be sent again with: backfill resume {job_id} --retry-failed")
    return ending.exit_code


def _default_report(job_id: str) -> Path:
    folder = data_dir() / REPORTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"job-{job_id}-not-accepted.csv"


# --- resume ----------------------------------------------------------------------------------


def cmd_resume(args: argparse.Namespace) -> int:
    """`backfill resume JOB`."""
    return _guarded(_resume, args)


def _check_report_target(args: argparse.Namespace) -> None:
    report = getattr(args, "report", None)
    if report and (Path(report).suffix.lower() not in (".csv", ".xlsx", ".xlsm")):
        raise CliError(
            f"Choose a .csv or .xlsx file name for --report (got '{Path(report).name}')."
        )
    if report and Path(report).is_dir():
        raise CliError(f"--report {report} is a folder; give a file name such as rejected.xlsx.")


def _resume(args: argparse.Namespace, ctx: Context) -> int:
    _check_report_target(args)
    journal = _open_journal(ctx)
    job = _job(journal, args.job)
    destination = _destination(job.destination_id)
    if args.retry_failed:
        n = journal.reset_failed_to_pending(job.id)
        ctx.say(f"{_plural(n, 'failed row')} will be sent again.")
        job = journal.job(job.id)
    if not job.pending:
        ctx.say(f"Job {job.id} has no pending rows.")
        return _finish(ctx, args, journal, job.id, interrupted=False, sent_now=False)
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
    ctx.say(
        f"Resuming job {job.id}: {_n(job.pending)} of {_n(job.rows)} rows pending → "
        f"{destination.label} at {base_url}"
    )
    return _run_job(ctx, args, journal, job.id, destination, base_url=base_url, api_key=api_key)


def _job(journal: Any, job_id: str) -> Any:
    try:
        return journal.job(job_id)
    except KeyError as exc:
        raise CliError(str(exc.args[0]) if exc.args else f"No job {job_id}.") from None


# --- jobs and report -------------------------------------------------------------------------


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
            _local(j.created_at),
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


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _local_day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def cmd_report(args: argparse.Namespace) -> int:
    """`backfill report JOB --out rejected.xlsx|csv`."""
    return _guarded(_report, args)


def _report(args: argparse.Namespace, ctx: Context) -> int:
    from app.core.report import write_rejection_report

    journal = _open_journal(ctx)
    job = _job(journal, args.job)
    outcomes = journal.row_outcomes(job.id)
    columns = job.source_info.get("headers") if isinstance(job.source_info, dict) else None
    try:
        path = write_rejection_report(outcomes, args.out, columns=columns)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"The report {args.out} cannot be written: {exc.strerror}.") from exc
    ctx.say(
        f"Wrote {_plural(len(outcomes), 'row')} (rejected, failed and not sent) of job {job.id} "
        f"to {path}"
    )
    return EXIT_OK
