"""One dash style per language in the word tables (resources/i18n/words_*.py): German, French
and Spanish set a title's or sentence's break as a spaced en dash (" – ") and a range as an
unspaced one ("97–2003"); no translation mixes in the English em dash."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES = ("de", "fr", "es")


def _tables() -> dict[str, tuple]:
    spec = importlib.util.spec_from_file_location(
        "fill_translations", I18N / "fill_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.word_tables(I18N)


def _forms(words: str | tuple[str, ...]) -> list[str]:
    return [words] if isinstance(words, str) else list(words)


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_dash_style_per_language(language):
    tables = _tables()
    index = LANGUAGES.index(language)
    em = [f for words in tables.values() for f in _forms(words[index]) if "—" in f]
    assert not em, em
    # An en dash is either a spaced break or a range between two figures or placeholders.
    odd = [
        f
        for words in tables.values()
        for f in _forms(words[index])
        for m in re.finditer("–", f)
        if not re.search(r"(^| )–( |$)|[\w}]–[\w{]", f[max(0, m.start() - 1) : m.end() + 1])
    ]
    assert not odd, odd
    spaced = sum(" – " in f for words in tables.values() for f in _forms(words[index]))
    assert spaced > 5  # the tables were read
