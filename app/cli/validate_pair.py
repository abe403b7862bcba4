"""`backfill validate … --then-event NAME` (or a template with a `then_event`): the event
part of a users sheet checked as its upload will check it (`app.core.pair_validation`), its
problems named "Event: …" after the users' ones, and its times charted."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.cli.context import CliError
from app.cli.pair import then_event_of
from app.core.mapping import Mapping, ThenEvent, event_mapping
from app.core.pair_validation import event_group_message, event_part_tally
from app.core.sources import LoadError
from app.core.stream import SlicedFile
from app.core.tally import ValidationTally
from app.core.validate import MappingProblem

TEXT_BINS = 24  # as the users' chart: one screen


@dataclass(frozen=True)
class EventPart:
    """The event part asked for and how its rows validated."""

    then: ThenEvent
    tally: ValidationTally


def check_event_part(
    args: argparse.Namespace,
    mapping: Mapping,
    from_template: ThenEvent | None,
    headers: list[str],
    reopen: Callable[[], SlicedFile],
) -> EventPart | None:
    """The event part validated (None: none asked for); CliError when it cannot be."""
    then = chosen_then_event(args, mapping, from_template, headers)
    if then is None:
        return None
    try:
        return EventPart(then, validate_event_part(reopen, mapping, then))
    except (MappingProblem, LoadError) as exc:
        raise CliError(str(exc)) from exc


def chosen_then_event(
    args: argparse.Namespace, mapping: Mapping, from_template: ThenEvent | None, headers: list[str]
) -> ThenEvent | None:
    """The event part asked for (flags over the template's), None: none. CliError when it
    cannot be sent from this file or this destination has no events to pair with."""
    then = then_event_of(args, from_template, headers)
    if then is not None:
        try:
            event_mapping(mapping, then)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    return then


def validate_event_part(
    reopen: Callable[[], SlicedFile], mapping: Mapping, then: ThenEvent
) -> ValidationTally:
    """The event part's tally; the file is read again (a sliced file is read once)."""
    return event_part_tally(reopen(), mapping, then)


def say_event_part(say: Callable[..., None], then: ThenEvent, tally: ValidationTally) -> None:
    """The event part's summary, its problems (each named "Event: …"), notes and chart."""
    say()
    name = f"'{then.name_column or then.name}'"
    at = f" at '{then.time.column}'" if then.time.kind == "column" else ""
    say(f"Event part: {name}{at}")
    say(tally.summary_line())
    for group in tally.sorted_groups():
        mark = "✗" if group.severity == "error" else "!"
        fix = f"  [fix: {group.fix}]" if group.fix else ""
        say(f"  {mark} {event_group_message(group.message)}{fix}")
    for note in tally.notes:
        say(f"Note: {event_group_message(str(note))}")
    if tally.invalid:
        # As the pair's preparation does: each part stands alone (app.core.pair_validation).
        say(
            "Rows whose event is invalid: their users are still sent; their events are kept "
            "back (not sent: invalid) and listed in the report."
        )
    if tally.timestamp_fixed_at:
        say(f"Event: no time column, so every event is stamped {tally.timestamp_fixed_at}.")
    if tally.insight is not None:
        chart = tally.insight.timeline.histogram(max_bins=TEXT_BINS).text_lines()
        if chart:
            say()
            for line in chart:
                say(line)


def json_event_part(mapping: Mapping, then: ThenEvent, tally: ValidationTally) -> dict[str, Any]:
    """The event part in `backfill validate --json` (key `then_event`)."""
    events = event_mapping(mapping, then)
    out: dict[str, Any] = {
        "then_event": then.to_dict(),
        "destination": events.destination,
        "rows": tally.rows,
        "valid": tally.valid,
        "invalid": tally.invalid,
        "warning_count": tally.warnings,
        "timestamp_fixed_at": tally.timestamp_fixed_at,
        "notes": [str(note) for note in tally.notes],
        "groups": [
            {
                "field": g.field,
                "code": g.code,
                "severity": g.severity,
                "column": g.column,
                "count": g.count,
                "message": g.message,
                "first_rows": list(g.first_rows),
                "fix": g.fix,
            }
            for g in tally.sorted_groups()
        ],
    }
    if tally.insight is not None:
        h = tally.insight.histogram()
        out["events_over_time"] = {
            "bin": h.width.value,
            "years_per_bin": h.step,
            "earlier": h.earlier,
            "later": h.later,
            "bins": [{"start": b.start.isoformat(), "count": b.count} for b in h.bins],
        }
    return out
