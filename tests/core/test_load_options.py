"""`LoadOptions`: one value for the reading choices, the same load as the keyword arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.sources import LoadCancelled, LoadOptions, load_table, load_with


def test_options_load_as_the_keywords_do(tmp_path: Path):
    path = tmp_path / "a.csv"
    path.write_text("title\n\nid;name\n1;Ann\n", encoding="cp1252")
    options = LoadOptions(header_row=3, encoding="cp1252", delimiter=";")
    by_options = load_with(path, options)
    by_keywords = load_table(path, header_row=3, encoding="cp1252", delimiter=";")
    assert by_options.headers == by_keywords.headers == ["id", "name"]
    assert by_options.info == by_keywords.info
    assert by_options.row_numbers.tolist() == by_keywords.row_numbers.tolist() == [4]


def test_seams_do_not_count_as_choices(tmp_path: Path):
    assert LoadOptions(sheet="A", progress=print, cancel=lambda: True) == LoadOptions(sheet="A")
    path = tmp_path / "a.csv"
    path.write_text("id\n1\n")
    seen: list[str] = []
    load_with(path, LoadOptions(progress=lambda done, total, message: seen.append(message)))
    assert seen[0] == "Opening a.csv" and seen[-1] == "Read 1 row"
    with pytest.raises(LoadCancelled):
        load_with(path, LoadOptions(cancel=lambda: True))
