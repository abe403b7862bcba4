"""The Load step in German: its counts read in German words and digits, and a file that cannot
be loaded is explained in German (the core's English stays for the CLI)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.core.sources import LoadError, load_table
from app.core.sources.loader import REALLY_IS
from app.core.sources.said import DELIMITER_WORDS
from app.ui import load_errors, load_notes
from app.ui.texts import translate
from tests.gui.conftest import WAIT_MS

CORE = Path(__file__).resolve().parents[2] / "app" / "core"


def _load(qtbot, window, path: Path) -> None:
    task = window.pages[0].load_path(path)
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)


def test_a_loaded_file_is_counted_in_german(qtbot, german, make_window, tmp_path):
    lines = ["id,email"] + [f"{i},u{i}@example.com" for i in range(1, 1501)]
    (tmp_path / "big.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    window = make_window("vibefollow-users")
    _load(qtbot, window, tmp_path / "big.csv")
    page = window.pages[0]
    assert page.fact_labels["size"].text() == "1.500 Zeilen × 2 Spalten"
    assert page.preview_label.text() == "Erste 20 von 1.500 Zeilen"
    assert page.fact_labels["delimiter"].text() == "Komma"
    assert window.counts_label.text() == "1.500 Zeilen"
    assert window.file_label.text() == "Datei: big.csv"
    assert window.header.title.text() == "Backfill – big.csv → VibeFollow-Nutzer"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "empty.csv ist leer. Wählen Sie eine Datei mit Kopfzeile und Daten."),
        (b"%PDF-1.7 ...", "empty.csv ist ein PDF-Dokument, keine Tabelle."),
    ],
)
def test_a_file_that_cannot_be_loaded_is_explained_in_german(
    qtbot, german, make_window, tmp_path, content, said
):
    (tmp_path / "empty.csv").write_bytes(content)
    window = make_window("vibefollow-users")
    _load(qtbot, window, tmp_path / "empty.csv")
    assert window.pages[0].notice.text.startswith(said)
    with pytest.raises(LoadError) as raised:  # the core itself still speaks English
        load_table(tmp_path / "empty.csv")
    assert raised.value.message.startswith("empty.csv is ")


def _strings(node: ast.expr) -> list[str] | None:
    """The texts an argument can be: a literal, or either branch of `a if … else b`; None for
    anything else (a template the catalog test could not see)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value else []
    if isinstance(node, ast.IfExp):
        body, orelse = _strings(node.body), _strings(node.orelse)
        return None if body is None or orelse is None else body + orelse
    return None


def _said_in_core(maker: str) -> tuple[set[str], list[str]]:
    """Every template the core passes to `LoadError.said` (maker "said") or `LoadWords(...)`,
    and where a template is not a literal."""
    found: set[str] = set()
    unseen: list[str] = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if maker == "said":
                # Load errors only: other core words (Review's, via `tf.said`) have their own.
                owner = getattr(getattr(func, "value", None), "id", "")
                if getattr(func, "attr", "") != "said" or owner != "LoadError":
                    continue
            elif getattr(func, "id", "") != "LoadWords":
                continue
            for arg in node.args:
                texts = _strings(arg)
                if texts is None:
                    unseen.append(f"{path.name}:{node.lineno}")
                else:
                    found.update(texts)
    return found, unseen


def test_every_sentence_the_core_says_is_in_the_catalog_and_translated(german):
    templates, unseen = _said_in_core("said")
    assert len(templates) > 80
    assert not unseen, f"write these templates as literals so this test sees them: {unseen}"
    # Parts of an error's sentence (a `LoadWords` value) are translated in its context.
    parts = {t for t in _said_in_core("LoadWords")[0] if t in load_errors.TEMPLATES}
    missing = templates - set(load_errors.TEMPLATES)
    assert not missing, f"add to app/ui/load_errors.py TEMPLATES: {sorted(missing)}"
    untranslated = [t for t in templates | parts if translate("LoadError", t) == t]
    assert not untranslated, untranslated


def test_every_load_warning_the_core_says_is_in_the_catalog_and_translated(german):
    notes, unseen = _said_in_core("LoadWords")
    assert len(notes) >= 20
    # Words from a table ("comma" …; what a misnamed workbook really is) and said.py's own
    # rebuilding of unpickled words are the only templates that are not literals.
    assert {u.split(":")[0] for u in unseen} == {"loader.py", "said.py"}, unseen
    notes |= set(DELIMITER_WORDS.values()) | set(REALLY_IS.values())
    missing = notes - set(load_notes.NOTES) - set(load_errors.TEMPLATES)
    assert not missing, f"add to app/ui/load_notes.py NOTES: {sorted(missing)}"
    untranslated = [t for t in load_notes.NOTES if translate("LoadNote", t) == t]
    assert not untranslated, untranslated
