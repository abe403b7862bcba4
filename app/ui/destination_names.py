"""Operator-facing names of the four destinations, in the UI's language (the ids are what is
saved and sent; the core's own labels are English, for the CLI)."""

from __future__ import annotations

from app.ui.texts import translate

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
    """ "VibeFollow events" for "vibefollow-events" ("VibeFollow-Ereignisse" in German)."""
    words = {
        "vibefollow-users": translate("Destinations", "VibeFollow users"),
        "vibefollow-events": translate("Destinations", "VibeFollow events"),
        "ourspriv-events": translate("Destinations", "Ours Privacy events"),
        "flokit-events": translate("Destinations", "FloKit events"),
    }
    if destination_id in words:
        return words[destination_id]
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
