"""Mapping templates: a mapping saved with the headers it was made for, and fitted to a new
file's headers (exact, normalised, then fuzzy matches for renamed columns)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson
from rapidfuzz import fuzz, process

from app.core.mapping.model import ExtraColumn, FieldSource, Mapping, norm_header, snake_case
from app.core.mapping.then_event import ThenEvent
from app.core.phrases import Phrase
from app.core.report import report_extra_columns

TEMPLATE_VERSION = 1
TEMPLATE_SUFFIX = ".json"


@dataclass(frozen=True)
class Template:
    """A saved mapping plus the headers it was made for."""

    name: str
    mapping: Mapping
    headers: tuple[str, ...]
    # A users mapping may also send an event per row (app.core.pair); older templates have none.
    then_event: ThenEvent | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (`then_event` only when there is one, as before it existed)."""
        out: dict[str, Any] = {
            "version": TEMPLATE_VERSION,
            "name": self.name,
            "headers": list(self.headers),
            "mapping": self.mapping.to_dict(),
        }
        if self.then_event is not None:
            out["then_event"] = self.then_event.to_dict()
        return out


@dataclass(frozen=True)
class TemplateApplication:
    """A template applied to a file's headers, with what did not line up."""

    mapping: Mapping
    missing_columns: tuple[str, ...]  # template columns the file lacks, not matched to any
    renamed_guesses: dict[str, str]  # template column → file column it was matched to
    new_columns: tuple[str, ...]  # file columns the template never saw
    then_event: ThenEvent | None = None  # the template's event part, fitted to the file too

    @property
    def exact(self) -> bool:
        """True when every template column was found by name."""
        return not self.missing_columns and not self.renamed_guesses

    def summary(self) -> str:
        """One plain line for the template bar."""
        return str(self.summary_phrase())

    def summary_phrase(self) -> Phrase:
        """The summary's words, for the UI to say in the operator's language."""
        parts = []
        if self.missing_columns:
            names = ", ".join(f"'{c}'" for c in self.missing_columns)
            count = len(self.missing_columns)
            parts.append(Phrase.counted("%n column(s) missing: {names}", count, names=names))
        if self.renamed_guesses:
            pairs = ", ".join(f"'{a}' → '{b}'" for a, b in self.renamed_guesses.items())
            parts.append(Phrase.of("renamed: {pairs}", pairs=pairs))
        if len(parts) == 2:
            return Phrase.of("{missing}; {renamed}", missing=parts[0], renamed=parts[1])
        return parts[0] if parts else Phrase("all columns found")


def template_path(path: str | Path) -> Path:
    """Where a template named `path` is saved: always with the .json ending the folder
    listing looks for ("March customers" → "March customers.json")."""
    path = Path(path)
    if path.suffix.lower() == TEMPLATE_SUFFIX:
        return path
    return path.with_name(path.name + TEMPLATE_SUFFIX)


def save_template(
    mapping: Mapping,
    headers: Sequence[str],
    path: str | Path,
    name: str | None = None,
    *,
    then_event: ThenEvent | None = None,
) -> Template:
    """Write the mapping (and its event part) and the headers it was made for as JSON at
    `path` (exactly there: callers that name templates for a folder listing use
    `template_path`)."""
    path = Path(path)
    template = Template(name or path.stem, mapping, tuple(headers), then_event)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(orjson.dumps(template.to_dict(), option=orjson.OPT_INDENT_2))
    tmp.replace(path)
    return template


def load_template(path: str | Path) -> Template:
    """Read a template written by save_template; ValueError with a plain reason when unusable."""
    path = Path(path)
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ValueError(f"The mapping file {path.name} could not be read.") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} is not a Backfill mapping file.")
    if "mapping" not in data and "destination" in data:
        data = {"mapping": data, "headers": [], "name": path.stem}  # a bare Mapping.to_dict()
    if not isinstance(data.get("mapping"), dict) or "destination" not in data["mapping"]:
        raise ValueError(
            f"{path.name} is not a Backfill mapping file (it has no mapping with a destination)."
        )
    try:
        mapping = Mapping.from_dict(data["mapping"])
        then_event = ThenEvent.from_dict(data["then_event"]) if "then_event" in data else None
    except ValueError as exc:  # these messages are written for people
        raise ValueError(f"{path.name} is not a valid Backfill mapping file: {exc}") from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(
            f"{path.name} is not a valid Backfill mapping file: part of it is damaged. "
            "Save the mapping again from Backfill."
        ) from exc
    headers = tuple(str(h) for h in data.get("headers", ()))
    if not headers:
        headers = tuple(sorted(mapping.mapped_columns() | set(mapping.extras)))
    return Template(str(data.get("name") or path.stem), mapping, headers, then_event)


def template_matches(template: Template, headers: Sequence[str]) -> bool:
    """True when the file has exactly the columns the template was made for (any order).

    A rejection report of such a file matches too: its trailing Backfill columns are ignored.
    """
    extra = set(report_extra_columns(headers)) - set(template.headers)
    wanted = {norm_header(h) for h in template.headers}
    return wanted == {norm_header(h) for h in headers if h not in extra}


def _referenced_columns(template: Template) -> list[str]:
    mapping = template.mapping
    cols = [s.column for s in mapping.fields.values() if s.kind == "column" and s.column]
    cols.extend(c for c in mapping.extras if c not in cols)
    if template.then_event is not None:
        cols.extend(c for c in template.then_event.columns() if c not in cols)
    return cols


def apply_template(
    template: Template, headers: Sequence[str], renames: dict[str, str] | None = None
) -> TemplateApplication:
    """Fit a template to new headers: exact, then normalised, then fuzzy (renamed) matches.

    `renames` (template column → file column) are renames the operator accepted; they are
    taken as given. Columns that cannot be matched are reported by name; their fields are
    left unmapped.
    """
    headers = list(headers)
    renames = {old: new for old, new in (renames or {}).items() if new in headers}
    report_columns = [c for c in report_extra_columns(headers) if c not in template.headers]
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(norm_header(h), h)
    wanted = _referenced_columns(template)
    wanted.extend(h for h in template.headers if h not in wanted)
    resolved: dict[str, str] = {}
    renamed: dict[str, str] = {}
    missing: list[str] = []
    taken: set[str] = set()
    for col in wanted:
        if col in renames and renames[col] not in taken:
            resolved[col] = renamed[col] = renames[col]
        elif col in headers and col not in taken:
            resolved[col] = col
        elif norm_header(col) in by_norm and by_norm[norm_header(col)] not in taken:
            resolved[col] = by_norm[norm_header(col)]
        else:
            continue
        taken.add(resolved[col])
    template_cols = set(template.headers) | set(wanted)
    fresh = [
        h for h in headers if h not in taken and h not in template_cols and h not in report_columns
    ]
    for col in wanted:
        if col in resolved:
            continue
        choices = [h for h in fresh if h not in taken]
        best = process.extractOne(
            norm_header(col), {h: norm_header(h) for h in choices}, scorer=fuzz.ratio
        )
        if best is not None and best[1] >= 75:
            resolved[col] = best[2]
            renamed[col] = best[2]
            taken.add(best[2])
        else:
            missing.append(col)
    mapping = template.mapping
    fields: dict[str, FieldSource] = {}
    for name, src in mapping.fields.items():
        if src.kind == "column" and src.column:
            if src.column in resolved:
                fields[name] = replace(src, column=resolved[src.column])
            # else: left unmapped and listed in missing
        else:
            fields[name] = src
    extras = {resolved[c]: e for c, e in mapping.extras.items() if c in resolved}
    for old, new_name in renamed.items():
        # A renamed column keeps the property key it had, so downstream reports still line up.
        if old not in mapping.mapped_columns() and new_name not in extras:
            extras[new_name] = ExtraColumn(key=snake_case(old))
        elif new_name in extras and extras[new_name].key is None:
            extras[new_name] = replace(extras[new_name], key=snake_case(old))
    for column in report_columns:
        extras[column] = ExtraColumn(include=False)
    # A value map follows its column to the new file's name for it.
    value_maps = {resolved[c]: e for c, e in mapping.value_maps.items() if c in resolved}
    new = tuple(
        h for h in headers if h not in taken and h not in template_cols and h not in report_columns
    )
    return TemplateApplication(
        mapping=replace(mapping, fields=fields, extras=extras, value_maps=value_maps),
        missing_columns=tuple(missing),
        renamed_guesses=renamed,
        new_columns=new,
        then_event=template.then_event.with_columns(resolved) if template.then_event else None,
    )
