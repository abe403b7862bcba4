"""Every word each step shows is translated into German, French and Spanish: the same flow is
walked in English and in the language, and the widget trees are compared place by place. The
longer words clip no button on the way.

A file's own words (its headers, cells and name) and server text are data, not words to
translate; `DATA` lists what the flow's file puts on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale

from app.ui.texts import settle_default_locale
from app.ui.translations import install_translators
from tests.gui import upload_support
from tests.gui.every_step import STEPS, through_every_step
from tests.gui.i18n_walk import left_in_english, shown_texts, squeezed_buttons

qloop = upload_support.qloop

# The customers file's headers and values, the destination's API field names.
DATA = [
    "customers.csv",
    "Customer ID",
    "Signed up",
    "example.com",
    "not-an-email",
    "external_user_id",
    "email",
    "Email",
    "Plan",
    "plan",  # the property names other columns are sent as (Map's extras card)
    "signed_up",
    "plan",  # the Plan column's key in traits (Map's "Plan → plan")
    "pro",
    "free",
    "user",
    # Encodings are names of codecs, the same in every language.
    "utf-8-sig",
    "utf-8",
    "utf-16",
    "latin-1",
    "mac_roman",
]
# Steps whose words are not all translated yet (each is removed as its page is done).
PENDING: set[str] = set()


@pytest.fixture
def walk(
    qtbot, qloop, qapp, make_window, customers_csv, sandbox, monkeypatch, tmp_path_factory
) -> Iterator[Callable]:
    installed: list = []
    squeezed: list[str] = []

    def run(language: str) -> dict[str, dict[str, str]]:
        # A journal of its own: the second walk's rows are not "accepted before".
        monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path_factory.mktemp(f"data-{language}")))
        if language != "en":
            installed.extend(install_translators(qapp, language))
        window = make_window("vibefollow-users")
        seen: dict[str, dict[str, str]] = {}

        def look(step: str) -> None:
            seen[step] = shown_texts(window)
            squeezed.extend(f"{language} {step}: {b}" for b in squeezed_buttons(window))

        through_every_step(qtbot, window, customers_csv, sandbox, look)
        assert list(seen) == list(STEPS)
        # Longer words must not clip a button (a fixed width, or a row with no room left).
        assert not squeezed, "\n".join(squeezed)
        return seen

    yield run
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    settle_default_locale()


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_step_is_translated(walk, language, customers_csv):
    english = walk("en")
    translated = walk(language)
    data = [*DATA, str(customers_csv)]  # the file's path (a tooltip): data, not words
    left = {
        step: left_in_english(english[step], translated.get(step, {}), data=data)
        for step in english
        if step not in PENDING
    }
    left = {step: words for step, words in left.items() if words}
    assert not left, "\n".join(f"{language} {s}: {w}" for s, words in left.items() for w in words)
