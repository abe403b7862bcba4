"""`backfill validate --base-url` / `--profile`: how many of the file's users the destination
there already accepted from Backfill (issue 13.3), read from the journal of real uploads."""

from __future__ import annotations

import json

import pytest

from app.cli import run_cli
from app.sandbox import DEFAULT_API_KEY

KEY_ENV = "BACKFILL_TEST_KEY"


def _events(path, users):
    rows = [f"{u},signup,2024-03-0{1 + i % 9}T10:00:00Z" for i, u in enumerate(users)]
    path.write_text("\n".join(["Customer ID,Event,Timestamp", *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def key_env(monkeypatch):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)


def test_validate_counts_users_new_to_the_destination(sandbox, key_env, tmp_path, capsys):
    checked = _events(tmp_path / "next.csv", ["u1", "u2", "u4", "u5", "u5", "u6"])
    argv = ["validate", str(checked), "--destination", "vibefollow-events"]
    # Before any upload there is no journal: every user is new (and none is created).
    assert run_cli([*argv, "--base-url", sandbox.base_url]) == 0
    assert f"5 of 5 users are new to VibeFollow ({sandbox.base_url})" in capsys.readouterr().out

    sent = _events(tmp_path / "first.csv", ["u1", "u2", "u3"])
    upload = ["upload", str(sent), "--destination", "vibefollow-events"]
    assert run_cli([*upload, "--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]) == 0
    capsys.readouterr()

    assert run_cli([*argv, "--base-url", sandbox.base_url]) == 0
    out = capsys.readouterr().out
    assert f"3 of 5 users are new to VibeFollow ({sandbox.base_url}); 2 already accepted" in out
    assert run_cli([*argv, "--base-url", sandbox.base_url, "--json"]) == 0
    users = json.loads(capsys.readouterr().out)["users"]
    assert (users["new_to_destination"], users["accepted_before"]) == (3, 2)
    # No place given: nothing is claimed about who is new.
    assert run_cli(argv) == 0
    assert "are new to" not in capsys.readouterr().out
    assert run_cli([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["users"]["new_to_destination"] is None


def test_an_unknown_profile_is_refused_in_words(tmp_path, capsys):
    checked = _events(tmp_path / "next.csv", ["u1"])
    argv = ["validate", str(checked), "--destination", "vibefollow-events", "--profile", "nope"]
    assert run_cli(argv) == 2
    assert "no saved profile named 'nope'" in capsys.readouterr().err
