"""A damaged profiles file never takes the built-in sandbox (or the Upload step) down with it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.profiles import Profile, ProfileError, ProfileStore
from app.sandbox import DEFAULT_API_KEY
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS
from tests.gui.mnemonics import plain

qloop = upload_support.qloop


def test_damaged_profiles_file_keeps_the_builtins(tmp_path: Path):
    path = tmp_path / "profiles.json"
    path.write_text("{hand edited", encoding="utf-8")
    store = ProfileStore(path, destinations={"flokit-events": "FloKit"})
    assert [p.name for p in store.list()] == ["Sandbox — FloKit"]
    assert store.load_problem is not None and "damaged" in store.load_problem
    assert "Expecting" not in store.load_problem  # no JSON parser jargon
    with pytest.raises(ProfileError):  # saving would overwrite the operator's other profiles
        store.save(Profile("acme-prod", "flokit-events", "https://api.flokit.ai"))
    assert path.read_text(encoding="utf-8") == "{hand edited"


def test_upload_step_opens_over_a_damaged_profiles_file(
    qtbot, qloop, make_window, sandbox, tmp_path
):
    (Path(os.environ["BACKFILL_DATA_DIR"]) / "profiles.json").write_text("{broken")
    window = make_window("vibefollow-users")
    window.pages[3].ask_pause_and_close = lambda: True
    session = window.session
    session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
    path = tmp_path / "users.csv"
    path.write_text("Customer ID,Email\nC1,a@example.com\n", encoding="utf-8")
    window.open_file(path)
    qtbot.waitUntil(lambda: session.table is not None, timeout=WAIT_MS)
    assert window.go_to(1)
    qtbot.waitUntil(lambda: session.mapping is not None, timeout=WAIT_MS)
    assert window.go_to(2)
    qtbot.waitUntil(lambda: session.validation is not None, timeout=WAIT_MS)
    assert window.go_to(3)
    qtbot.waitUntil(window.pages[3].primary_enabled, timeout=WAIT_MS)
    assert plain(window.primary_button.text()).startswith("Start upload")
