"""A signups sheet and its pair (users + `user_signed_up` events) prepared in a journal, for
the pair tests of the core, the CLI and the app."""

from __future__ import annotations

from pathlib import Path

from app.core.jobs import job_source
from app.core.journal import Journal
from app.core.mapping import FieldSource, Mapping
from app.core.pair import PreparedPair, ThenEvent, event_mapping, prepare_pair
from app.core.stream import open_sliced
from app.core.tally import ValidationTally, validated_slices

SIGNUP_HEADERS = "id,email,plan,signed_up"


def write_signups_csv(
    path: Path, n: int, *, bad_emails: tuple[int, ...] = (), start: int = 0
) -> Path:
    """`n` signups u{start}… (row 2 on), one a minute; `bad_emails`: rows (0-based, counted
    from `start`) whose email fails validation (their user is kept back)."""
    lines = [SIGNUP_HEADERS]
    for i in range(start, start + n):
        email = "not-an-email" if i in bad_emails else f"u{i}@example.com"
        lines.append(f"u{i},{email},{'pro' if i % 2 else 'free'},2024-03-04T10:{i % 60:02d}:00Z")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


USERS_MAPPING = Mapping(
    destination="vibefollow-users",
    fields={
        "external_user_id": FieldSource.from_column("id"),
        "email": FieldSource.from_column("email"),
    },
)
THEN_EVENT = ThenEvent(
    name="user_signed_up", time=FieldSource.from_column("signed_up"), properties=("plan",)
)


def prepare_signups(journal: Journal, path: Path, base_url: str) -> PreparedPair:
    """The pair of the signups sheet at `path`, aimed at `base_url`."""
    events = event_mapping(USERS_MAPPING, THEN_EVENT)
    users_file, events_file = open_sliced(path), open_sliced(path)

    def source(mapping: Mapping) -> object:
        return job_source(
            users_file.first,
            mapping,
            destination_id=mapping.destination,
            base_url=base_url,
            profile_name="test",
        )

    return prepare_pair(
        journal,
        source(USERS_MAPPING),  # type: ignore[arg-type]
        validated_slices(users_file, USERS_MAPPING, ValidationTally()),
        source(events),  # type: ignore[arg-type]
        validated_slices(events_file, events, ValidationTally()),
    )
