"""Windows .ico and macOS .icns app icons, assembled from the PNG renders in resources/icons/.

Both formats may hold PNG-encoded images (ICO since Windows Vista, ICNS since macOS 10.7), so
the icons are built byte-for-byte from the PNGs with no imaging library. build.py writes them to
build/icons/ before PyInstaller runs; the spec picks them up on Windows and macOS.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (ic10 is 512 px @2x, i.e. 1024 px).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png_renders(folder: Path, name: str = "backfill") -> dict[int, bytes]:
    """`{size: png bytes}` for every `<name>-<size>.png` in folder."""
    renders = {}
    for path in folder.glob(f"{name}-*.png"):
        match = re.fullmatch(rf"{re.escape(name)}-(\d+)\.png", path.name)
        data = path.read_bytes()
        if match and data.startswith(PNG_SIGNATURE):
            renders[int(match.group(1))] = data
    return dict(sorted(renders.items()))


def png_dimensions(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    return struct.unpack(">II", data[16:24])


def ico_bytes(renders: dict[int, bytes]) -> bytes:
    """An ICO file holding the ICO_SIZES present in renders, as PNG entries."""
    images = [(size, renders[size]) for size in ICO_SIZES if size in renders]
    if not images:
        raise ValueError("no PNG render in an ICO size")
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images:
        # Width/height bytes are 0 for 256 px, by the format's definition.
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + directory + payload


def icns_bytes(renders: dict[int, bytes]) -> bytes:
    """An ICNS file with one PNG element per size macOS knows."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(renders[size])) + renders[size]
        for size, kind in ICNS_TYPES.items()
        if size in renders
    )
    if not elements:
        raise ValueError("no PNG render in an ICNS size")
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_app_icons(out_dir: Path, source: Path = ROOT / "resources" / "icons") -> list[Path]:
    """Write backfill.ico and backfill.icns into out_dir; returns the files written."""
    renders = png_renders(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    ico, icns = out_dir / "backfill.ico", out_dir / "backfill.icns"
    ico.write_bytes(ico_bytes(renders))
    icns.write_bytes(icns_bytes(renders))
    return [ico, icns]
