"""packaging/build.py's size report, which `make package` prints."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_build_module():
    spec = importlib.util.spec_from_file_location("backfill_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_tree_size_counts_files_once_and_skips_symlinks(tmp_path: Path) -> None:
    build = load_build_module()
    internal = tmp_path / "backfill" / "_internal"
    (internal / "pkg").mkdir(parents=True)
    (internal / "pkg" / "lib.so").write_bytes(b"x" * 3000)
    (internal / "base.zip").write_bytes(b"y" * 1000)
    os.symlink(internal / "pkg" / "lib.so", internal / "lib.so")
    assert build.tree_size(tmp_path / "backfill") == 4000
    parts = build.largest_parts(tmp_path / "backfill")
    assert parts == [("pkg", 3000), ("base.zip", 1000)]
    assert build.megabytes(3 * 2**20 + 2**19) == "3.5 MiB"
