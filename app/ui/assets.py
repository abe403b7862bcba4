"""Find bundled resources (icons, stylesheet, samples), also inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """The `resources/` folder: next to the package in a checkout, under `_MEIPASS` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def asset_path(*parts: str) -> Path:
    """Path of a resource, e.g. `asset_path("icons", "backfill.svg")`."""
    return resources_dir().joinpath(*parts)


def icon(name: str) -> QIcon:
    """An icon from `resources/icons/` by name (SVG preferred; PNG sizes added when present)."""
    icons = asset_path("icons")
    result = QIcon()
    svg = icons / f"{name}.svg"
    if svg.exists():
        result.addFile(str(svg))
    for png in sorted(icons.glob(f"{name}-*.png")):
        result.addFile(str(png))
    return result


def app_icon() -> QIcon:
    """The application icon (SVG plus the 16–512 px renders)."""
    return icon("backfill")


def sample_files(extensions: tuple[str, ...] = ()) -> list[Path]:
    """Sample spreadsheets in `resources/samples/` (only these extensions, when given)."""
    folder = asset_path("samples")
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and not p.name.startswith(".")
        and (not extensions or p.suffix.lower() in extensions)
    )
