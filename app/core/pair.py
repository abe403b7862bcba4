"""Users and their events from one sheet in one upload (a "pair"): e.g. a signups sheet (id,
email, plan, signed-up time) upserts each user, then sends a `user_signed_up` event for it.

A pair is two ordinary journal jobs, a users job and an events job, linked in the journal
(`app.core.journal_pairs`), so every guarantee of a job (journal before network, exactly once
under a crash, counts that add up) holds for each part unchanged. The event rows are stored
held: none is sent before its user was accepted; an event whose user was rejected (or never
sent) ends rejected, unsent, with the user's reason; one whose user failed waits for a retry.

Here: the event part of a users mapping (`ThenEvent`) and the events `Mapping` made from it,
and `prepare_pair` (both jobs written with `prepare_job`). Running a pair is `app.core.pair_run`,
its row outcomes and verdict `app.core.pair_outcomes`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.core.cancel import Cancel
from app.core.fields import SCHEMAS
from app.core.jobs import JobPart, PreparedJob, Progress, prepare_job
from app.core.journal import EarlierAcceptances, JobSource, Journal, Pair
from app.core.mapping import ExtraColumn, FieldSource, Mapping

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


def _property(users: Mapping, column: str) -> ExtraColumn:
    """A property column of the event, sent under the key (and type) it has as a trait."""
    trait = users.extras.get(column, ExtraColumn())
    return replace(trait, include=True)


@dataclass(frozen=True)
class PreparedPair:
    """Both parts written to the journal."""

    pair: Pair
    users: PreparedJob
    events: PreparedJob

    @property
    def accepted_before(self) -> int:
        """Rows of either part this destination accepted in an earlier job."""
        return self.users.accepted_before + self.events.accepted_before


def prepare_pair(
    journal: Journal,
    users_source: JobSource,
    users_parts: Iterable[JobPart],
    events_source: JobSource,
    events_parts: Iterable[JobPart],
    *,
    progress: Progress | None = None,
    cancel: Cancel = None,
    earlier: tuple[EarlierAcceptances | None, EarlierAcceptances | None] = (None, None),
) -> PreparedPair:
    """Write the users job, then the events job linked to it (its rows held): two
    transactions. Cut short between them, the users job waits for an events job that never
    comes; `abandon_unready` drops it (nothing of it was sent)."""
    users = prepare_job(
        journal,
        replace(users_source, pair_role="users"),
        users_parts,
        progress=progress,
        cancel=cancel,
        earlier=earlier[0],
    )
    try:
        events = prepare_job(
            journal,
            replace(events_source, pair_role="events", pair_users_job=users.job_id),
            events_parts,
            progress=progress,
            cancel=cancel,
            earlier=earlier[1],
        )
    except BaseException:
        journal.discard_job(users.job_id)
        raise
    return PreparedPair(Pair(users.job_id, events.job_id), users, events)


def discard_pair(journal: Journal, pair: Pair) -> None:
    """Delete both parts of a pair prepared but never started."""
    if pair.events_job is not None:
        journal.discard_job(pair.events_job)
    journal.discard_job(pair.users_job)


def abandon_unready(journal: Journal, pair: Pair) -> bool:
    """Drop a pair whose preparation was cut short before its events job was stored (its
    users job was never started: sending starts only once both parts exist); True if so."""
    if pair.complete:
        return False
    journal.discard_job(pair.users_job)
    return True
