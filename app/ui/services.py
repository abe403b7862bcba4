"""Open the core's stores (journal, keys, profiles) for the desktop app, on first use."""

from __future__ import annotations

import importlib
from typing import Any


def _optional(module: str) -> Any:
    # The stores are built by other parts of the project; the window still opens without them.
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def open_journal() -> Any:
    """The job journal in the data dir, or None when the journal module is unavailable. A
    damaged journal is set aside and a fresh one opened: its `recovery_note` (plain words for
    the operator, else None) says so."""
    journal = _optional("app.core.journal")
    return None if journal is None else journal.open_or_set_aside()  # default: data_dir()


def open_secrets() -> Any:
    """The API-key store (OS keyring, or this session only)."""
    secrets = _optional("app.core.secrets")
    return None if secrets is None else secrets.SecretStore()


def open_profiles() -> Any:
    """The destination-profile store, or None when the profiles module is unavailable."""
    profiles = _optional("app.core.profiles")
    if profiles is None:
        return None
    opener = getattr(profiles, "open_profiles", None) or getattr(profiles, "ProfileStore", None)
    return None if opener is None else opener()
