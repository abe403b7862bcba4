"""Build the one-folder bundle (dist/backfill/) from packaging/backfill.spec and report its size.

Run with the project's virtualenv Python after installing the `package` extra:
`.venv/bin/python packaging/build.py` (what `make package` does). Works unchanged on Linux,
Windows and macOS; PyInstaller cannot cross-compile, so build on each target OS.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "backfill.spec"

sys.path.insert(0, str(ROOT / "packaging"))
from icons import write_app_icons  # noqa: E402 - sibling module of this script


def tree_size(path: Path) -> int:
    """Bytes on disk under path, counting each file once and never following symlinks."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(path):
        for name in filenames:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def megabytes(size: int) -> str:
    """Size in MiB with one decimal, as du -sh would round it."""
    return f"{size / 2**20:.1f} MiB"


def largest_parts(bundle: Path, count: int = 12) -> list[tuple[str, int]]:
    """The biggest top-level entries of the bundle's library folder, biggest first."""
    internal = bundle / "_internal"
    base = internal if internal.is_dir() else bundle
    sizes = []
    for child in base.iterdir():
        if child.is_symlink():
            continue
        size = tree_size(child) if child.is_dir() else child.stat().st_size
        sizes.append((child.name, size))
    return sorted(sizes, key=lambda item: item[1], reverse=True)[:count]


def has_debug_info(path: Path) -> bool:
    """True for an ELF file with DWARF sections (readelf lists a .debug_info section)."""
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False
    )
    return ".debug_info" in sections.stdout


def strip_debug_info(bundle: Path) -> int:
    """Drop DWARF debug info from bundled ELF libraries that carry it; returns bytes saved.

    Only `--strip-debug` and only files with debug sections: a pyenv-built interpreter ships
    them, wheels do not, and a full strip of auditwheel-patched wheel libraries breaks them.
    """
    if not sys.platform.startswith("linux") or not (
        shutil.which("strip") and shutil.which("readelf")
    ):
        return 0
    saved = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name:
            continue
        if not has_debug_info(path):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def build(dist: Path, work: Path, lean: bool) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    icons = write_app_icons(work / "icons")
    env = dict(
        os.environ, BACKFILL_LEAN="1" if lean else "0", BACKFILL_ICON_DIR=str(icons[0].parent)
    )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN",
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / "backfill"


def main(argv: list[str] | None = None) -> int:
    """Build the bundle and print its size and biggest parts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    parser.add_argument(
        "--no-trim",
        action="store_true",
        help="keep every Qt plugin and module PyInstaller finds (to compare against the lean build)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), lean=not args.no_trim)
    size = tree_size(bundle)
    saved = strip_debug_info(bundle) if not args.no_trim else 0
    elapsed = time.monotonic() - started
    print(f"\nBuilt {bundle} in {elapsed:.0f} s")
    if saved:
        print(f"Stripped debug info: {megabytes(size)} → {megabytes(size - saved)}")
    print(f"Bundle size: {megabytes(tree_size(bundle))}")
    for name, size in largest_parts(bundle):
        print(f"  {megabytes(size):>10}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
