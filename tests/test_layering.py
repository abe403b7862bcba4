"""Import boundaries: the core imports no Qt and none of the app's faces (ui, cli, sandbox); the
sandbox imports none of the app, so a misreading of a vendor document shows up as a failing test.

The checker reads every module in app/ with `ast` (nothing is imported), and its own tests feed it
wrong imports written out as source text, so a checker that finds nothing fails too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# Package -> the modules it must never import (a name or any module below it).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "app.core": ("PySide6", "qasync", "app.ui", "app.cli", "app.sandbox"),
    "app.sandbox": ("app.core", "app.ui", "app.cli"),
}
# Calls that import a module named by a string: `importlib.import_module("PySide6")`.
DYNAMIC_IMPORTS = {"import_module", "__import__"}


@dataclass(frozen=True)
class Violation:
    """One import that crosses a boundary."""

    module: str
    line: int
    imported: str
    forbidden: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported} (no {self.forbidden})"


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The module a `from … import` names, with `from ..x import y` resolved against `module`."""
    if node.level == 0:
        return node.module or ""
    parts = module.split(".")
    # A package's own __init__ is its level-1 anchor; a plain module's anchor is its package.
    anchor = parts if is_package else parts[:-1]
    base = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imported_names(
    source: str, module: str, *, is_package: bool = False
) -> Iterator[tuple[int, str]]:
    """(line, module name) for every import in `source`, including `from pkg import submodule`
    (yielded as pkg.submodule) and string-named dynamic imports."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            yield node.lineno, base
            for alias in node.names:  # `from app import ui` imports app.ui
                yield node.lineno, f"{base}.{alias.name}"
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in DYNAMIC_IMPORTS and isinstance(first, ast.Constant):
                yield node.lineno, str(first.value)


def violations(source: str, module: str, *, is_package: bool = False) -> list[Violation]:
    """The imports in `source` (the text of `module`) that its package may not make, one per line
    and forbidden package (`from app.ui import a, b` is one crossing, not three)."""
    rules = [banned for package, banned in FORBIDDEN.items() if _within(module, package)]
    found: dict[tuple[int, str], Violation] = {}
    for line, name in imported_names(source, module, is_package=is_package):
        for banned in (b for rule in rules for b in rule):
            if _within(name, banned):
                found.setdefault((line, banned), Violation(module, line, name, banned))
    return list(found.values())


def app_modules(app: Path) -> Iterator[tuple[str, Path, bool]]:
    """(dotted name, path, is a package __init__) for every module under the `app` folder."""
    for path in sorted(app.rglob("*.py")):
        parts = list(path.relative_to(app.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        yield ".".join(parts), path, is_package


def check_tree(app: Path) -> tuple[dict[str, int], list[Violation]]:
    """(modules read per guarded package, every violation) for the `app` folder."""
    checked = dict.fromkeys(FORBIDDEN, 0)
    found: list[Violation] = []
    for module, path, is_package in app_modules(app):
        for package in checked:
            checked[package] += _within(module, package)
        found += violations(path.read_text(encoding="utf-8"), module, is_package=is_package)
    return checked, found


def test_core_and_sandbox_keep_their_import_boundaries() -> None:
    checked, found = check_tree(APP)
    # The walk really reached both packages (a wrong APP path would check nothing).
    assert checked["app.core"] >= 20 and checked["app.sandbox"] >= 5, checked
    assert not found, "\n".join(map(str, found))


def test_the_walk_names_modules_and_finds_a_wrong_import(tmp_path: Path) -> None:
    app = tmp_path / "app"
    (app / "core" / "destinations").mkdir(parents=True)
    (app / "sandbox").mkdir()
    (app / "core" / "__init__.py").write_text("from . import jobs\n")
    (app / "core" / "jobs.py").write_text('"""Fine."""\nfrom app.core.table import Table\n')
    (app / "core" / "destinations" / "flokit.py").write_text("x = 1\nfrom ...ui import theme\n")
    (app / "sandbox" / "__init__.py").write_text("from ..core import fields\n")
    checked, found = check_tree(app)
    assert checked == {"app.core": 3, "app.sandbox": 1}
    assert [str(v) for v in found] == [
        "app.core.destinations.flokit:2 imports app.ui (no app.ui)",
        "app.sandbox:1 imports app.core (no app.core)",
    ]


@pytest.mark.parametrize(
    ("module", "source", "imported"),
    [
        ("app.core.jobs", "from PySide6.QtCore import QObject", "PySide6.QtCore"),
        ("app.core.jobs", "import qasync", "qasync"),
        ("app.core.jobs", "import PySide6.QtWidgets as w", "PySide6.QtWidgets"),
        ("app.core.jobs", "from app.ui.session import Session", "app.ui.session"),
        ("app.core.jobs", "from app import cli", "app.cli"),
        ("app.core.jobs", "from app.sandbox import DEFAULT_API_KEY", "app.sandbox"),
        ("app.core.destinations.flokit", "from ...ui import theme", "app.ui"),
        ("app.core.jobs", "from .. import sandbox", "app.sandbox"),
        ("app.core.jobs", "def f():\n    from app.cli.run import main\n", "app.cli.run"),
        ("app.core.jobs", "import importlib\nimportlib.import_module('PySide6')", "PySide6"),
        (
            "app.core.jobs",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import qasync",
            "qasync",
        ),
        ("app.sandbox.state", "from app.core.fields import get_schema", "app.core.fields"),
        ("app.sandbox.state", "from app import core", "app.core"),
        ("app.sandbox", "from ..ui.session import Session", "app.ui.session"),
        ("app.sandbox.server", "import app.cli", "app.cli"),
    ],
)
def test_the_checker_flags_a_wrong_import(module: str, source: str, imported: str) -> None:
    is_package = module == "app.sandbox"
    names = [v.imported for v in violations(source, module, is_package=is_package)]
    assert imported in names, names


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("app.core.jobs", "from app.core.table import Table\nfrom . import fields"),
        ("app.core.jobs", "from app import __version__\nimport httpx"),
        ("app.sandbox.state", "import app.coreutils"),  # a longer name, not app.core
        ("app.sandbox.state", "from app.sandbox.store import Store\nfrom .faults import Faults"),
        ("app.sandbox.state", "import PySide6"),  # only the core is kept free of Qt
        ("app.ui.session", "from app.core.jobs import prepare_job\nfrom PySide6 import QtCore"),
        ("app.cli.run", "from app.sandbox import SandboxServer\nfrom app.core import jobs"),
    ],
)
def test_the_checker_allows_what_each_layer_may_import(module: str, source: str) -> None:
    assert violations(source, module) == []


def test_a_package_init_resolves_relative_imports_from_itself() -> None:
    # In app/core/__init__.py `from . import x` is app.core.x; in app/core/jobs.py too.
    assert list(imported_names("from . import x", "app.core", is_package=True)) == [
        (1, "app.core"),
        (1, "app.core.x"),
    ]
    assert list(imported_names("from .. import ui", "app.core.jobs")) == [
        (1, "app"),
        (1, "app.ui"),
    ]
