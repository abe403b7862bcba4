"""The Map step in German, French and Spanish beyond the whole-flow walk: an events file whose
dates read both ways, one with Unix times, a template that drifted, the value-map and other-
columns dialogs; and every word core makes for the step has its translation listed."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from app.core.fields import SCHEMAS
from app.core.mapping import save_template
from app.core.mapping.suggest import ORDER_WORDS
from app.core.mapping.then_event import DEFAULT_EVENT_NAME
from app.core.number_dates import UNIT_WORDS
from app.core.transforms import TRANSFORM_LABELS
from app.ui.texts import settle_default_locale
from app.ui.translations import install_translators
from app.ui.widgets.extras_dialog import ExtrasDialog
from app.ui.widgets.field_row import COMMON_ZONES, local_zone
from app.ui.words import map_words
from tests.gui.conftest import WAIT_MS
from tests.gui.i18n_walk import left_in_english, shown_texts

CORE = Path(__file__).resolve().parents[2] / "app" / "core"


def _events_csv(path: Path, when: list[str]) -> Path:
    rows = [
        f"u{i % 3},signed_up,{stamp},{'pro' if i % 2 else 'free'}" for i, stamp in enumerate(when)
    ]
    path.write_text("User,Event,When,Tier\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


# The files' own words and the API's keys: data, not words to translate.
DATA = ["User", "Event", "When", "Tier", "signed_up", "pro", "free", "tier", "events.csv"]


@pytest.fixture
def languages(qapp, monkeypatch, tmp_path_factory) -> Iterator[Callable[[str], None]]:
    installed: list = []

    def use(language: str) -> None:
        monkeypatch.setenv("BACKFILL_DATA_DIR", str(tmp_path_factory.mktemp(f"data-{language}")))
        for translator in installed:
            qapp.removeTranslator(translator)
        installed.clear()
        if language != "en":
            installed.extend(install_translators(qapp, language))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    settle_default_locale()


def _map_page(qtbot, make_window, path: Path, template: Path | None = None):
    window = make_window("vibefollow-events")
    task = window.pages[0].load_path(path)
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    assert window.go_to(1)
    page = window.pages[1]
    qtbot.waitUntil(
        lambda: window.session.mapping is not None and not page.is_busy, timeout=WAIT_MS
    )
    qtbot.waitUntil(page.value_card.isVisible, timeout=WAIT_MS)  # the values are counted
    if template is not None:
        assert page.load_template(template)
    return page


def _dialog_texts(page) -> dict[str, str]:
    """The value-map and other-columns dialogs' words (built, not shown)."""
    texts: dict[str, str] = {}
    dialogs: list[QWidget] = [page.value_card.dialog(next(iter(page.value_card.buttons)))]
    mapping = page.session.mapping
    dialogs.append(ExtrasDialog(mapping, page.session.table.headers, "properties", page))
    for i, dialog in enumerate(dialogs):
        texts[f"dialog{i}:title"] = dialog.windowTitle()
        texts.update(
            {f"dialog{i}/{k}": v for k, v in shown_texts(dialog, visible_only=False).items()}
        )
        dialog.deleteLater()
    return texts


def _texts(qtbot, make_window, path: Path, template: Path | None) -> dict[str, str]:
    page = _map_page(qtbot, make_window, path, template)
    return {**shown_texts(page, visible_only=False), **_dialog_texts(page)}


SCENES = {
    # Every date reads both ways: the date note with its switch.
    "ambiguous dates": ["04/03/2024", "05/06/2024", "01/02/2024", "03/04/2024", "02/01/2024"],
    # Unix seconds: the numbers list says what "detect" chose.
    "unix times": ["1709546700", "1709633100", "1709719500", "1709805900", "1709892300"],
}


@pytest.mark.parametrize("scene", sorted(SCENES))
@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_map_step_has_no_english_left(qtbot, make_window, languages, tmp_path, scene, language):
    path = _events_csv(tmp_path / "events.csv", SCENES[scene] * 2)
    # A template saved for other column names: the drift notice and its proposals.
    drifted = tmp_path / "drifted.json"
    languages("en")
    first = _map_page(qtbot, make_window, path)
    renamed = [("Kind" if h == "Tier" else h) for h in first.session.table.headers]
    save_template(first.session.mapping, renamed, drifted)
    english = _texts(qtbot, make_window, path, drifted)
    languages(language)
    translated = _texts(qtbot, make_window, path, drifted)
    assert len(translated) == len(english)
    # IANA zone names are what is saved and sent; JSON is JSON in every language; the default
    # event name (the then-event card's placeholder) is the name sent to the API.
    data = [*DATA, "drifted", "Kind", *COMMON_ZONES, local_zone(), "JSON", DEFAULT_EVENT_NAME]
    left = left_in_english(english, translated, data=data)
    assert not left, "\n".join(left)


def test_the_drift_and_the_date_note_are_said_in_german(qtbot, make_window, languages, tmp_path):
    languages("de")
    path = _events_csv(tmp_path / "events.csv", SCENES["ambiguous dates"] * 2)
    page = _map_page(qtbot, make_window, path)
    row = page.rows["timestamp"]
    assert row.date_note.isVisibleTo(page)
    assert "mit dem Tag zuerst (TT/MM)" in row.date_text.text()
    assert row.date_switch.text() == "Stattdessen Monat zuerst lesen"
    assert row.label.text() == "Zeitstempel"
    assert page.rows["external_user_id"].label.text() == "Nutzer-ID *"  # the API name stays


def _phrase_templates() -> set[str]:
    """Every literal template core hands the UI as a Phrase."""
    found = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = func.value if isinstance(func, ast.Attribute) else None
            is_phrase = name == "Phrase" or (
                isinstance(owner, ast.Name) and owner.id == "Phrase" and name in ("of", "counted")
            )
            first = node.args[0]
            if is_phrase and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def test_every_core_word_of_the_map_step_is_listed_for_translation():
    # Review's and the Report's core words have their own catalog (app/ui/words/review_words.py),
    # so have the connection problems (app/ui/connection_words.py).
    from app.ui.connection_words import connection_words
    from app.ui.words import review_words

    listed = set(map_words._words()) | set(review_words._words()) | set(connection_words())
    templates = _phrase_templates()
    assert len(templates) > 30  # the scan found core's phrases
    plural = {t for t in templates if "%n" in t}
    needed = templates - plural
    for schema in SCHEMAS.values():
        for spec in schema.fields:
            needed |= {spec.label, spec.description, f"{spec.label.lower()}s"}
    needed |= set(UNIT_WORDS.values()) | set(ORDER_WORDS.values())
    needed |= {TRANSFORM_LABELS[name] for name in ("trim", "lowercase", "collapse_spaces")}
    needed.discard("")  # an empty reason says nothing
    assert not needed - listed, sorted(needed - listed)
    counted = _counted_keys(map_words._counted) | _counted_keys(review_words._counted)
    assert plural <= counted, sorted(plural - counted)


def _counted_keys(function) -> set[str]:
    """The plural templates a `_counted` function lists (the keys of its dict of forms)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    return {
        key.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant)
    }
