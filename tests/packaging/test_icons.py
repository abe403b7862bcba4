"""Windows .ico and macOS .icns assembled from the PNG renders in resources/icons/."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def icons():
    spec = importlib.util.spec_from_file_location("backfill_icons", ROOT / "packaging" / "icons.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_renders_are_found_by_size(icons) -> None:
    renders = icons.png_renders(ROOT / "resources" / "icons")
    assert {16, 32, 48, 256} <= set(renders)
    for size, data in renders.items():
        assert icons.png_dimensions(data) == (size, size)


def test_ico_holds_every_size_and_qt_reads_it(icons, qapp, tmp_path: Path) -> None:
    ico, icns = icons.write_app_icons(tmp_path)
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    renders = icons.png_renders(ROOT / "resources" / "icons")
    expected = [s for s in icons.ICO_SIZES if s in renders]
    assert count == len(expected)
    reader = QImageReader(str(ico))
    assert reader.imageCount() == count
    widths = []
    for i in range(count):
        reader.jumpToImage(i)
        widths.append(reader.read().width())
    assert widths == expected


def test_icns_elements_are_well_formed(icons, tmp_path: Path) -> None:
    _, icns = icons.write_app_icons(tmp_path)
    data = icns.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        assert data[offset + 8 : offset + 16] == icons.PNG_SIGNATURE
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert b"icp4" in kinds and b"ic08" in kinds  # 16 px and 256 px


def test_no_renders_is_an_error(icons, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        icons.ico_bytes({})
    with pytest.raises(ValueError):
        icons.icns_bytes({})
