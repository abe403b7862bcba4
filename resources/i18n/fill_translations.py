"""Writes the translations of resources/i18n/backfill_*.ts from the word tables beside it
(`words_<area>.py`, one per part of the window); run by `make translations` after
pyside6-lupdate added new source texts. Untranslated ones are reported and left "unfinished".

A table maps an English source to (German, French, Spanish). A source with %n or %Ln is a plural:
each language gives its forms as a tuple (singular, plural), in Qt's order for the language.
Each translation must keep the source's {placeholders}, %n/%Ln and number of & mnemonics.

Glossary (kept the same everywhere): row = Zeile / ligne / fila; column = Spalte / colonne /
columna; field = Feld / champ / campo; upload = Upload / envoi / carga; job = Auftrag / tâche /
trabajo; template = Vorlage / modèle / plantilla; rejected = abgelehnt / rejeté / rechazado.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGE_INDEX = {"de": 0, "fr": 1, "es": 2}
Translation = str | tuple[str, ...]


def word_tables(folder: Path = HERE) -> dict[str, tuple[Translation, Translation, Translation]]:
    """Every words_*.py table in `folder`, merged (a source given twice must agree)."""
    merged: dict[str, tuple[Translation, Translation, Translation]] = {}
    for path in sorted(folder.glob("words_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for source, words in module.WORDS.items():
            if merged.get(source, words) != words:
                raise SystemExit(f"{path.name}: {source!r} is translated differently elsewhere")
            merged[source] = words
    return merged


def _marks(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep of its source: placeholders, plural marks, mnemonics."""
    return (
        sorted(re.findall(r"\{[^{}]*\}", text)),
        sorted(re.findall(r"%L?n", text)),
        len(re.findall(r"&(?!&)", text.replace("&&", ""))),
    )


def problems(source: str, words: Translation) -> list[str]:
    """Why `words` cannot stand for `source` (empty when it can)."""
    forms = [words] if isinstance(words, str) else list(words)
    plural = bool(re.search(r"%L?n", source))
    found = []
    if plural != isinstance(words, tuple):
        found.append("a plural needs a tuple of forms" if plural else "not a plural")
    for form in forms:
        if _marks(form) != _marks(source):
            found.append(f"{form!r} does not keep the marks of {source!r}")
    return found


def fill(path: Path, language: str, table: dict) -> tuple[list[str], list[str]]:
    """Fill `path` for `language`; returns (source texts still missing, problems found)."""
    tree = ET.parse(path)
    missing, wrong = [], []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        words = table.get(source)
        if words is None:
            missing.append(source)
            continue
        chosen = words[LANGUAGE_INDEX[language]]
        wrong.extend(f"{language}: {p}" for p in problems(source, chosen))
        for child in list(translation):
            translation.remove(child)
        if isinstance(chosen, tuple):
            message.set("numerus", "yes")
            translation.text = None
            for form in chosen:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = chosen
        translation.attrib.pop("type", None)
    region = {"de": "DE", "fr": "FR", "es": "ES"}[language]
    tree.getroot().set("language", f"{language}_{region}")
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing, wrong


def main() -> int:
    table = word_tables()
    failed = False
    for language in LANGUAGE_INDEX:
        missing, wrong = fill(HERE / f"backfill_{language}.ts", language, table)
        for source in missing:
            print(f"{language}: not translated: {source}")
        for problem in wrong:
            print(problem)
        failed = failed or bool(missing or wrong)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
