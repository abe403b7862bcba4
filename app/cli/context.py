"""What every upload command shares: plain errors, output, logging with keys redacted,
prompts, the journal, and where to send (base URL, key, built-in sandbox)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.cli.output import ClosedPipeSafe, closed_pipe_safe_stdio
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


def _load_words(exc: Exception) -> str:
    hint = getattr(exc, "hint", "")
    message = getattr(exc, "message", None) or str(exc)
    return f"{message} {hint}".strip()
