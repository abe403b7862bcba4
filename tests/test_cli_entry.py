"""The console entry point answers --version and help without loading Qt."""

from __future__ import annotations

import subprocess
import sys

from app import __version__


def test_version_flag_prints_version():
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"Backfill {__version__}"


def test_headless_commands_do_not_import_qt():
    code = "import sys; from app.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
