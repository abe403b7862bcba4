"""The primary button has a mnemonic in every language (Alt+<letter> presses it), and no other
control shown on the same step answers to that letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui import test_every_step_translated as flow
from tests.gui.mnemonics import mnemonic, plain

walk, qloop = flow.walk, flow.qloop  # the whole-flow walk, in each language
STEPS = ("load", "map", "review", "upload", "upload (done)", "report")


def test_plain_and_mnemonic_read_the_marks():
    assert plain("Ne&xt: Map ▶") == "Next: Map ▶" and mnemonic("Ne&xt: Map ▶") == "x"
    assert plain("Salt && &Pepper") == "Salt & Pepper" and mnemonic("Salt && &Pepper") == "p"
    assert mnemonic("Next") is None


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_primary_buttons_letter_is_its_own_on_every_step(walk, language):
    seen = walk(language)
    for step in STEPS:
        texts = seen[step]
        primary = next(t for k, t in texts.items() if "primaryButton" in k and k.endswith(":text"))
        letter = mnemonic(primary)
        assert letter, f"{language} {step}: {primary!r} has no mnemonic"
        others = [
            text
            for key, text in texts.items()
            if key.endswith(":text") and "primaryButton" not in key and mnemonic(text) == letter
        ]
        assert not others, f"{language} {step}: Alt+{letter} is also {others}"


def test_alt_and_the_letter_presses_the_primary_button(qtbot, make_window, customers_csv):
    window = make_window("vibefollow-users")
    window.show()
    qtbot.waitExposed(window)
    task = window.pages[0].load_path(customers_csv)
    qtbot.waitUntil(lambda: not task.is_running and window.primary_button.isEnabled())
    letter = mnemonic(window.primary_button.text())
    assert letter is not None
    qtbot.keyClick(
        window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: window.current == 1)
