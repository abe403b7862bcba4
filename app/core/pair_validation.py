"""The event part of a pair checked before anything is sent (issue 13.4): the same validation
its preparation runs (`validated_slices` over `event_mapping`), so Review and `backfill
validate` tell the event rows' problems and times exactly as the upload will meet them.

The rule, as `app.core.pair` prepares a pair: each part is validated on its own. A row whose
event is invalid still sends its user (the user is valid); only its event is kept back, "not
sent: invalid" in the report. A row whose user is invalid sends neither.
"""

from __future__ import annotations

from datetime import datetime

from app.core.insight import Insight
from app.core.mapping import Mapping, ThenEvent, event_mapping
from app.core.stream import SlicedFile
from app.core.tally import ValidationTally, validated_slices

EVENT_PART_PREFIX = "Event: "  # how the event part's problems are named next to the users'


def event_part_tally(
    sliced: SlicedFile,
    users: Mapping,
    then: ThenEvent,
    *,
    now: datetime | None = None,
    excluded_rows: frozenset[int] = frozenset(),
) -> ValidationTally:
    """Validate every row's event (read from `sliced`, which must be readable again) and
    sum its problems and its times (the histogram of the event times). Raises
    MappingProblem / LoadError as the users' validation does, ValueError when the users'
    destination has no events destination."""
    events = event_mapping(users, then)
    tally = ValidationTally(insight=Insight())
    for _part in validated_slices(sliced, events, tally, now=now, excluded_rows=excluded_rows):
        pass
    return tally


def event_group_message(message: str) -> str:
    """A problem of the event part, named as such (`Event: timestamp is not a date…`)."""
    return EVENT_PART_PREFIX + message
