"""Keys go to the keyring, or stay in memory for the session when there is none; logs never show them."""

from __future__ import annotations

import io
import logging

import keyring
import pytest
from keyring.backends import chainer, fail, null

from app.core.secrets import (
    DESCRIBE_KEYRING,
    DESCRIBE_NONE,
    DESCRIBE_SESSION,
    NO_KEYRING_MESSAGE,
    REDACTED,
    RedactingFilter,
    SecretError,
    SecretStore,
    install_redacting_filter,
    redact_text,
    uninstall_redacting_filter,
)
from tests.keyring_backend import MemoryKeyring


class BrokenKeyring(MemoryKeyring):
    """A keychain that exists but refuses writes (locked, or access denied)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_default_backend_in_tests_is_the_memory_keyring():
    # Guard: these tests must never reach a real OS keychain.
    assert isinstance(SecretStore().backend, MemoryKeyring)


def test_key_goes_to_keyring_when_one_exists():
    backend = MemoryKeyring()
    store = SecretStore(backend=backend)
    assert store.keyring_available() and store.availability_note() is None
    assert store.describe("acme-prod") == DESCRIBE_NONE
    assert store.set("acme-prod", "  sk_live_abc123  ") == "keyring"
    assert backend.get_password("Backfill", "acme-prod") == "sk_live_abc123"
    assert store.get("acme-prod") == "sk_live_abc123"
    assert store.describe("acme-prod") == DESCRIBE_KEYRING
    # A fresh store (next app start) still finds it: it really is in the keyring.
    assert SecretStore(backend=backend).get("acme-prod") == "sk_live_abc123"
    store.delete("acme-prod")
    assert store.get("acme-prod") is None
    assert backend.get_password("Backfill", "acme-prod") is None


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), chainer.ChainerBackend.__new__(chainer.ChainerBackend)],
    ids=["fail", "null", "empty-chainer"],
)
def test_no_keyring_keeps_key_for_this_session_only(backend, tmp_path, monkeypatch):
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    monkeypatch.chdir(tmp_path)
    store = SecretStore(backend=backend)
    assert not store.keyring_available()
    assert store.availability_note() == NO_KEYRING_MESSAGE
    assert store.set("acme-prod", "sk_live_session") == "session"
    assert store.get("acme-prod") == "sk_live_session"
    assert store.describe("acme-prod") == DESCRIBE_SESSION
    # Never a plaintext fallback: nothing was written anywhere we can see.
    assert list(tmp_path.iterdir()) == []
    # A new session (new store) has forgotten it.
    assert SecretStore(backend=backend).get("acme-prod") is None
    store.delete("acme-prod")
    assert store.describe("acme-prod") == DESCRIBE_NONE


def test_session_only_on_request_even_with_keyring():
    backend = MemoryKeyring()
    store = SecretStore(backend=backend)
    assert store.set("p", "sk_temp_999", session_only=True) == "session"
    assert backend.get_password("Backfill", "p") is None
    assert store.describe("p") == DESCRIBE_SESSION


def test_locked_keyring_falls_back_to_session():
    store = SecretStore(backend=BrokenKeyring())
    assert store.keyring_available()
    assert store.set("p", "sk_live_locked") == "session"
    assert store.get("p") == "sk_live_locked"


def test_empty_key_is_refused():
    with pytest.raises(SecretError):
        SecretStore(backend=MemoryKeyring()).set("p", "   ")


def test_env_var_path(monkeypatch):
    redactor = RedactingFilter()
    store = SecretStore(backend=fail.Keyring(), redactor=redactor)
    monkeypatch.setenv("VF_KEY", "sk_from_env_42")
    assert store.from_env("VF_KEY") == "sk_from_env_42"
    assert redactor.redact("key=sk_from_env_42") == f"key={REDACTED}"
    monkeypatch.delenv("VF_KEY")
    with pytest.raises(SecretError, match="VF_KEY"):
        store.from_env("VF_KEY")


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer sk_live_SECRET1",
        "headers=[(b'Host', b'api'), (b'Authorization', b'Bearer sk_live_SECRET1')]",
        "{'authorization': 'Bearer sk_live_SECRET1'}",
        '{"token": "sk_live_SECRET1", "events": [{"event": "a"}]}',
        'b\'{"token":"sk_live_SECRET1","events":[]}\'',
        "x-api-key: sk_live_SECRET1",
    ],
)
def test_redact_text_by_shape(text):
    out = redact_text(text)
    assert "sk_live_SECRET1" not in out
    assert REDACTED in out


def test_redact_text_leaves_ordinary_text_alone():
    text = "401 Missing or malformed Authorization header. token count: 3"
    assert redact_text(text) == text


def test_filter_redacts_records_at_debug_including_children_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    redactor = RedactingFilter()
    store = SecretStore(backend=MemoryKeyring(), redactor=redactor)
    store.set("p", "plainkey-7f3a9")
    install_redacting_filter(redactor)
    try:
        logging.getLogger("httpcore.http11").debug("send %s", {"x": "plainkey-7f3a9"})
        logging.getLogger("httpx").debug("Authorization: Bearer %s", "other-shape-secret")
        try:
            raise RuntimeError("boom with plainkey-7f3a9 inside")
        except RuntimeError:
            logging.getLogger("app.core").exception("failed")
    finally:
        uninstall_redacting_filter(redactor)
        root.removeHandler(handler)
        root.setLevel(old_level)
    out = stream.getvalue()
    assert "httpcore.http11 send" in out and "RuntimeError" in out
    assert "plainkey-7f3a9" not in out
    assert "other-shape-secret" not in out
    assert out.count(REDACTED) >= 3
