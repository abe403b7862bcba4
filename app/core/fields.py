"""Target fields of each destination, read from the vendor API documents (shared/seeds).

VibeFollow users: `external_user_id` (required, at least 1 character), `email` (valid address),
free-form `traits`. VibeFollow events: `external_user_id`, `name` (required), `timestamp`
(ISO 8601), free-form `properties`; the server dedupes on (user, name, timestamp).
Ours Privacy batch: `event`, `distinctId` (required), other columns into `properties`.
FloKit batch: `event`, `user_id`, `timestamp`, `properties`.

Every event payload carries a timestamp: when the file has none, validation fixes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

FieldKind = Literal["text", "email", "timestamp"]
RecordKind = Literal["user", "event"]

# None of the documents states a per-record size; Backfill keeps each record under this so
# one oversized row cannot make a whole 1,000-record request fail on a body-size limit.
MAX_RECORD_BYTES = 32 * 1024


@dataclass(frozen=True)
class FieldSpec:
    """One target field: its payload name, what the operator sees, and its rules."""

    name: str
    label: str
    required: bool
    kind: FieldKind
    description: str
    min_length: int = 0


@dataclass(frozen=True)
class DestinationSchema:
    """What one destination accepts per record."""

    id: str
    label: str
    vendor: str
    record_kind: RecordKind
    fields: tuple[FieldSpec, ...]
    extras_key: Literal["traits", "properties"]
    max_batch: int
    dedupe_key: tuple[str, ...]  # fields the server treats as "the same record"; () if none
    dedupe_effect: str  # what the server does with a repeat, in plain words
    user_field: str  # the field naming whose record it is (the identity preview counts it)
    max_record_bytes: int = MAX_RECORD_BYTES

    def field(self, name: str) -> FieldSpec:
        """The field called `name` (KeyError if the destination has none)."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def field_names(self) -> tuple[str, ...]:
        """Payload names of every field, in display order."""
        return tuple(spec.name for spec in self.fields)

    @property
    def required_fields(self) -> tuple[FieldSpec, ...]:
        """Fields a row cannot be sent without."""
        return tuple(spec for spec in self.fields if spec.required)

    @property
    def timestamp_field(self) -> FieldSpec | None:
        """The event-time field, if the destination has one."""
        return next((spec for spec in self.fields if spec.kind == "timestamp"), None)


_TIMESTAMP_HELP = (
    "When the event happened. Any common date format; stored as ISO 8601 UTC. "
    "Leave unmapped to stamp every row with the validation time."
)


def _required_text(name: str, label: str, description: str) -> FieldSpec:
    """A text field every row must fill (at least one character)."""
    return FieldSpec(name, label, True, "text", description, min_length=1)


_TIMESTAMP = FieldSpec("timestamp", "Timestamp", False, "timestamp", _TIMESTAMP_HELP)

_SCHEMAS = (
    DestinationSchema(
        id="vibefollow-users",
        label="VibeFollow — users",
        vendor="VibeFollow",
        record_kind="user",
        fields=(
            _required_text(
                "external_user_id",
                "User ID",
                "Your ID for the user; must match the ID used for their events.",
            ),
            FieldSpec("email", "Email", False, "email", "The user's email address."),
        ),
        extras_key="traits",
        max_batch=1000,
        dedupe_key=("external_user_id",),
        dedupe_effect="the later row updates the same user",
        user_field="external_user_id",
    ),
    DestinationSchema(
        id="vibefollow-events",
        label="VibeFollow — events",
        vendor="VibeFollow",
        record_kind="event",
        fields=(
            _required_text(
                "external_user_id",
                "User ID",
                "The user the event belongs to (same ID as in VibeFollow users).",
            ),
            _required_text(
                "name", "Event name", "What happened, e.g. user_signed_up (snake_case recommended)."
            ),
            _TIMESTAMP,
        ),
        extras_key="properties",
        max_batch=1000,
        dedupe_key=("external_user_id", "name", "timestamp"),
        dedupe_effect="VibeFollow keeps only one event per user, name and time",
        user_field="external_user_id",
    ),
    DestinationSchema(
        id="ourspriv-events",
        label="Ours Privacy — events",
        vendor="Ours Privacy",
        record_kind="event",
        fields=(
            _required_text("event", "Event name", "What happened."),
            _required_text("distinctId", "Distinct ID", "The user or device the event belongs to."),
            _TIMESTAMP,
        ),
        extras_key="properties",
        max_batch=1000,
        dedupe_key=(),
        dedupe_effect="Ours Privacy would store the event twice",
        user_field="distinctId",
    ),
    DestinationSchema(
        id="flokit-events",
        label="FloKit — events",
        vendor="FloKit",
        record_kind="event",
        fields=(
            _required_text("event", "Event name", "What happened."),
            _required_text("user_id", "User ID", "The user the event belongs to."),
            _TIMESTAMP,
        ),
        extras_key="properties",
        max_batch=1000,
        dedupe_key=(),
        dedupe_effect="FloKit would store the event twice",
        user_field="user_id",
    ),
)

SCHEMAS: MappingProxyType[str, DestinationSchema] = MappingProxyType(
    {schema.id: schema for schema in _SCHEMAS}
)
DESTINATION_IDS: tuple[str, ...] = tuple(SCHEMAS)


def get_schema(dest_id: str) -> DestinationSchema:
    """The schema for a destination id; KeyError naming the valid ids otherwise."""
    try:
        return SCHEMAS[dest_id]
    except KeyError:
        raise KeyError(
            f"Unknown destination '{dest_id}'. Choose one of: {', '.join(DESTINATION_IDS)}."
        ) from None
