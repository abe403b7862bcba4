"""`backfill validate --profile NAME` / `--base-url URL`: how many of the file's users the
destination there already accepted from Backfill, read from the journal (never created here:
no journal yet means nobody was sent anything)."""

from __future__ import annotations

import argparse

import numpy as np

from app.cli.context import CliError, _saved_profile
from app.core.appdirs import data_dir
from app.core.fields import get_schema


def add_destination_options(parser: argparse.ArgumentParser) -> None:
    """`--profile` and `--base-url`: the place whose earlier uploads are compared."""
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="say how many users are new to this saved profile's destination (from the journal)",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="say how many users are new to the destination at this base URL (from the journal)",
    )


def accepted_users(args: argparse.Namespace, destination_id: str) -> tuple[np.ndarray | None, str]:
    """Sorted hashes of the users already accepted at the chosen place, and its name for the
    sentence ("VibeFollow (acme-prod)"); (None, "") when no place was chosen."""
    profile = _saved_profile(getattr(args, "profile", None), destination_id)
    if getattr(args, "profile", None) and profile is None:
        raise CliError(f"There is no saved profile named '{args.profile}'.")
    base_url = getattr(args, "base_url", None) or (profile.base_url if profile else None)
    if not base_url:
        return None, ""
    vendor = get_schema(destination_id).vendor
    place = f"{vendor} ({profile.name if profile else base_url})"
    path = data_dir() / "journal.sqlite3"
    if not path.exists():
        return np.empty(0, dtype=np.uint64), place
    from app.core.journal import Journal

    with Journal(path) as journal:
        return journal.accepted_user_hashes(destination_id, base_url), place
