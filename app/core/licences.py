"""Licences of the libraries Backfill ships with, read from installed distribution metadata.

The same code runs from a checkout and inside the PyInstaller bundle (whose spec copies the
metadata of every runtime dependency), so the About dialog always lists what is really bundled.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from importlib import metadata

APP_DISTRIBUTION = "backfill"

_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA_MARKER = re.compile(r"\bextra\s*==")
_OSI_PREFIX = re.compile(r"^License\s*::\s*(OSI Approved\s*::\s*)?")


@dataclass(frozen=True)
class LibraryLicence:
    """One bundled library: its distribution name, version and licence (SPDX where declared)."""

    name: str
    version: str
    licence: str
    homepage: str = ""


def normalise(name: str) -> str:
    """PEP 503 form of a distribution name, so `PySide6_Essentials` matches `pyside6-essentials`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """One metadata field, "" when absent (the protocol promises `get_all`, not `get`)."""
    values = meta.get_all(name)
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The best short licence statement in the metadata: expression, field, then classifiers."""
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    field = _field(meta, "License").strip()
    # Some projects paste the whole licence text into the field; only a one-liner is a name.
    if field and "\n" not in field and len(field) <= 100 and field.upper() != "UNKNOWN":
        return field
    classifiers = [
        _OSI_PREFIX.sub("", c).strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    if field and field.upper() != "UNKNOWN":
        return field.splitlines()[0].strip()[:100]
    return "Unknown (see the project's licence file)"


def homepage_of(meta: metadata.PackageMetadata) -> str:
    """The project's home page URL, or its first project URL, or ""."""
    urls = meta.get_all("Project-URL") or []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    if _field(meta, "Home-page"):
        return _field(meta, "Home-page").strip()
    return urls[0].partition(",")[2].strip() if urls else ""


def _marker_applies(requirement: str) -> bool:
    """False for extras-only requirements and for markers that do not hold on this platform."""
    _, _, marker = requirement.partition(";")
    if not marker.strip():
        return True
    if _EXTRA_MARKER.search(marker):
        return False
    try:
        from packaging.markers import Marker
    except ImportError:
        # Inside the bundle `packaging` may be absent; a library is then listed exactly when its
        # metadata was bundled, which is PyInstaller's own evaluation of the same marker.
        return True
    return Marker(marker).evaluate()


def runtime_requirements(name: str) -> list[str]:
    """Names of the distributions `name` needs at run time (no extras, markers evaluated)."""
    names = []
    for requirement in metadata.requires(name) or []:
        match = _REQUIREMENT_NAME.match(requirement)
        if match and _marker_applies(requirement):
            names.append(match.group(1))
    return names


def bundled_licences(root: str = APP_DISTRIBUTION) -> list[LibraryLicence]:
    """Every library `root` depends on at run time, recursively, sorted by name (root excluded)."""
    seen = {normalise(root)}
    queue = deque([root])
    found: list[LibraryLicence] = []
    while queue:
        name = queue.popleft()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not installed here: a requirement whose marker excludes this platform
        if normalise(name) != normalise(root):
            meta = dist.metadata
            found.append(
                LibraryLicence(
                    name=meta["Name"] or name,
                    version=dist.version,
                    licence=licence_of(meta),
                    homepage=homepage_of(meta),
                )
            )
        for requirement in runtime_requirements(name):
            key = normalise(requirement)
            if key not in seen:
                seen.add(key)
                queue.append(requirement)
    return sorted(found, key=lambda lib: lib.name.lower())


def licence_table(libraries: list[LibraryLicence]) -> str:
    """Plain-text table of name, version and licence, for a CLI `--licences` style listing."""
    if not libraries:
        return ""
    width_name = max(len(lib.name) for lib in libraries)
    width_version = max(len(lib.version) for lib in libraries)
    return "\n".join(
        f"{lib.name:<{width_name}}  {lib.version:<{width_version}}  {lib.licence}"
        for lib in libraries
    )
