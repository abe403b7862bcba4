"""A CLI upload to an outside API imports only what it needs: each import is process start-up
that every `backfill upload` pays before its first request (issue 9)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.sandbox import DEFAULT_API_KEY

# Modules a CSV upload with --api-key-env to a given --base-url never uses.
NOT_NEEDED = ("keyring", "PySide6", "fastapi", "uvicorn", "starlette", "app.sandbox", "openpyxl")


def test_a_csv_upload_to_a_base_url_imports_no_keyring_gui_or_sandbox(sandbox, tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(
        "user_id,event,timestamp\n"
        + "".join(f"u{i},signup,2024-03-0{1 + i % 9}T10:00:00Z\n" for i in range(50))
    )
    code = "\n".join(
        [
            "import sys",
            "from app.__main__ import main",
            f"argv = ['upload', {str(path)!r}, '-d', 'vibefollow-events',",
            f"        '--base-url', {sandbox.base_url!r}, '--api-key-env', 'BF_KEY', '--yes']",
            "code = main(argv)",
            f"print(code, [m for m in {NOT_NEEDED!r} if m in sys.modules])",
        ]
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "BF_KEY": DEFAULT_API_KEY},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "0 []"
    assert sandbox.stats()["vibefollow-events"]["stored"] == 50
