"""`backfill validate` and `backfill upload` apply a template's value maps (issue 13.5): the
mapped values are what is checked, described and sent (upload checked against what the real
sandbox stored)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import run_cli
from app.core.mapping import ExtraColumn, FieldSource, Mapping, save_template
from app.sandbox import DEFAULT_API_KEY

KEY_ENV = "BACKFILL_TEST_KEY"
ROWS = "id,Active,Plan\nu1,Y,Pro\nu2,N,PRO\nu3,maybe,pro plan\nu4,yes,free\n"


def users_file(tmp_path: Path) -> Path:
    path = tmp_path / "users.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def template(tmp_path: Path, *, with_maps: bool) -> Path:
    mapping = Mapping(
        destination="vibefollow-users",
        fields={"external_user_id": FieldSource.from_column("id")},
        extras={"Active": ExtraColumn(value_type="boolean")},
    )
    if with_maps:
        mapping = mapping.with_value_map("Active", {"maybe": "false"}).with_value_map(
            "Plan", {"Pro": "pro", "PRO": "pro", "pro plan": "pro"}
        )
    path = tmp_path / ("mapped.json" if with_maps else "plain.json")
    save_template(mapping, ["id", "Active", "Plan"], path)
    return path


def test_validate_checks_the_mapped_values_and_prints_the_maps(tmp_path, capsys):
    src = users_file(tmp_path)
    # Without value maps "maybe" is not a boolean: one invalid row.
    assert (
        run_cli(["validate", str(src), "--mapping", str(template(tmp_path, with_maps=False))]) == 1
    )
    assert "'Active' is not true/false" in capsys.readouterr().out
    assert (
        run_cli(["validate", str(src), "--mapping", str(template(tmp_path, with_maps=True))]) == 0
    )
    out = capsys.readouterr().out
    assert "values          Active: 'maybe' → 'false'" in out
    assert "values          Plan: 'Pro', 'PRO', 'pro plan' → 'pro'" in out
    assert "4 rows: 4 valid, 0 invalid" in out


def test_validate_json_carries_the_value_maps(tmp_path, capsys):
    src = users_file(tmp_path)
    mapped = template(tmp_path, with_maps=True)
    assert run_cli(["validate", str(src), "--mapping", str(mapped), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["invalid"] == 0
    assert summary["mapping"]["value_maps"]["Active"] == {"maybe": "false"}


@pytest.fixture
def key_env(monkeypatch):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)
    return DEFAULT_API_KEY


def test_upload_sends_the_mapped_values(sandbox, key_env, tmp_path, capsys):
    src = users_file(tmp_path)
    mapped = template(tmp_path, with_maps=True)
    argv = ["upload", str(src), "--mapping", str(mapped), "--destination", "vibefollow-users"]
    argv += ["--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]
    assert run_cli(argv) == 0
    out = capsys.readouterr().out
    assert "Values of Plan: 'Pro', 'PRO', 'pro plan' → 'pro'" in out
    stored = {r["external_user_id"]: r["traits"] for r in sandbox.records("vibefollow-users")}
    assert stored == {
        "u1": {"active": True, "plan": "pro"},
        "u2": {"active": False, "plan": "pro"},  # N has no entry: read as a boolean as before
        "u3": {"active": False, "plan": "pro"},
        "u4": {"active": True, "plan": "free"},  # free has no entry: sent unchanged
    }


def test_a_text_property_mapped_y_n_reaches_the_sandbox_as_booleans(
    sandbox, key_env, tmp_path, capsys
):
    """The property's type is left at text: the map's true/false targets make it a boolean."""
    src = tmp_path / "flags.csv"
    src.write_text("id,Active\nu1,Y\nu2,N\nu3,Y\n", encoding="utf-8")
    mapping = Mapping(
        destination="vibefollow-users",
        fields={"external_user_id": FieldSource.from_column("id")},
    ).with_value_map("Active", {"Y": "true", "N": "false"})
    path = tmp_path / "flags.json"
    save_template(mapping, ["id", "Active"], path)
    argv = ["upload", str(src), "--mapping", str(path), "--destination", "vibefollow-users"]
    argv += ["--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]
    assert run_cli(argv) == 0
    capsys.readouterr()
    stored = {r["external_user_id"]: r["traits"] for r in sandbox.records("vibefollow-users")}
    assert stored == {"u1": {"active": True}, "u2": {"active": False}, "u3": {"active": True}}
