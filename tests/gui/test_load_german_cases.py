"""The Load step's less common paths in German: real files that cannot be loaded are explained
in German, and the notes about a file that loaded with caveats (formulas without saved values,
hidden sheets, a legacy encoding, skipped rows …) read in German too. The core stays English."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.core.sources import LoadError, load_table
from app.ui.load_notes import said_progress
from tests.gui.conftest import WAIT_MS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _notice(qtbot, make_window, path: Path, **options: object) -> str:
    """What the Load page says after reading `path` (with the operator's `options`)."""
    window = make_window("vibefollow-users")
    page = window.pages[0]
    task = page.load_path(path, **options)
    if task is not None:
        qtbot.waitUntil(lambda: not task.is_running, timeout=WAIT_MS)
    return page.notice.text if page.notice.isVisible() else ""


def _write(path: Path, content: bytes | str) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _encrypted(path: Path) -> Path:
    """A real Excel-encrypted workbook (tests/fixtures/make_binary_fixtures.py made it)."""
    return _write(path, (FIXTURES / "protected.xlsx").read_bytes())


def _ragged(path: Path) -> Path:
    lines = ["id,name"] + [f"{i},n{i}" for i in range(1, 1500)] + ["1500,a,extra"]
    return _write(path, "\n".join(lines) + "\n")


ERRORS = [
    (
        "broken.xlsx",
        lambda p: _write(p, b"PK\x03\x04" + b"\x00" * 40),
        "broken.xlsx ist beschädigt oder unvollständig (die Arbeitsmappe bricht ab).",
    ),
    (
        "quote.csv",
        lambda p: _write(p, 'id,name\n1,"Anna\n2,Ben\n'),
        'quote.csv enthält in Zeile 2 ein Anführungszeichen ("), das nie geschlossen wird',
    ),
    (
        "bad.json",
        lambda p: _write(p, '[{"id": 1},\n {"id": 2'),
        "bad.json ist kein gültiges JSON (Zeile 2, Spalte 10). Prüfen Sie, ob die Datei "
        "vollständig ist; eine JSON-Datei muss ein einziges Array von Objekten sein.",
    ),
    (
        "objects.json",
        lambda p: _write(p, '[{"id": 1}, 2, "x"]'),
        "2 Datensätze von objects.json sind keine Objekte: 2, 3. Jeder Datensatz muss ein "
        "Objekt mit benannten Feldern sein.",
    ),
    ("empty.json", lambda p: _write(p, b""), "empty.json ist leer."),
    (
        "locked.xlsx",
        _encrypted,
        "locked.xlsx ist kennwortgeschützt.",
    ),
    (
        "ragged.csv",
        _ragged,
        "1 Zeile von ragged.csv hat eine andere Anzahl Zellen als die Kopfzeile (2): Zeile "
        "1.501 (Zeile 1.501 hat 3 Zellen). Vermutlich enthält ein Wert ein Trennzeichen",
    ),
    (
        "blank.csv",
        lambda p: _write(p, "\n\n\n"),
        "blank.csv ist leer.",
    ),
]


@pytest.mark.parametrize(("name", "make", "said"), ERRORS, ids=[e[0] for e in ERRORS])
def test_a_bad_file_is_explained_in_german(qtbot, german, make_window, tmp_path, name, make, said):
    path = make(tmp_path / name)
    assert _notice(qtbot, make_window, path).startswith(said)
    with pytest.raises(LoadError) as raised:  # the core itself still speaks English
        load_table(path)
    assert name in raised.value.message and "Datei" not in str(raised.value)


def test_an_empty_sheet_and_a_missing_header_row_are_explained_in_german(
    qtbot, german, make_window, tmp_path
):
    book = openpyxl.Workbook()
    book.active.title = "Leer"
    book.save(tmp_path / "leer.xlsx")
    assert _notice(qtbot, make_window, tmp_path / "leer.xlsx").startswith(
        "Das Blatt „Leer“ von leer.xlsx ist leer. Wählen Sie eine Arbeitsmappe, die Daten enthält."
    )
    book = openpyxl.Workbook()
    book.active.append(["id", "name"])
    book.active.append(["1", "Anna"])
    book.save(tmp_path / "kurz.xlsx")
    assert _notice(qtbot, make_window, tmp_path / "kurz.xlsx", header_row=5) == (
        "Zeile 5 kann nicht die Kopfzeile sein: Das Blatt „Sheet“ hat 2 Zeilen. Wählen Sie "
        "eine Kopfzeile, die die Spaltennamen enthält."
    )


def test_a_wrong_encoding_and_a_folder_are_explained_in_german(
    qtbot, german, make_window, tmp_path
):
    _write(tmp_path / "latin.csv", "id,name\n1,Müller\n".encode("cp1252"))
    assert _notice(qtbot, make_window, tmp_path / "latin.csv", encoding="utf-8") == (
        "latin.csv kann nicht als utf-8 gelesen werden: Die Bytes ab Byte 11 passen nicht "
        "dazu. Lassen Sie die Codierung auf automatisch, oder wählen Sie die, mit der die "
        "Datei gespeichert wurde."
    )
    (tmp_path / "Ordner").mkdir()
    assert _notice(qtbot, make_window, tmp_path / "Ordner").startswith(
        "„Ordner“ ist ein Ordner, keine Datei."
    )


def _formulas(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "Total", "Tax"])
    for i in range(1, 13):
        sheet.append([str(i), f"=B{i}*2", f"=C{i}*3" if i <= 3 else "1"])
    book.save(path)
    return path


def _hidden_first(path: Path) -> Path:
    book = openpyxl.Workbook()
    lookup = book.active
    lookup.title = "Lookup"
    lookup.append(["code"])
    lookup.sheet_state = "hidden"
    users = book.create_sheet("Users")
    users.append(["id", "email"])
    users.append(["1", "a@example.com"])
    book.active = 1
    book.save(path)
    return path


def _active_tab(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["read me"])
    users = book.create_sheet("Users")
    users.append(["id", "email"])
    users.append(["1", "a@example.com"])
    book.active = 1
    book.save(path)
    return path


def _skipped(path: Path) -> Path:
    lines = ["id,name"] + [f"{i},n{i}" for i in range(1, 1500)] + [",", "1500,n"]
    return _write(path, "\n".join(lines) + "\n")


def _misnamed(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["id", "email"])
    book.active.append(["1", "a@example.com"])
    book.save(path)
    return path


WARNINGS = [
    (
        "formeln.xlsx",
        _formulas,
        "15 Formelzellen in den Spalten „Total“ (12), „Tax“ (3) haben keinen gespeicherten "
        "Wert und werden leer gelesen – öffnen Sie die Datei in Excel und speichern Sie sie "
        "erneut.",
    ),
    (
        "versteckt.xlsx",
        _hidden_first,
        "Geladen wurde das Blatt „Users“, das erste sichtbare; „Lookup“ ist in Excel ausgeblendet.",
    ),
    (
        "aktiv.xlsx",
        _active_tab,
        "Geladen wurde das Blatt „Users“, mit dem die Arbeitsmappe in Excel öffnet (ihr "
        "aktives Blatt).",
    ),
    (
        "latin.csv",
        lambda p: _write(p, "id,name\n1,Müller\n2,Ærø\n".encode("cp1252")),
        "Die Datei ist nicht in UTF-8; sie wurde als cp1252 gelesen.",
    ),
    (
        "sep.csv",
        lambda p: _write(p, "sep=;\nid;name\n1;Anna\n"),
        "Die erste Zeile „sep=;“ ist Excels Hinweis auf das Trennzeichen: Die Datei wird mit "
        "dem Trennzeichen Semikolon gelesen,",
    ),
    ("leerzeilen.csv", _skipped, "1 leere Zeile übersprungen: 1.501."),
    (
        "kopf.csv",
        lambda p: _write(p, "id,name\n"),
        "Unter der Kopfzeile (Zeile 1) stehen keine Datenzeilen.",
    ),
    (
        "falsch.xls",
        _misnamed,
        "falsch.xls ist in Wirklichkeit eine Excel-Arbeitsmappe (XLSX), auch wenn der Name "
        "etwas anderes sagt; die Datei wurde als solche gelesen.",
    ),
]


@pytest.mark.parametrize(("name", "make", "said"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_a_file_loaded_with_caveats_is_noted_in_german(
    qtbot, german, make_window, tmp_path, name, make, said
):
    path = make(tmp_path / name)
    assert _notice(qtbot, make_window, path).startswith(said)
    english = load_table(path).warnings  # the CLI's words stay English, and still plain text
    assert english and all(isinstance(w, str) for w in english)
    assert not any("Zeile" in w or "Blatt" in w or "Datei" in w for w in english), english


def test_what_the_load_says_while_reading_is_german(german, tmp_path):
    lines = ["id,email"] + [f"{i},u{i}@example.com" for i in range(1, 1501)]
    path = _write(tmp_path / "gross.csv", "\n".join(lines) + "\n")
    seen: list[str] = []
    load_table(path, progress=said_progress(lambda done, total, words: seen.append(words)))
    assert seen[0] == "gross.csv wird geöffnet" and seen[-1] == "1.500 Zeilen gelesen"
    _misnamed(tmp_path / "buch.xlsx")
    seen.clear()
    load_table(tmp_path / "buch.xlsx", progress=said_progress(lambda d, t, w: seen.append(w)))
    assert "Erstes Blatt von buch.xlsx wird gelesen" in seen and seen[-1] == "1 Zeile gelesen"
    english: list[str] = []
    load_table(path, progress=lambda done, total, words: english.append(words))
    assert english[0] == "Opening gross.csv" and english[-1] == "Read 1,500 rows"


def test_a_chart_sheet_and_an_unknown_sheet_are_explained_in_german(
    qtbot, german, make_window, tmp_path
):
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.Workbook()
    data = book.active
    data.title = "Daten"
    data.append(["id"])
    data.append(["1"])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=1, min_row=1, max_row=2))
    book.create_chartsheet("Diagramm").add_chart(chart)
    book.save(tmp_path / "chart.xlsx")
    assert _notice(qtbot, make_window, tmp_path / "chart.xlsx", sheet="Diagramm") == (
        "Das Blatt „Diagramm“ von chart.xlsx ist ein Diagramm, keine Tabelle mit Zellen. "
        "Wählen Sie ein Blatt, das Daten enthält: Daten."
    )
    assert _notice(qtbot, make_window, tmp_path / "chart.xlsx", sheet="Fehlt") == (
        "chart.xlsx hat kein Blatt namens „Fehlt“. Blätter in dieser Arbeitsmappe: Daten, Diagramm."
    )


def test_a_workbook_whose_every_sheet_is_hidden_is_noted_in_german(
    qtbot, german, make_window, tmp_path
):
    plain = _misnamed(tmp_path / "plain.xlsx")
    path = tmp_path / "alle.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":  # what Excel writes; openpyxl refuses to
                data = data.replace(b'state="visible"', b'state="hidden"')
            target.writestr(item, data)
    assert _notice(qtbot, make_window, path) == (
        "Alle Blätter von alle.xlsx sind in Excel ausgeblendet; geladen wurde „Sheet“, das "
        "erste. Prüfen Sie, ob es das gewünschte Blatt ist."
    )
