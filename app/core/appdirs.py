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
