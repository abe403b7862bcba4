"""API keys: the OS keyring, an environment variable for headless runs, or this session only.

A key is never written to a file by Backfill. Where no keyring backend exists (a headless
Linux box), `SecretStore.set` keeps the key in memory for this session and says so; it never
falls back to a plaintext file. `RedactingFilter` scrubs keys from log records (with
`app.core.redaction`, the same redaction every server text gets).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal

from app.core.redaction import MIN_SECRET, REDACTED, redact_text

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = [
    "DESCRIBE_KEYRING",
    "DESCRIBE_NONE",
    "DESCRIBE_SESSION",
    "NO_KEYRING_MESSAGE",
    "REDACTED",
    "REDACTED_LOGGERS",
    "SERVICE",
    "RedactingFilter",
    "SecretError",
    "SecretStore",
    "install_redacting_filter",
    "redact_text",
    "uninstall_redacting_filter",
]

SERVICE = "Backfill"

Where = Literal["keyring", "session"]

# Shown next to the key field; the UX wording for "where does my key live".
DESCRIBE_KEYRING = "Key stored in the system keychain"
DESCRIBE_SESSION = "Key for this session only"
DESCRIBE_NONE = "No key set"

NO_KEYRING_MESSAGE = (
    "No system keychain is available on this computer, so the key is kept for this session "
    "only and will be asked for again next time. It is never saved to a file."
)


class SecretError(Exception):
    """A key could not be found or stored; the message is meant for the operator."""


def _keyring_error() -> type[Exception]:
    """keyring's base error. keyring is imported on first use (~50 ms of start-up, and its
    backends look at the desktop): a CLI upload with --api-key-env never needs it."""
    import keyring.errors

    return keyring.errors.KeyringError


def _is_usable_backend(backend: KeyringBackend) -> bool:
    # keyring reports "no backend" by handing out its fail/null backends (or an empty chainer)
    # rather than raising, so look at what it actually chose.
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_usable_backend(b) for b in backend.backends)
    return True


class SecretStore:
    """Where API keys live: the OS keyring per profile name, else this session's memory."""

    def __init__(
        self,
        *,
        service: str = SERVICE,
        backend: KeyringBackend | None = None,
        redactor: RedactingFilter | None = None,
    ) -> None:
        self._service = service
        self._backend = backend
        self._session: dict[str, str] = {}
        self._redactor = redactor

    @property
    def backend(self) -> KeyringBackend:
        """The keyring backend in use (the one keyring picked unless one was passed in)."""
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def keyring_available(self) -> bool:
        """True when a real keyring backend exists (not keyring's fail/null stand-ins)."""
        try:
            return _is_usable_backend(self.backend)
        except _keyring_error():
            return False

    def availability_note(self) -> str | None:
        """The plain-words warning to show when there is no keychain (None when there is one)."""
        return None if self.keyring_available() else NO_KEYRING_MESSAGE

    def get(self, profile: str) -> str | None:
        """The key for a profile: this session's key first, then the keyring; None if unset."""
        key = self._session.get(profile)
        if key is None and self.keyring_available():
            try:
                key = self.backend.get_password(self._service, profile)
            except _keyring_error():
                key = None
        if key:
            self._register(key)
        return key or None

    def set(self, profile: str, key: str, *, session_only: bool = False) -> Where:
        """Store a key; returns where it went ("keyring", or "session" when no keyring exists)."""
        key = key.strip()
        if not key:
            raise SecretError("The API key is empty.")
        self._register(key)
        if not session_only and self.keyring_available():
            try:
                self.backend.set_password(self._service, profile, key)
            except _keyring_error():
                pass  # a locked or broken keychain: keep it for the session, as if none existed
            else:
                self._session.pop(profile, None)
                return "keyring"
        self._session[profile] = key
        return "session"

    def delete(self, profile: str) -> None:
        """Forget a profile's key everywhere Backfill keeps it."""
        self._session.pop(profile, None)
        if self.keyring_available():
            try:
                self.backend.delete_password(self._service, profile)
            except _keyring_error():  # PasswordDeleteError (nothing stored) among them
                pass

    def where(self, profile: str) -> Where | None:
        """Where the profile's key currently lives, or None."""
        if profile in self._session:
            return "session"
        if self.keyring_available():
            try:
                if self.backend.get_password(self._service, profile):
                    return "keyring"
            except _keyring_error():
                return None
        return None

    def describe(self, profile: str) -> str:
        """One line for the operator about the key's status."""
        return {"keyring": DESCRIBE_KEYRING, "session": DESCRIBE_SESSION, None: DESCRIBE_NONE}[
            self.where(profile)
        ]

    def from_env(self, variable: str, environ: Mapping[str, str] | None = None) -> str:
        """The key from an environment variable (headless runs); SecretError when unset."""
        env = os.environ if environ is None else environ
        key = (env.get(variable) or "").strip()
        if not key:
            raise SecretError(f"The environment variable {variable} is not set or is empty.")
        self._register(key)
        return key

    def _register(self, key: str) -> None:
        if self._redactor is not None:
            self._redactor.add_secret(key)


class RedactingFilter(logging.Filter):
    """Rewrites every log record so no key (registered or recognisable by shape) survives."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets: set[str] = {s for s in secrets if s}

    def add_secret(self, secret: str) -> None:
        """Redact this exact string from now on (keys shorter than 4 characters are ignored)."""
        if secret and len(secret) >= MIN_SECRET:
            self._secrets.add(secret)

    def redact(self, text: str) -> str:
        """Apply this filter's redaction to any text."""
        return redact_text(text, self._secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: keep what we can, never drop the log line
            message = str(record.msg)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


REDACTED_LOGGERS = ("", "httpx", "httpcore", "app", "asyncio", "uvicorn")


def install_redacting_filter(
    redactor: RedactingFilter, loggers: Iterable[str] = REDACTED_LOGGERS
) -> RedactingFilter:
    """Attach the filter to the root/httpx/httpcore loggers and to every root handler.

    Logger filters only see records logged on that exact logger, so the handlers get it too
    (they see what child loggers such as "httpcore.http11" propagate). Handlers added later
    should call `handler.addFilter(redactor)`.
    """
    for name in loggers:
        logger = logging.getLogger(name)
        if redactor not in logger.filters:
            logger.addFilter(redactor)
    for handler in logging.getLogger().handlers:
        if redactor not in handler.filters:
            handler.addFilter(redactor)
    return redactor


def uninstall_redacting_filter(
    redactor: RedactingFilter, loggers: Iterable[str] = REDACTED_LOGGERS
) -> None:
    """Undo `install_redacting_filter` (tests, or a CLI run that sets logging up and down)."""
    for name in loggers:
        logging.getLogger(name).removeFilter(redactor)
    for handler in logging.getLogger().handlers:
        handler.removeFilter(redactor)
