"""Profiles persist as JSON without keys; built-in sandbox profiles resolve at runtime."""

from __future__ import annotations

import json

import pytest

from app.core.profiles import SANDBOX_URL, Profile, ProfileError, ProfileStore
from app.core.secrets import SecretStore
from tests.keyring_backend import MemoryKeyring

DESTS = {"vibefollow-events": "VibeFollow events", "flokit-events": "FloKit events"}


def make_store(tmp_path) -> ProfileStore:
    return ProfileStore(tmp_path / "profiles.json", destinations=DESTS)


def test_builtin_sandbox_profiles_per_destination(tmp_path):
    store = make_store(tmp_path)
    names = [p.name for p in store.list()]
    assert names == ["Sandbox — VibeFollow events", "Sandbox — FloKit events"]
    sb = store.get("Sandbox — FloKit events")
    assert sb.builtin and sb.kind == "sandbox" and sb.base_url == SANDBOX_URL
    resolved = store.resolve(sb, "http://127.0.0.1:5123/")
    assert resolved.base_url == "http://127.0.0.1:5123"
    assert resolved.destination_id == "flokit-events"
    with pytest.raises(ProfileError, match="built-in"):
        store.delete(sb.name)
    with pytest.raises(ProfileError, match="built-in"):
        store.save(Profile(sb.name, "flokit-events", "https://x.example"))


def test_save_get_delete_roundtrip_without_key(tmp_path):
    store = make_store(tmp_path)
    secrets = SecretStore(backend=MemoryKeyring())
    saved = store.save(
        Profile("acme-prod", "vibefollow-events", "https://API.vibefollow.com/", "production")
    )
    secrets.set("acme-prod", "sk_live_never_in_json")
    assert saved.base_url == "https://api.vibefollow.com"
    assert saved.badge_colour == "#dc2626"
    # A second store (next start) reads the same file.
    again = make_store(tmp_path).get("acme-prod")
    assert again == saved
    text = (tmp_path / "profiles.json").read_text(encoding="utf-8")
    assert "sk_live_never_in_json" not in text
    data = json.loads(text)
    assert data["profiles"][0]["name"] == "acme-prod"
    assert set(data["profiles"][0]) == {"name", "destination_id", "base_url", "kind", "colour"}
    # Replacing keeps one entry.
    store.save(Profile("acme-prod", "vibefollow-events", "https://eu.vibefollow.com", "staging"))
    assert [p.name for p in store.list() if not p.builtin] == ["acme-prod"]
    assert store.get("acme-prod").kind == "staging"
    store.delete("acme-prod")
    with pytest.raises(ProfileError, match="no profile"):
        store.get("acme-prod")


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (Profile("p", "vibefollow-events", "http://api.vibefollow.com"), "unencrypted"),
        (Profile("p", "nope", "https://api.vibefollow.com"), "Unknown destination"),
        (Profile(" ", "vibefollow-events", "https://api.vibefollow.com"), "needs a name"),
        (Profile("p", "vibefollow-events", "https://a.b", kind="prod"), "kind"),  # type: ignore[arg-type]
    ],
)
def test_invalid_profiles_are_refused(tmp_path, profile, message):
    with pytest.raises(ProfileError, match=message):
        make_store(tmp_path).save(profile)
    assert not (tmp_path / "profiles.json").exists()


def test_default_path_is_in_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path / "dd"))
    store = ProfileStore(destinations=DESTS)
    store.save(Profile("s", "flokit-events", "https://api.flokit.io", "staging"))
    assert (tmp_path / "dd" / "profiles.json").exists()


def test_broken_entries_are_skipped(tmp_path):
    (tmp_path / "profiles.json").write_text(
        json.dumps(
            {
                "profiles": [
                    {"name": "x"},
                    {
                        "name": "ok",
                        "destination_id": "flokit-events",
                        "base_url": "https://a.example",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    assert [p.name for p in make_store(tmp_path).list() if not p.builtin] == ["ok"]
