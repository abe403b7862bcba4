"""Load words that keep their template: plain English text for the CLI and the journal, with
the template and values the window translates."""

from __future__ import annotations

import json
import pickle

from app.core.sources import LoadError
from app.core.sources.said import Joined, LoadWords, Names, Rows


def test_load_words_are_the_english_text_and_keep_their_template():
    words = LoadWords(
        "Skipped {count} empty rows: {rows}.", count=12, rows=Rows(range(1_000, 1_010))
    )
    assert (
        words == "Skipped 12 empty rows: 1,000, 1,001, 1,002, 1,003, 1,004, 1,005, 1,006, 1,007, …."
    )
    assert isinstance(words, str) and words.template == "Skipped {count} empty rows: {rows}."
    assert words.values["count"] == 12
    assert json.dumps([words]) == json.dumps([str(words)])  # the CLI's --json output
    again = pickle.loads(pickle.dumps(words))
    assert again == words and again.template == words.template and again.values == words.values


def test_names_are_quoted_joined_parts_are_not_and_parts_are_said_in_english():
    hidden = LoadWords("{hidden} are hidden in Excel.", hidden=Names(["Lookup", "Codes"]))
    assert hidden == "'Lookup', 'Codes' are hidden in Excel."
    where = LoadWords(
        "in columns {columns}",
        columns=Joined(
            LoadWords("'{column}' ({count})", column=c, count=n) for c, n in [("A", 1), ("B", 1234)]
        ),
    )
    assert where == "in columns 'A' (1), 'B' (1,234)"
    error = LoadError.said("Sheets: {sheets}.", "Row {row}.", sheets=Joined(["A", "B"]), row=1500)
    assert (error.message, error.hint) == ("Sheets: A, B.", "Row 1,500.")
