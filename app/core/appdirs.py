"""Where Backfill keeps its journal, receipts and templates (overridable for tests)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "BACKFILL_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory for Backfill, created on first use.

    `BACKFILL_DATA_DIR` overrides it, so tests and portable setups never touch the real one.
    """
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir("Backfill", "Backfill"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Where Backfill keeps throw-away files (a big file's on-disk copy), created on first use.

    Under `BACKFILL_DATA_DIR` when that is set, so tests never write to the user's cache.
    """
    override = os.environ.get(DATA_DIR_ENV)
    path = (
        Path(override) / "cache"
        if override
        else Path(platformdirs.user_cache_dir("Backfill", "Backfill"))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path
