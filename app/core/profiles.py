"""Named destination profiles ("Sandbox — VibeFollow events", "acme-prod"), saved as JSON.

A profile names a destination, a base URL and a kind (sandbox/staging/production, which colours
the badge). The API key is never part of a profile: it lives in the keyring under the
profile's name (see `app.core.secrets`). Built-in sandbox profiles point at the embedded
sandbox, whose address is only known at runtime, so they store `SANDBOX_URL` and are resolved.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal

from app.core.appdirs import data_dir
from app.core.phrases import Phrase
from app.core.urls import BaseURLError, check_base_url

Kind = Literal["sandbox", "staging", "production"]
KINDS: tuple[Kind, ...] = ("sandbox", "staging", "production")

SANDBOX_URL = "sandbox:"  # placeholder for "the embedded sandbox, wherever it runs now"

# Production is loud on purpose: nobody should mistake it for the sandbox.
KIND_COLOURS: dict[str, str] = {
    "sandbox": "#6b7280",
    "staging": "#d97706",
    "production": "#dc2626",
}

PROFILES_FILE = "profiles.json"


class ProfileError(ValueError):
    """A profile cannot be saved or found; the message is meant for the operator."""


@dataclass(frozen=True)
class Profile:
    """A destination plus where it lives; `builtin` profiles are generated, not saved."""

    name: str
    destination_id: str
    base_url: str
    kind: Kind = "production"
    colour: str = ""
    builtin: bool = False

    @property
    def is_sandbox_placeholder(self) -> bool:
        """True when the base URL means "the embedded sandbox" and needs `resolve`."""
        return self.base_url == SANDBOX_URL

    @property
    def badge_colour(self) -> str:
        """The profile's colour, or its kind's default."""
        return self.colour or KIND_COLOURS.get(self.kind, KIND_COLOURS["production"])


def known_destinations() -> dict[str, str]:
    """Destination id → label, from the destinations package."""
    from app.core import destinations

    lister = getattr(destinations, "all_destinations", None)
    if lister is not None:
        return {d.id: str(getattr(d, "label", d.id)) for d in lister()}
    ids = getattr(destinations, "DESTINATION_IDS", ())
    return {i: str(getattr(destinations.get_destination(i), "label", i)) for i in ids}


def sandbox_profile_name(label: str) -> str:
    """The name of the built-in sandbox profile for a destination label."""
    return f"Sandbox — {label}"


# `ProfileStore.list` hides the builtin inside the class body, so annotations there use this.
Profiles = list[Profile]


class ProfileStore:
    """Built-in sandbox profiles plus the operator's own, persisted in `profiles.json`."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        destinations: Mapping[str, str] | Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        self._path = path
        self._destinations = destinations
        self.load_problem: str | None = None  # why saved profiles could not be read, if so

    @property
    def path(self) -> Path:
        """The JSON file the operator's profiles are kept in."""
        return self._path if self._path is not None else data_dir() / PROFILES_FILE

    def destinations(self) -> dict[str, str]:
        """Destination id → label used for built-ins and for checking saved profiles."""
        source = self._destinations if self._destinations is not None else known_destinations
        return dict(source() if callable(source) else source)

    def builtins(self) -> list[Profile]:
        """One sandbox profile per destination."""
        return [
            Profile(
                name=sandbox_profile_name(label),
                destination_id=dest_id,
                base_url=SANDBOX_URL,
                kind="sandbox",
                colour=KIND_COLOURS["sandbox"],
                builtin=True,
            )
            for dest_id, label in self.destinations().items()
        ]

    def list(self) -> list[Profile]:
        """Built-ins first, then saved profiles in name order.

        An unreadable profiles file leaves the built-ins usable (the sandbox is never lost to a
        bad hand edit); `load_problem` then says what is wrong.
        """
        try:
            saved = sorted(self._load(), key=lambda p: p.name.casefold())
        except ProfileError as exc:
            self.load_problem = str(exc)
            return self.builtins()
        self.load_problem = None
        return self.builtins() + saved

    def get(self, name: str) -> Profile:
        """The profile called `name` (ProfileError if there is none)."""
        for profile in self.list():
            if profile.name == name:
                return profile
        raise ProfileError(str(Phrase.of("There is no profile called '{name}'.", name=name)))

    def save(self, profile: Profile) -> Profile:
        """Add or replace a saved profile (checked first); returns what was stored."""
        name = profile.name.strip()
        if not name:
            raise ProfileError(str(Phrase("A profile needs a name.")))
        if any(b.name == name for b in self.builtins()):
            words = Phrase.of("'{name}' is a built-in profile; choose another name.", name=name)
            raise ProfileError(str(words))
        destinations = self.destinations()
        if destinations and profile.destination_id not in destinations:
            words = Phrase.of("Unknown destination '{id}'.", id=profile.destination_id)
            raise ProfileError(str(words))
        if profile.kind not in KINDS:
            raise ProfileError(str(Phrase.of("Unknown profile kind '{kind}'.", kind=profile.kind)))
        if profile.base_url == SANDBOX_URL:
            base_url = SANDBOX_URL
        else:
            try:
                base_url = check_base_url(profile.base_url)
            except BaseURLError as exc:
                raise ProfileError(str(exc)) from exc
        stored = replace(profile, name=name, base_url=base_url, builtin=False)
        others = [p for p in self._load() if p.name != name]
        self._write([*others, stored])
        return stored

    def delete(self, name: str) -> None:
        """Remove a saved profile (its keyring entry is the caller's to delete)."""
        if any(b.name == name for b in self.builtins()):
            raise ProfileError(f"'{name}' is a built-in profile and cannot be deleted.")
        profiles = self._load()
        kept = [p for p in profiles if p.name != name]
        if len(kept) == len(profiles):
            raise ProfileError(f"There is no profile called '{name}'.")
        self._write(kept)

    @staticmethod
    def resolve(profile: Profile, sandbox_url: str) -> Profile:
        """The profile with the sandbox placeholder replaced by the running sandbox's URL."""
        if not profile.is_sandbox_placeholder:
            return profile
        return replace(profile, base_url=check_base_url(sandbox_url))

    def _load(self) -> Profiles:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except ValueError as exc:
            words = Phrase.of(
                "The profiles file {path} is damaged (not valid JSON), so saved profiles are not "
                "shown. Fix or remove that file; saving a profile is refused until then.",
                path=str(self.path),
            )
            raise ProfileError(str(words)) from exc
        except OSError as exc:
            raise ProfileError(
                f"The profiles file {self.path} cannot be read ({exc.strerror or exc})."
            ) from exc
        profiles: Profiles = []
        for item in raw.get("profiles", []) if isinstance(raw, dict) else []:
            try:
                profiles.append(
                    Profile(
                        name=str(item["name"]),
                        destination_id=str(item["destination_id"]),
                        base_url=str(item["base_url"]),
                        kind=item.get("kind", "production")
                        if item.get("kind") in KINDS
                        else "production",
                        colour=str(item.get("colour", "")),
                    )
                )
            except (KeyError, TypeError):
                continue  # a hand-edited, broken entry: skip it rather than lose the rest
        return profiles

    def _write(self, profiles: Profiles) -> None:
        items = []
        for p in sorted(profiles, key=lambda p: p.name.casefold()):
            item = asdict(p)
            item.pop("builtin")
            items.append(item)
        text = json.dumps({"version": 1, "profiles": items}, indent=2, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write-then-rename so a crash never leaves a half-written profiles file.
        fd, tmp = tempfile.mkstemp(prefix=".profiles-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
