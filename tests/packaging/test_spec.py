"""The PyInstaller spec: it parses, bundles resources and metadata, and trims the right Qt parts."""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "backfill.spec"

# Spec-level names the filter functions need; everything else in the spec calls PyInstaller.
SPEC_NAMES = {
    "ROOT",
    "KEEP_PLUGINS",
    "UNUSED_QT_LIBS",
    "UNUSED_QT",
    "UNUSED_QT_LIB_NAMES",
    "USED_QT",
}


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


@pytest.fixture(scope="module")
def spec_functions(spec_tree: ast.Module) -> dict:
    """The spec's own filter functions and tables, executed without running PyInstaller."""
    nodes = [
        node
        for node in spec_tree.body
        if isinstance(node, ast.FunctionDef)
        or (
            isinstance(node, (ast.Assign, ast.AnnAssign))
            and any(
                isinstance(t, ast.Name) and t.id in SPEC_NAMES
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            )
        )
    ]
    namespace: dict = {"SPECPATH": str(PACKAGING), "re": re, "Path": Path}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def test_spec_is_valid_python_building_one_folder_bundle(spec_tree: ast.Module) -> None:
    calls = {
        node.func.id
        for node in ast.walk(spec_tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    source = SPEC.read_text(encoding="utf-8")
    # One folder: the EXE leaves binaries to COLLECT instead of packing them into one file.
    assert "exclude_binaries=True" in source
    assert 'name="backfill"' in source


def test_spec_bundles_resources_and_distribution_metadata() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in source
    assert 'copy_metadata("backfill", recursive=True)' in source
    for folder in ("style", "icons"):
        assert (ROOT / "resources" / folder).is_dir()


def test_spec_names_the_string_imported_modules() -> None:
    source = SPEC.read_text(encoding="utf-8")
    for hidden in (
        'collect_submodules("uvicorn"',
        'collect_submodules("keyring.backends")',
        '"pyarrow.compute"',
        '"qasync"',
        '"python_calamine"',
        '"fastexcel"',
    ):
        assert hidden in source


def test_entry_script_and_lean_pyarrow_hook_exist() -> None:
    entry = (PACKAGING / "entry.py").read_text(encoding="utf-8")
    assert "from app.__main__ import main" in entry
    hook = (PACKAGING / "hooks" / "hook-pyarrow.py").read_text(encoding="utf-8")
    assert "flight" in hook and "hiddenimports" in hook


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("libQt6Network.so.6", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("pyarrow/include/arrow/api.h", False),
        ("pyarrow/lib.cpython-311-x86_64-linux-gnu.so", True),
        ("resources/icons/backfill.svg", True),
        ("resources/samples/users_sample.csv", True),
        ("resources/samples/make_samples.py", False),
        ("resources/screenshots/01-load.png", False),
        ("resources/.keep", False),
        ("resources/style/backfill.qss", True),
        ("backfill.egg-info/METADATA", True),
    ],
)
def test_bundle_filter_keeps_what_the_app_needs(
    spec_functions: dict, dest: str, kept: bool
) -> None:
    assert spec_functions["bundle_kept"]((dest, "/src/" + dest, "BINARY")) is kept


def test_qt_modules_the_app_imports_are_found(spec_functions: dict) -> None:
    used = spec_functions["qt_modules_used_by_app"]()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert spec_functions["USED_QT"] == used


def test_a_qt_module_the_app_starts_using_keeps_its_library(spec_functions: dict) -> None:
    unused_qt_libs = spec_functions["unused_qt_libs"]
    assert unused_qt_libs({"QtCore"}).search("libQt6Network.so.6")
    assert not unused_qt_libs({"QtCore", "QtNetwork"}).search("libQt6Network.so.6")
    assert unused_qt_libs({"QtCore", "QtNetwork"}).search("libQt6Pdf.so.6")
    # Every library of a used module survives the filter the spec applies.
    pattern = unused_qt_libs(spec_functions["USED_QT"])
    for module in spec_functions["USED_QT"]:
        assert not pattern.search(f"lib{module.replace('Qt', 'Qt6', 1)}.so.6"), module


def test_desktop_entry_names_the_command_and_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # desktop keys are case-sensitive
    entry.read(PACKAGING / "backfill.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "backfill"
    assert section["Icon"] == "backfill"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")
    # The icon it names is installed from these files by packaging/install-linux.sh.
    assert (ROOT / "resources" / "icons" / "backfill.svg").is_file()
    assert list((ROOT / "resources" / "icons").glob("backfill-*.png"))
