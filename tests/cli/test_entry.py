"""The console entry point answers --version and help without loading Qt."""

from __future__ import annotations

import os
import subprocess
import sys

from app import __version__


def test_version_flag_prints_version():
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"Backfill {__version__}"


def test_a_cli_process_collects_garbage_less_often():
    """The CLI's own process runs at the upload's GC threshold (measured: the default's
    collections took ~1.5 s of CPU in a 300,000-row upload)."""
    code = "\n".join(
        [
            "import contextlib, gc",
            "from app.__main__ import CLI_GC_THRESHOLD, main",
            "before = gc.get_threshold()",
            "with contextlib.suppress(SystemExit):",
            "    main(['--version'])",
            "print(before != CLI_GC_THRESHOLD, gc.get_threshold() == CLI_GC_THRESHOLD)",
        ]
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["True", "True"]


def test_headless_commands_do_not_import_qt():
    code = "import sys; from app.cli import build_parser; build_parser(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_licences_flag_lists_bundled_libraries():
    out = subprocess.run(
        [sys.executable, "-m", "app", "--licences"], capture_output=True, text=True, check=True
    )
    names = {line.split()[0].lower() for line in out.stdout.splitlines() if line.strip()}
    assert {"httpx", "pandas", "pyarrow"} <= names


def test_gui_quits_by_itself_when_asked(tmp_path):
    """The bundle's smoke test relies on BACKFILL_QUIT_AFTER_MS for a clean exit 0."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKFILL_QUIT_AFTER_MS": "1500",
        "BACKFILL_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-m", "app"], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_open_flag_without_gui_word_opens_the_window(tmp_path):
    """`backfill --open FILE` loads FILE in the window, like `backfill gui --open FILE`."""
    path = tmp_path / "users.csv"
    path.write_text("User ID,Email\nU1,u1@example.com\n", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKFILL_QUIT_AFTER_MS": "1500",
        "BACKFILL_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-m", "app", "--open", str(path), "--no-sandbox"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "unrecognized arguments" not in out.stderr and "invalid choice" not in out.stderr
