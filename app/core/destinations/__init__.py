"""The ingestion APIs Backfill can send to, one module each.

Public API:
- `get_destination(dest_id) -> Destination` for `vibefollow-users`, `vibefollow-events`,
  `ourspriv-events`, `flokit-events` (KeyError with the known ids otherwise).
- `DESTINATION_IDS`, and the types in `base`: `Destination`, `PreparedRequest`, `ChunkResult`,
  `Verdict`, `Accepted`, `Rejected`, `Retry`, `RateLimit`.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.destinations import flokit, ourspriv, vibefollow
from app.core.destinations.base import (
    Accepted,
    ChunkResult,
    Destination,
    Outcome,
    PreparedRequest,
    RateLimit,
    Rejected,
    Retry,
    Verdict,
)

_FACTORIES: dict[str, Callable[[], Destination]] = {
    "vibefollow-users": vibefollow.users,
    "vibefollow-events": vibefollow.events,
    "ourspriv-events": ourspriv.batch,
    "flokit-events": flokit.batch,
}

DESTINATION_IDS: tuple[str, ...] = tuple(_FACTORIES)


def get_destination(dest_id: str) -> Destination:
    """A fresh destination object for `dest_id`."""
    try:
        factory = _FACTORIES[dest_id]
    except KeyError:
        known = ", ".join(DESTINATION_IDS)
        raise KeyError(f"Unknown destination {dest_id!r}; known: {known}") from None
    return factory()


__all__ = [
    "DESTINATION_IDS",
    "Accepted",
    "ChunkResult",
    "Destination",
    "Outcome",
    "PreparedRequest",
    "RateLimit",
    "Rejected",
    "Retry",
    "Verdict",
    "get_destination",
]
