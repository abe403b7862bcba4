"""The event part of a users mapping: for a sheet of users (e.g. signups: id, email, plan,
signed-up time), the event each row also sends once its user was accepted (`app.core.pair`),
and the events destination's `Mapping` made from it (and back). Saved in templates as
`then_event`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.core.fields import SCHEMAS
from app.core.mapping.model import ExtraColumn, FieldSource, Mapping

DEFAULT_EVENT_NAME = "user_signed_up"


def events_destination_for(users_destination: str) -> str | None:
    """The events destination of the same API as this users destination (None: none)."""
    schema = SCHEMAS.get(users_destination)
    if schema is None or schema.record_kind != "user":
        return None
    for other in SCHEMAS.values():
        if other.vendor == schema.vendor and other.record_kind == "event" and other.user_field:
            return other.id
    return None


@dataclass(frozen=True)
class ThenEvent:
    """The event each user row also sends: a fixed name (or a column of names), its time
    from a column, and the columns sent as its properties. The user id is the user's own."""

    name: str = DEFAULT_EVENT_NAME
    name_column: str | None = None  # when set, each row's event name comes from this column
    time: FieldSource = FieldSource()  # kind "column" for a time column; "none": no timestamp
    properties: tuple[str, ...] = ()

    def columns(self) -> list[str]:
        """Every column the event part reads (for templates fitted to a new file)."""
        used = [c for c in (self.name_column, self.time.column) if c]
        return used + [c for c in self.properties if c not in used]

    def with_columns(self, resolved: dict[str, str]) -> ThenEvent:
        """A copy with columns renamed (old → new); a column not in `resolved` is dropped."""
        name_column = resolved.get(self.name_column) if self.name_column else None
        time = self.time
        if time.kind == "column" and time.column:
            new = resolved.get(time.column)
            time = replace(time, column=new) if new else FieldSource()
        properties = tuple(resolved[c] for c in self.properties if c in resolved)
        return replace(self, name_column=name_column, time=time, properties=properties)

    def problem(self, headers: Sequence[str]) -> str | None:
        """Why this event part cannot be sent from a file with these headers (None: it can)."""
        if not self.name_column and not self.name.strip():
            return "The event needs a name (for example user_signed_up) or a column of names."
        present = set(headers)
        missing = [c for c in self.columns() if c not in present]
        if missing:
            return "The event's column(s) " + ", ".join(f"'{c}'" for c in missing) + " are missing."
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the `then_event` of a mapping template)."""
        out: dict[str, Any] = {"name": self.name}
        if self.name_column:
            out["name_column"] = self.name_column
        if self.time.kind != "none":
            out["time"] = self.time.to_dict()
        if self.properties:
            out["properties"] = list(self.properties)
        return out

    @classmethod
    def from_dict(cls, data: Any) -> ThenEvent:
        """Inverse of to_dict; ValueError in plain words when it is not one."""
        if not isinstance(data, dict):
            raise ValueError("its then_event is not an event description.")
        properties = data.get("properties") or []
        if not isinstance(properties, list) or not all(isinstance(p, str) for p in properties):
            raise ValueError("the then_event's properties are not a list of column names.")
        time = FieldSource.from_dict(data["time"]) if isinstance(data.get("time"), dict) else None
        return cls(
            name=str(data.get("name") or ""),
            name_column=data.get("name_column") or None,
            time=time or FieldSource(),
            properties=tuple(properties),
        )


def event_mapping(users: Mapping, then: ThenEvent) -> Mapping:
    """The events part's mapping, made from the users mapping of the same sheet: the event's
    user id is read exactly as the user's (column, transforms, value map)."""
    destination = events_destination_for(users.destination)
    if destination is None:
        raise ValueError(f"{users.schema.label} has no events destination to pair with.")
    schema = SCHEMAS[destination]
    user_source = users.source(users.schema.user_field or "external_user_id")
    fields = {schema.user_field or "external_user_id": user_source}
    name_field = "name" if "name" in schema.field_names else "event"
    fields[name_field] = (
        FieldSource.from_column(then.name_column)
        if then.name_column
        else FieldSource.from_constant(then.name.strip())
    )
    stamp = schema.timestamp_field
    if stamp is not None and then.time.kind == "column":
        fields[stamp.name] = then.time
    used = {s.column for s in fields.values() if s.kind == "column" and s.column}
    value_maps = {c: e for c, e in users.value_maps.items() if c in used or c in then.properties}
    mapping = Mapping(
        destination=destination,
        fields=fields,
        extras_policy="ignore",
        extras={c: _property(users, c) for c in then.properties if c not in used},
    )
    for column, entries in value_maps.items():
        mapping = mapping.with_value_map(column, entries)
    return mapping


def then_event_of(events: Mapping) -> ThenEvent:
    """The event part an events mapping was made from (`event_mapping`'s inverse, e.g. a pair
    job's events part read back from the journal to import its rows again)."""
    schema = events.schema
    name_field = "name" if "name" in schema.field_names else "event"
    name = events.source(name_field)
    stamp = schema.timestamp_field
    time = events.source(stamp.name) if stamp is not None else FieldSource()
    return ThenEvent(
        name=(name.constant or "") if name.kind == "constant" else DEFAULT_EVENT_NAME,
        name_column=name.column if name.kind == "column" else None,
        time=time if time.kind == "column" else FieldSource(),
        properties=tuple(c for c, extra in events.extras.items() if extra.include),
    )


def _property(users: Mapping, column: str) -> ExtraColumn:
    """A property column of the event, sent under the key (and type) it has as a trait."""
    trait = users.extras.get(column, ExtraColumn())
    return replace(trait, include=True)
