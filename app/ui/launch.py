"""Start the desktop app (placeholder until the UI lands: prints the CLI help)."""

from __future__ import annotations


def run_gui(argv: list[str]) -> int:
    """Open the main window; until the GUI exists, show the command-line help."""
    from app.cli import build_parser

    build_parser().print_help()
    return 0
