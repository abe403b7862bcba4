"""CLI commands (placeholder until its owner fills it in)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the parser."""
