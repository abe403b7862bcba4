"""Column → field mapping: the operator's choices, auto-suggestion, and reusable templates.

A `Mapping` says, for one destination, where each target field comes from (a column, a
constant, or nowhere), which text transforms apply to it, how timestamps are read, and what
happens to the other columns: by default every unmapped column goes into the destination's
`properties`/`traits` under a snake_case key, with per-column overrides (key, value type, or
left out).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import orjson
import pandas as pd
from rapidfuzz import fuzz, process

from app.core.fields import DestinationSchema, FieldSpec, get_schema
from app.core.file_kind import (
    EVENT_TIME_HEADERS,
    FileKindGuess,
    infer_file_kind,
    looks_like_people_names,
    mostly_distinct,
)
from app.core.report import report_extra_columns
from app.core.table import Table
from app.core.transforms import (
    DATE_ORDERS,
    NUMERIC_DATES,
    TEXT_TRANSFORMS,
    VALUE_TYPES,
    date_order_evidence,
    parse_timestamps,
    sniff_value_type,
)

SourceKind = Literal["column", "constant", "none"]
ExtrasPolicy = Literal["include", "ignore"]
TEMPLATE_VERSION = 1
TEMPLATE_SUFFIX = ".json"


def snake_case(name: str) -> str:
    """A property key from a header: `Plan Type` → `plan_type`, `signUpDate` → `sign_up_date`."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    # Accents go (Größe → grosse), letters of other scripts stay: "Имя" → "имя", not "column".
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[\W_]+", "_", text).strip("_").lower()
    return text or "column"


def _norm(name: str) -> str:
    """Comparison form of a header: lower-case letters (any script) and digits only."""
    return re.sub(r"[\W_]", "", snake_case(name))


@dataclass(frozen=True)
class FieldSource:
    """Where one target field's value comes from, and how it is cleaned."""

    kind: SourceKind = "none"
    column: str | None = None
    constant: str | None = None
    transforms: tuple[str, ...] = ()  # names from transforms.TEXT_TRANSFORMS, applied in order
    date_order: str = "auto"  # timestamp fields: auto | day_first | month_first
    timezone: str = "UTC"  # timestamp fields: zone of values written without one
    numeric_dates: str = "auto"  # timestamp fields: auto | excel | epoch_s | epoch_ms

    def __post_init__(self) -> None:
        if self.kind == "column" and not self.column:
            raise ValueError("A column source needs a column name.")
        if self.kind == "constant" and self.constant is None:
            raise ValueError("A constant source needs a value.")
        for name in self.transforms:
            if name not in TEXT_TRANSFORMS:
                raise ValueError(f"Unknown transform '{name}'.")
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"Unknown date order '{self.date_order}'.")
        if self.numeric_dates not in NUMERIC_DATES:
            raise ValueError(f"Unknown numeric date unit '{self.numeric_dates}'.")
        if self.timezone.upper() != "UTC":
            try:
                ZoneInfo(self.timezone)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"Unknown time zone '{self.timezone}'.") from exc

    @classmethod
    def from_column(cls, column: str, **options: Any) -> FieldSource:
        """Take the field from a column."""
        return cls(kind="column", column=column, **options)

    @classmethod
    def from_constant(cls, value: str, **options: Any) -> FieldSource:
        """Use the same value for every row."""
        return cls(kind="constant", constant=value, **options)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (defaults omitted)."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.column is not None:
            out["column"] = self.column
        if self.constant is not None:
            out["constant"] = self.constant
        if self.transforms:
            out["transforms"] = list(self.transforms)
        if self.date_order != "auto":
            out["date_order"] = self.date_order
        if self.timezone != "UTC":
            out["timezone"] = self.timezone
        if self.numeric_dates != "auto":
            out["numeric_dates"] = self.numeric_dates
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldSource:
        """Inverse of to_dict."""
        return cls(
            kind=data.get("kind", "none"),
            column=data.get("column"),
            constant=data.get("constant"),
            transforms=tuple(data.get("transforms", ())),
            date_order=data.get("date_order", "auto"),
            timezone=data.get("timezone", "UTC"),
            numeric_dates=data.get("numeric_dates", "auto"),
        )


@dataclass(frozen=True)
class ExtraColumn:
    """An override for one column that is not mapped to a field."""

    include: bool | None = None  # None: follow the mapping's extras policy
    key: str | None = None  # property/trait key; None: snake_case of the header
    value_type: str = "text"  # text | number | boolean | json
    trim: bool = False

    def __post_init__(self) -> None:
        if self.value_type not in VALUE_TYPES:
            raise ValueError(f"Unknown value type '{self.value_type}'.")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (defaults omitted)."""
        out: dict[str, Any] = {}
        if self.include is not None:
            out["include"] = self.include
        if self.key is not None:
            out["key"] = self.key
        if self.value_type != "text":
            out["value_type"] = self.value_type
        if self.trim:
            out["trim"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExtraColumn:
        """Inverse of to_dict."""
        return cls(
            include=data.get("include"),
            key=data.get("key"),
            value_type=data.get("value_type", "text"),
            trim=bool(data.get("trim", False)),
        )


@dataclass(frozen=True)
class ExtraPlan:
    """One column that will be sent as a property/trait."""

    column: str
    key: str
    value_type: str
    trim: bool


@dataclass(frozen=True)
class Mapping:
    """The operator's mapping for one destination. Treat as immutable; use `with_*` helpers."""

    destination: str
    fields: dict[str, FieldSource] = field(default_factory=dict)
    extras_policy: ExtrasPolicy = "include"
    extras: dict[str, ExtraColumn] = field(default_factory=dict)

    @property
    def schema(self) -> DestinationSchema:
        """The destination's field definitions."""
        return get_schema(self.destination)

    def source(self, field_name: str) -> FieldSource:
        """How `field_name` is filled (kind 'none' when unassigned)."""
        return self.fields.get(field_name, FieldSource())

    def mapped_columns(self) -> set[str]:
        """Columns that feed a target field."""
        return {s.column for s in self.fields.values() if s.kind == "column" and s.column}

    def extra_plan(self, headers: Sequence[str]) -> list[ExtraPlan]:
        """The columns that go into properties/traits, with their keys, in file order."""
        used = self.mapped_columns()
        plan: list[ExtraPlan] = []
        keys: set[str] = set()
        for column in headers:
            if column in used:
                continue
            override = self.extras.get(column, ExtraColumn())
            include = override.include
            if include is None:
                include = self.extras_policy == "include"
            if not include:
                continue
            key = override.key or snake_case(column)
            base, counter = key, 2
            while key in keys:
                key = f"{base}_{counter}"
                counter += 1
            keys.add(key)
            plan.append(ExtraPlan(column, key, override.value_type, override.trim))
        return plan

    def missing_required(self) -> list[FieldSpec]:
        """Required fields with no source (these block validation)."""
        return [s for s in self.schema.required_fields if self.source(s.name).kind == "none"]

    def missing_columns(self, headers: Iterable[str]) -> list[str]:
        """Columns the mapping refers to that the file does not have."""
        present = set(headers)
        wanted = [s.column for s in self.fields.values() if s.kind == "column" and s.column]
        return [c for c in wanted if c not in present]

    def with_field(self, field_name: str, source: FieldSource) -> Mapping:
        """A copy with one field's source replaced."""
        if field_name not in self.schema.field_names:
            raise ValueError(f"{self.schema.label} has no field '{field_name}'.")
        fields = dict(self.fields)
        fields[field_name] = source
        return replace(self, fields=fields)

    def with_fix(self, field_name: str, fix: str, *, column: str | None = None) -> Mapping:
        """A copy with an issue group's fix applied (`IssueGroup.fix`): trim, lowercase,
        collapse_spaces add a transform; day_first / month_first set the date order.

        A group about a column sent as a property/trait (its field is not one of the
        destination's, e.g. "properties.plan") names that `column`: trim is the fix there."""
        if field_name not in self.schema.field_names and column is not None:
            if fix != "trim":
                raise ValueError(f"'{fix}' cannot apply to the column '{column}'.")
            extra = self.extras.get(column, ExtraColumn())
            return self.with_extra(column, replace(extra, trim=True))
        source = self.source(field_name)
        if source.kind == "none":
            raise ValueError(f"'{field_name}' is not mapped, so '{fix}' cannot apply to it.")
        if fix in ("day_first", "month_first"):
            return self.with_field(field_name, replace(source, date_order=fix))
        if fix not in TEXT_TRANSFORMS:
            raise ValueError(f"Unknown fix '{fix}'.")
        if fix in source.transforms:
            return self
        # Trim first so lower-casing and squeezing see clean values.
        transforms = (fix, *source.transforms) if fix == "trim" else (*source.transforms, fix)
        return self.with_field(field_name, replace(source, transforms=transforms))

    def with_extra(self, column: str, extra: ExtraColumn) -> Mapping:
        """A copy with one column's extras override replaced."""
        extras = dict(self.extras)
        extras[column] = extra
        return replace(self, extras=extras)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "destination": self.destination,
            "fields": {name: src.to_dict() for name, src in self.fields.items()},
            "extras_policy": self.extras_policy,
            "extras": {col: ex.to_dict() for col, ex in self.extras.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        """Inverse of to_dict; raises ValueError on unknown destination or field names."""
        destination = data["destination"]
        try:
            schema = get_schema(destination)
        except KeyError as exc:
            raise ValueError(str(exc.args[0])) from exc
        fields = {}
        for name, src in (data.get("fields") or {}).items():
            if name not in schema.field_names:
                raise ValueError(f"{schema.label} has no field '{name}'.")
            fields[name] = FieldSource.from_dict(src)
        policy = data.get("extras_policy", "include")
        if policy not in ("include", "ignore"):
            raise ValueError(f"Unknown extras policy '{policy}'.")
        extras = {c: ExtraColumn.from_dict(e) for c, e in (data.get("extras") or {}).items()}
        return cls(destination=destination, fields=fields, extras_policy=policy, extras=extras)


# ---------------------------------------------------------------------------------------------
# Suggestions

SYNONYMS: dict[str, tuple[str, ...]] = {
    "user_id": (
        "user id",
        "userid",
        "user",
        "uid",
        "customer id",
        "customer_id",
        "customer",
        "client id",
        "account id",
        "member id",
        "contact id",
        "external user id",
        "external_user_id",
        "external id",
        "distinct id",
        "distinctid",
        "person id",
        "id",
    ),
    "event": (
        "event",
        "event name",
        "event_name",
        "name",
        "action",
        "activity",
        "event type",
        "type",
        "what",
        "event_type",
    ),
    "timestamp": (
        "timestamp",
        "time",
        "when",
        "date",
        "datetime",
        "occurred at",
        "occurred_at",
        "created at",
        "created_at",
        "event time",
        "event date",
        "ts",
        "date time",
        "happened at",
        "sent at",
    ),
    "email": ("email", "e-mail", "email address", "mail", "e mail", "user email"),
}
FIELD_ROLES: dict[str, str] = {
    "external_user_id": "user_id",
    "distinctId": "user_id",
    "user_id": "user_id",
    "name": "event",
    "event": "event",
    "timestamp": "timestamp",
    "email": "email",
}
_EMAIL_LIKE = r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"


@dataclass(frozen=True)
class FieldSuggestion:
    """Why a column was chosen for a field, and how sure the guess is."""

    field: str
    column: str | None
    confidence: float  # 0..1
    word: str  # exact | likely | guess | none
    reason: str


@dataclass(frozen=True)
class DateNote:
    """How an ambiguous (or decided) numeric date column is read, with a before/after sample."""

    field: str
    column: str
    order: str  # day_first | month_first
    ambiguous: bool
    message: str
    samples: tuple[tuple[str, str], ...]  # (as written, as read)
    alternative: tuple[tuple[str, str], ...]  # the same samples read the other way


@dataclass(frozen=True)
class MappingSuggestion:
    """An auto-built mapping plus the confidence of each choice."""

    mapping: Mapping
    fields: dict[str, FieldSuggestion]
    date_notes: tuple[DateNote, ...] = ()
    file_kind: FileKindGuess | None = None  # what the file seems to list (users or events)

    def confidence(self, field_name: str) -> float:
        """0..1 confidence of the suggestion for `field_name`."""
        return self.fields[field_name].confidence


def _word(confidence: float) -> str:
    if confidence >= 0.95:
        return "exact"
    if confidence >= 0.75:
        return "likely"
    if confidence > 0:
        return "guess"
    return "none"


def _sample(df: pd.DataFrame, column: str, size: int = 200) -> pd.Series:
    values = df[column].head(size).str.strip()
    return values[values.str.len() > 0]


def _value_score(spec: FieldSpec, sample: pd.Series) -> float:
    """How much the values look like this field (0..1)."""
    if sample.empty:
        return 0.0
    if spec.kind == "email":
        return float(sample.str.fullmatch(_EMAIL_LIKE).mean())
    if spec.kind == "timestamp":
        parsed = parse_timestamps(sample)
        return float(parsed.ok.mean())
    role = FIELD_ROLES.get(spec.name)
    if len(sample) < 5:
        return 0.0  # too few values to judge by content
    distinct = sample.nunique() / len(sample)
    if role == "event":
        # Event names: identifier-like words repeated across rows.
        looks = sample.str.fullmatch(r"[A-Za-z][A-Za-z0-9_ .:\-]{0,63}").mean()
        return 0.5 if looks >= 0.9 and distinct <= 0.5 else 0.0
    if role == "user_id":
        # IDs: no spaces, mostly distinct.
        looks = sample.str.fullmatch(r"[A-Za-z0-9_.:@+\-]{1,64}").mean()
        return 0.45 if looks >= 0.95 and distinct > 0.5 else 0.0
    return 0.0


def _name_score(spec: FieldSpec, header: str) -> tuple[float, str]:
    """Name similarity (0..1) and how it was found."""
    norm = _norm(header)
    if not norm:
        return 0.0, ""
    if norm == _norm(spec.name) or norm == _norm(spec.label):
        return 1.0, f"the header '{header}' is the field's name"
    role = FIELD_ROLES.get(spec.name, spec.name)
    synonyms = SYNONYMS.get(role, ())
    norms = {_norm(s): s for s in synonyms}
    if norm in norms:
        # Generic words ("id", "name", "type", "date") are weaker evidence than specific ones.
        weak = norm in {"id", "name", "type", "date", "time", "user", "what", "mail"}
        return (0.8 if weak else 0.92), f"'{header}' is a common name for {spec.label}"
    candidates = [_norm(spec.name), _norm(spec.label), *norms]
    best = process.extractOne(norm, candidates, scorer=fuzz.ratio)
    if best is None:
        return 0.0, ""
    score = best[1] / 100
    if score >= 0.8:
        return 0.6 + (score - 0.8), f"'{header}' looks like {spec.label}"
    return 0.0, ""


def contradiction(
    spec: FieldSpec, header: str, sample: pd.Series, file_kind: FileKindGuess | None
) -> str:
    """Why the values (or the kind of file) say `header` is not really `spec` ("" if nothing).

    A header can match a field's name while its values say otherwise: a "Name" column of
    people's names is not an event name, and in a file of users a date is when they signed
    up, not when an event happened.
    """
    role = FIELD_ROLES.get(spec.name)
    kind = file_kind.kind if file_kind is not None else None
    if role == "event":
        if not sample.empty and sample.str.fullmatch(_EMAIL_LIKE).mean() >= 0.5:
            return "its values are e-mail addresses, not event names"
        if looks_like_people_names(sample):
            return "its values look like people's names, not event names"
        if len(sample) >= 20 and mostly_distinct(sample):
            return "almost every value is different, unlike event names"
        if kind == "user":
            return "the file lists people, not things they did"
    if spec.kind == "timestamp" and kind == "user" and _norm(header) not in EVENT_TIME_HEADERS:
        return "the file lists people, so these dates are likely about the person, not an event"
    return ""


def suggest_mapping(table: Table, schema: DestinationSchema) -> MappingSuggestion:
    """Best-guess mapping for `table` with per-field confidence and date-reading notes."""
    headers = table.headers
    file_kind = infer_file_kind(table)
    # A re-imported rejection report: Backfill's own Row/Field/Code/Reason/State columns are
    # never data, so they are neither candidates for a field nor sent as properties.
    report_columns = report_extra_columns(headers)
    candidates: list[tuple[float, str, str, str]] = []  # (score, field, column, reason)
    samples = {h: _sample(table.df, h) for h in headers}
    for spec in schema.fields:
        for header in headers:
            if header in report_columns:
                continue
            name_score, reason = _name_score(spec, header)
            value_score = _value_score(spec, samples[header])
            score = name_score
            if spec.kind in ("email", "timestamp"):
                if value_score >= 0.9:
                    if name_score:
                        score = max(name_score, min(1.0, name_score + 0.05))
                    else:
                        score = 0.7
                        reason = f"the values in '{header}' look like {spec.label.lower()}s"
                elif name_score and value_score < 0.5 and not samples[header].empty:
                    score = name_score * 0.6
                    reason += f", but few values look like {spec.label.lower()}s"
            elif not name_score and value_score:
                score = value_score
                reason = f"the values in '{header}' look like {spec.label.lower()}s"
            doubt = contradiction(spec, header, samples[header], file_kind) if score > 0 else ""
            if doubt:
                # Still offered (the operator may know better), but never as "likely".
                score = min(score, 0.5)
                reason = f"{reason or header}, but {doubt}"
            if score > 0:
                candidates.append((score, spec.name, header, reason))
    candidates.sort(key=lambda c: (-c[0], headers.index(c[2])))
    chosen: dict[str, FieldSuggestion] = {}
    used: set[str] = set()
    for score, field_name, header, reason in candidates:
        if field_name in chosen or header in used:
            continue
        chosen[field_name] = FieldSuggestion(
            field_name, header, round(score, 2), _word(score), reason
        )
        used.add(header)
    fields: dict[str, FieldSource] = {}
    notes: list[DateNote] = []
    for spec in schema.fields:
        suggestion = chosen.get(spec.name)
        if suggestion is None:
            chosen[spec.name] = FieldSuggestion(spec.name, None, 0.0, "none", "no matching column")
            continue
        assert suggestion.column is not None
        transforms: tuple[str, ...] = ()
        options: dict[str, str] = {}
        if spec.kind in ("email", "text"):
            # Trimming loses nothing; lower-casing is left to the operator (a warning offers it).
            transforms = ("trim",)
        elif spec.kind == "timestamp":
            note = date_note(table.df[suggestion.column], spec.name, suggestion.column)
            if note is not None:
                notes.append(note)
                options["date_order"] = note.order
        fields[spec.name] = FieldSource.from_column(
            suggestion.column, transforms=transforms, **options
        )
    extras: dict[str, ExtraColumn] = {
        column: ExtraColumn(include=False) for column in report_columns
    }
    for header in headers:
        if header in used or header in report_columns:
            continue
        value_type = sniff_value_type(table.df[header])
        if value_type != "text":
            extras[header] = ExtraColumn(value_type=value_type)
    mapping = Mapping(destination=schema.id, fields=fields, extras=extras)
    in_order = {spec.name: chosen[spec.name] for spec in schema.fields}
    return MappingSuggestion(
        mapping=mapping, fields=in_order, date_notes=tuple(notes), file_kind=file_kind
    )


def date_note(
    values: pd.Series, field_name: str, column: str, order: str | None = None
) -> DateNote | None:
    """Describe how numeric dates in `values` are read (None when there are none).

    `order` forces a reading; by default the values decide, and when they cannot (every value
    reads both ways) day-first is chosen and the note says the column is ambiguous.
    """
    evidence = date_order_evidence(values)
    if evidence.numeric_dates == 0:
        return None
    chosen = order or evidence.decided or "day_first"
    other = "month_first" if chosen == "day_first" else "day_first"
    nonblank = values[values.str.strip().str.len() > 0]
    distinct = pd.Series(nonblank.unique()).head(50)
    parts = distinct.str.extract(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.]")
    numeric = (parts[0].notna()).to_numpy()
    # A sample that is no date either way (31/02/2024) shows nothing: it goes last.
    dated = (
        parse_timestamps(distinct, order=chosen).ok  # type: ignore[arg-type]
        | parse_timestamps(distinct, order=other).ok  # type: ignore[arg-type]
    )
    # Samples that read differently each way show the choice; 02/02/2024 shows nothing.
    differ = numeric & (parts[0].astype(float) != parts[1].astype(float)).to_numpy()
    values_list = distinct.tolist()
    ordered = [
        *(v for v, d, ok in zip(values_list, differ, dated, strict=True) if d and ok),
        *(
            v
            for v, n, d, ok in zip(values_list, numeric, differ, dated, strict=True)
            if n and not d and ok
        ),
    ][:3]
    never = [v for v, n, ok in zip(values_list, numeric, dated, strict=True) if n and not ok]
    if not ordered:
        ordered = never[:3]
    picks = pd.Series(ordered, dtype="str")
    read = parse_timestamps(picks, order=chosen)  # type: ignore[arg-type]
    alt = parse_timestamps(picks, order=other)  # type: ignore[arg-type]
    samples = tuple(zip(picks.tolist(), [_show(v) for v in read.iso], strict=True))
    alternative = tuple(zip(picks.tolist(), [_show(v) for v in alt.iso], strict=True))
    words = {"day_first": "day-first (DD/MM)", "month_first": "month-first (MM/DD)"}
    if evidence.ambiguous:
        message = (
            f"Every date in '{column}' could be day-first or month-first; reading them "
            f"{words[chosen]}. Switch if that is wrong."
        )
    else:
        message = f"Dates in '{column}' are read {words[chosen]}."
    if never:
        message += f" '{never[0]}' is not a date either way; Review lists such rows."
    return DateNote(
        field=field_name,
        column=column,
        order=chosen,
        ambiguous=evidence.ambiguous,
        message=message,
        samples=samples,
        alternative=alternative,
    )


def _show(iso: str) -> str:
    return iso or "(not a date)"


# ---------------------------------------------------------------------------------------------
# Templates


@dataclass(frozen=True)
class Template:
    """A saved mapping plus the headers it was made for."""

    name: str
    mapping: Mapping
    headers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "version": TEMPLATE_VERSION,
            "name": self.name,
            "headers": list(self.headers),
            "mapping": self.mapping.to_dict(),
        }


@dataclass(frozen=True)
class TemplateApplication:
    """A template applied to a file's headers, with what did not line up."""

    mapping: Mapping
    missing_columns: tuple[str, ...]  # template columns the file lacks, not matched to any
    renamed_guesses: dict[str, str]  # template column → file column it was matched to
    new_columns: tuple[str, ...]  # file columns the template never saw

    @property
    def exact(self) -> bool:
        """True when every template column was found by name."""
        return not self.missing_columns and not self.renamed_guesses

    def summary(self) -> str:
        """One plain line for the template bar."""
        parts = []
        if self.missing_columns:
            names = ", ".join(f"'{c}'" for c in self.missing_columns)
            count = len(self.missing_columns)
            parts.append(f"{count} column{'s' if count != 1 else ''} missing: {names}")
        if self.renamed_guesses:
            pairs = ", ".join(f"'{a}' → '{b}'" for a, b in self.renamed_guesses.items())
            parts.append(f"renamed: {pairs}")
        return "; ".join(parts) if parts else "all columns found"


def template_path(path: str | Path) -> Path:
    """Where a template named `path` is saved: always with the .json ending the folder
    listing looks for ("March customers" → "March customers.json")."""
    path = Path(path)
    if path.suffix.lower() == TEMPLATE_SUFFIX:
        return path
    return path.with_name(path.name + TEMPLATE_SUFFIX)


def save_template(
    mapping: Mapping, headers: Sequence[str], path: str | Path, name: str | None = None
) -> Template:
    """Write the mapping and the headers it was made for as JSON at `path` (exactly there:
    callers that name templates for a folder listing use `template_path`)."""
    path = Path(path)
    template = Template(name=name or path.stem, mapping=mapping, headers=tuple(headers))
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
    return Template(name=str(data.get("name") or path.stem), mapping=mapping, headers=headers)


def template_matches(template: Template, headers: Sequence[str]) -> bool:
    """True when the file has exactly the columns the template was made for (any order).

    A rejection report of such a file matches too: its trailing Backfill columns are ignored.
    """
    extra = set(report_extra_columns(headers)) - set(template.headers)
    wanted = {_norm(h) for h in template.headers}
    return wanted == {_norm(h) for h in headers if h not in extra}


def _referenced_columns(mapping: Mapping) -> list[str]:
    cols = [s.column for s in mapping.fields.values() if s.kind == "column" and s.column]
    cols.extend(c for c in mapping.extras if c not in cols)
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
        by_norm.setdefault(_norm(h), h)
    wanted = _referenced_columns(template.mapping)
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
        elif _norm(col) in by_norm and by_norm[_norm(col)] not in taken:
            resolved[col] = by_norm[_norm(col)]
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
        best = process.extractOne(_norm(col), {h: _norm(h) for h in choices}, scorer=fuzz.ratio)
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
    new = tuple(
        h for h in headers if h not in taken and h not in template_cols and h not in report_columns
    )
    return TemplateApplication(
        mapping=replace(mapping, fields=fields, extras=extras),
        missing_columns=tuple(missing),
        renamed_guesses=renamed,
        new_columns=new,
    )
