"""Bundled-library licences read from distribution metadata."""

from __future__ import annotations

from email.message import Message

from app.core.licences import (
    LibraryLicence,
    bundled_licences,
    licence_of,
    licence_table,
    normalise,
    runtime_requirements,
)


def metadata(**fields: str | list[str]) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_bundled_licences_cover_the_main_libraries() -> None:
    libraries = {normalise(lib.name): lib for lib in bundled_licences()}
    for name in (
        "pyside6-essentials",
        "shiboken6",
        "httpx",
        "pandas",
        "pyarrow",
        "uvicorn",
        "starlette",
        "keyring",
        "qasync",
        "fastexcel",
        "python-calamine",
    ):
        assert name in libraries, name
        assert libraries[name].licence.strip(), name
        assert libraries[name].version[0].isdigit(), name
    assert "LGPL-3.0-only" in libraries["pyside6-essentials"].licence
    assert libraries["pandas"].licence.startswith("BSD")
    # Transitive runtime dependencies are bundled too.
    assert "httpcore" in libraries and "numpy" in libraries


def test_bundled_licences_leave_out_the_app_and_test_or_build_tools() -> None:
    names = {normalise(lib.name) for lib in bundled_licences()}
    assert "backfill" not in names
    assert not names & {"pytest", "pytest-qt", "ruff", "pyinstaller"}


def test_bundled_licences_are_sorted_and_unique() -> None:
    names = [lib.name.lower() for lib in bundled_licences()]
    assert names == sorted(names)
    assert len({normalise(n) for n in names}) == len(names)


def test_runtime_requirements_skip_extras() -> None:
    requirements = {normalise(n) for n in runtime_requirements("backfill")}
    assert {"pandas", "httpx", "pyside6-essentials"} <= requirements
    assert "pytest" not in requirements and "pyinstaller" not in requirements


def test_licence_prefers_expression_then_short_field_then_classifier() -> None:
    assert licence_of(metadata(License_Expression="MIT", License="whatever")) == "MIT"
    assert licence_of(metadata(License="BSD-3-Clause")) == "BSD-3-Clause"
    full_text = "Copyright (c) 2024 Someone\n\nPermission is hereby granted, free of charge..."
    assert (
        licence_of(
            metadata(
                License=full_text,
                Classifier=["License :: OSI Approved :: MIT License", "Topic :: X"],
            )
        )
        == "MIT License"
    )
    assert licence_of(metadata(License=full_text)) == "Copyright (c) 2024 Someone"
    assert licence_of(metadata(License="UNKNOWN")).startswith("Unknown")


def test_licence_table_aligns_columns() -> None:
    table = licence_table(
        [
            LibraryLicence("pandas", "3.1.1", "BSD-3-Clause"),
            LibraryLicence("PySide6_Essentials", "6.12.0", "LGPL-3.0-only"),
        ]
    )
    first, second = table.splitlines()
    assert first.index("3.1.1") == second.index("6.12.0")
    assert first.endswith("BSD-3-Clause") and second.endswith("LGPL-3.0-only")
    assert licence_table([]) == ""
