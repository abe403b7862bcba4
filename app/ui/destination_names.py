"""Operator-facing names of the four destinations (the core's own labels win when present)."""

from __future__ import annotations

DESTINATION_IDS: tuple[str, ...] = (
    "vibefollow-users",
    "vibefollow-events",
    "ourspriv-events",
    "flokit-events",
)

_FALLBACK = {
    "vibefollow-users": "VibeFollow users",
    "vibefollow-events": "VibeFollow events",
    "ourspriv-events": "Ours Privacy events",
    "flokit-events": "FloKit events",
}


def destination_label(destination_id: str) -> str:
    """ "VibeFollow events" for "vibefollow-events"."""
    try:
        from app.core.fields import get_schema

        schema = get_schema(destination_id)
        for attr in ("label", "title", "display_name"):
            value = getattr(schema, attr, None)
            if isinstance(value, str) and value:
                # "VibeFollow — events" reads badly inside "file → destination" titles.
                return value.replace(" — ", " ")
    except Exception:  # noqa: BLE001 - a missing/unknown schema falls back to the fixed names
        pass
    return _FALLBACK.get(destination_id, destination_id)
