"""Headless command line: each command group lives in its own module and registers itself."""

from __future__ import annotations

import argparse

from app import __version__
from app.cli import data, sandbox, upload

COMMAND_GROUPS = (data, sandbox, upload)


def build_parser() -> argparse.ArgumentParser:
    """The `backfill` argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="backfill",
        description="Import spreadsheets of users and events into analytics ingestion APIs. "
        "Run with no arguments to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"Backfill {__version__}")
    parser.add_argument(
        "--licences", action="store_true", help="list the bundled libraries and their licences"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def run_cli(argv: list[str]) -> int:
    """Parse argv and run the chosen subcommand; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.licences:
        from app.core.licences import bundled_licences, licence_table

        print(licence_table(bundled_licences()))
        return 0
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    return int(handler(args) or 0)
