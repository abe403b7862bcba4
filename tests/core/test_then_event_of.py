"""A pair's event part read back from its events mapping (as the journal stores it) is the
one it was made from, so "Fix and re-import" sends the same events again."""

from __future__ import annotations

import pytest

from app.core.mapping import FieldSource, Mapping, ThenEvent, event_mapping, then_event_of
from tests.upload.pair_files import THEN_EVENT, USERS_MAPPING

EVENT_PARTS = [
    THEN_EVENT,
    ThenEvent(name="trial_started"),  # no time, no properties
    ThenEvent(name_column="plan", time=FieldSource.from_column("signed_up")),
    ThenEvent(name="joined", properties=("plan", "email")),
]


@pytest.mark.parametrize("then", EVENT_PARTS, ids=lambda t: t.name_column or t.name)
def test_the_event_part_comes_back_from_the_stored_events_mapping(then: ThenEvent) -> None:
    stored = event_mapping(USERS_MAPPING, then).to_dict()  # what the events job keeps
    back = then_event_of(Mapping.from_dict(stored))
    assert back == then
    assert event_mapping(USERS_MAPPING, back) == event_mapping(USERS_MAPPING, then)
