"""Operator-facing names of the four destinations and of the built-in sandbox profiles, in the
UI's language (the core's English labels stay what receipts and the CLI say)."""

from __future__ import annotations

from typing import Protocol

from app.ui.texts import translate

DESTINATION_IDS: tuple[str, ...] = (
    "vibefollow-users",
    "vibefollow-events",
    "ourspriv-events",
    "flokit-events",
)


class NamedProfile(Protocol):
    """What `profile_label` reads of a profile (app.core.profiles.Profile)."""

    @property
    def name(self) -> str: ...
    @property
    def destination_id(self) -> str: ...
    @property
    def builtin(self) -> bool: ...


def _names() -> dict[str, str]:
    # Literal calls, so lupdate finds them; the product names stay as they are.
    return {
        "vibefollow-users": translate("Destinations", "VibeFollow users"),
        "vibefollow-events": translate("Destinations", "VibeFollow events"),
        "ourspriv-events": translate("Destinations", "Ours Privacy events"),
        "flokit-events": translate("Destinations", "FloKit events"),
    }


def destination_label(destination_id: str) -> str:
    """ "VibeFollow events" for "vibefollow-events" (translated); an unknown id: the core's
    label, else the id."""
    known = _names().get(destination_id)
    if known is not None:
        return known
    try:
        from app.core.fields import get_schema

        label = getattr(get_schema(destination_id), "label", None)
        if isinstance(label, str) and label:
            # "VibeFollow — events" reads badly inside "file → destination" titles.
            return label.replace(" — ", " ")
    except Exception:  # noqa: BLE001 - a missing/unknown schema falls back to the id
        pass
    return destination_id


def profile_label(profile: NamedProfile) -> str:
    """A profile as the operator reads it: a built-in sandbox one in the UI's language
    ("Sandbox — VibeFollow users"), the operator's own by the name they gave it."""
    if getattr(profile, "builtin", False):
        return translate("Destinations", "Sandbox — {destination}").format(
            destination=destination_label(profile.destination_id)
        )
    return str(profile.name or translate("Destinations", "Profile"))
