"""Entry point: `backfill` with no arguments opens the desktop app, otherwise runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the GUI (no arguments) or to a CLI subcommand."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] == "gui":
        # Qt is imported only here, so headless commands never load it.
        from app.ui.launch import run_gui

        return run_gui(args[1:] if args else [])
    from app.cli import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
