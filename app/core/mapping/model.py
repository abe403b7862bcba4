"""The mapping itself: for one destination, where each target field comes from (a column, a
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
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.fields import DestinationSchema, FieldSpec, get_schema
from app.core.timestamps import DATE_ORDERS, NUMERIC_DATES
from app.core.transforms import TEXT_TRANSFORMS, VALUE_TYPES
from app.core.value_maps import maps_to_booleans

SourceKind = Literal["column", "constant", "none"]
ExtrasPolicy = Literal["include", "ignore"]


def snake_case(name: str) -> str:
    """A property key from a header: `Plan Type` → `plan_type`, `signUpDate` → `sign_up_date`."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    # Accents go (Größe → grosse), letters of other scripts stay: "Имя" → "имя", not "column".
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"[\W_]+", "_", text).strip("_").lower()
    return text or "column"


def norm_header(name: str) -> str:
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
    # timestamp fields, plain numbers: auto | excel | excel_1904 | epoch_s | epoch_ms | epoch_us
    numeric_dates: str = "auto"

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
    # Column → {cell text: text sent instead} (app.core.value_maps); unlisted cells pass as is.
    value_maps: dict[str, dict[str, str]] = field(default_factory=dict)

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
            value_type = override.value_type
            if value_type == "text" and maps_to_booleans(self.value_maps.get(column, {})):
                value_type = "boolean"  # see app.core.value_maps: Y → true is a boolean
            plan.append(ExtraPlan(column, key, value_type, override.trim))
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
        collapse_spaces add a transform; day_first / month_first set the date order; a unit
        (excel, excel_1904, epoch_s, epoch_ms, epoch_us) sets how plain numbers are read.

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
        if fix in NUMERIC_DATES and fix != "auto":
            return self.with_field(field_name, replace(source, numeric_dates=fix))
        if fix not in TEXT_TRANSFORMS:
            raise ValueError(f"Unknown fix '{fix}'.")
        if fix in source.transforms:
            return self
        # Trim first so lower-casing and squeezing see clean values.
        transforms = (fix, *source.transforms) if fix == "trim" else (*source.transforms, fix)
        return self.with_field(field_name, replace(source, transforms=transforms))

    def with_number_unit(self, unit: str) -> Mapping:
        """A copy whose timestamp fields read plain numbers in `unit` (`NUMERIC_DATES`)."""
        if unit not in NUMERIC_DATES:
            raise ValueError(f"Unknown numeric date unit '{unit}'.")
        fields = {
            name: replace(src, numeric_dates=unit)
            if src.kind == "column" and self.schema.field(name).kind == "timestamp"
            else src
            for name, src in self.fields.items()
        }
        return replace(self, fields=fields)

    def with_extra(self, column: str, extra: ExtraColumn) -> Mapping:
        """A copy with one column's extras override replaced."""
        extras = dict(self.extras)
        extras[column] = extra
        return replace(self, extras=extras)

    def with_value_map(self, column: str, entries: dict[str, str]) -> Mapping:
        """A copy with one column's value map replaced (no entries: the column has none)."""
        value_maps = dict(self.value_maps)
        kept = {k: v for k, v in entries.items() if k and k != v}
        if kept:
            value_maps[column] = kept
        else:
            value_maps.pop(column, None)
        return replace(self, value_maps=value_maps)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (value maps only when there are any, as before they existed)."""
        out: dict[str, Any] = {
            "destination": self.destination,
            "fields": {name: src.to_dict() for name, src in self.fields.items()},
            "extras_policy": self.extras_policy,
            "extras": {col: ex.to_dict() for col, ex in self.extras.items()},
        }
        if self.value_maps:
            out["value_maps"] = {col: dict(entries) for col, entries in self.value_maps.items()}
        return out

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
        mapping = cls(destination=destination, fields=fields, extras_policy=policy, extras=extras)
        for column, entries in _value_maps_of(data.get("value_maps")).items():
            mapping = mapping.with_value_map(column, entries)
        return mapping


def _value_maps_of(data: object) -> dict[str, dict[str, str]]:
    """A saved `value_maps` object checked: column → {cell text: text sent}, all strings."""
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(e, dict) for e in data.values()):
        raise ValueError("its value maps are not column → {value: sent as} lists.")
    for column, entries in data.items():
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
            raise ValueError(f"the value map of '{column}' holds something other than text.")
    return data
