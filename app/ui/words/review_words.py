"""Words made in app/core that the Review and Report steps show, in the operator's language.

Core stays English (the CLI, the journal and exports read it): it hands the UI field labels,
fix names and `Phrase`s (a template with its values, app/core/phrases.py): issue group
summaries, shared row messages, the report's own reasons. The templates are written out here as
literal `translate()` calls so pyside6-lupdate collects them; a text not listed here is shown in
English (tests/gui/test_review_core_words.py checks none is missing). An API's own message is
not a Phrase and stays as the server wrote it.
"""

from __future__ import annotations

from app.core.phrases import Phrase
from app.core.transforms import TRANSFORM_LABELS
from app.ui.texts import number, translate
from app.ui.words import map_words

CONTEXT = "CoreWords"


def _labels() -> dict[str, str]:
    """Field labels (as the Map step shows them, and lower-cased inside a sentence), fix names,
    unit and date-order words."""
    return {
        "User ID": translate("CoreWords", "User ID"),
        "Email": translate("CoreWords", "Email"),
        "Event name": translate("CoreWords", "Event name"),
        "Timestamp": translate("CoreWords", "Timestamp"),
        "Distinct ID": translate("CoreWords", "Distinct ID"),
        "user id": translate("CoreWords", "user id"),
        "email": translate("CoreWords", "email"),
        "event name": translate("CoreWords", "event name"),
        "timestamp": translate("CoreWords", "timestamp"),
        "distinct id": translate("CoreWords", "distinct id"),
        # app/core/transforms.py TRANSFORM_LABELS: the one-click fixes' buttons
        "Trim spaces": translate("CoreWords", "Trim spaces"),
        "Lower-case": translate("CoreWords", "Lower-case"),
        "Squeeze spaces": translate("CoreWords", "Squeeze spaces"),
        "Read dates day-first": translate("CoreWords", "Read dates day-first"),
        "Read dates month-first": translate("CoreWords", "Read dates month-first"),
        "Read as Excel serial days": translate("CoreWords", "Read as Excel serial days"),
        "Read as Excel serial days (1904 base)": translate(
            "CoreWords", "Read as Excel serial days (1904 base)"
        ),
        "Read as seconds": translate("CoreWords", "Read as seconds"),
        "Read as milliseconds": translate("CoreWords", "Read as milliseconds"),
        "Read as microseconds": translate("CoreWords", "Read as microseconds"),
        # app/core/number_dates.py UNIT_FIX_WORDS (inside a summary: "… (read as seconds?)")
        "read as Excel serial days": translate("CoreWords", "read as Excel serial days"),
        "read as Excel serial days (1904 base)": translate(
            "CoreWords", "read as Excel serial days (1904 base)"
        ),
        "read as seconds": translate("CoreWords", "read as seconds"),
        "read as milliseconds": translate("CoreWords", "read as milliseconds"),
        "read as microseconds": translate("CoreWords", "read as microseconds"),
        "day-first": translate("CoreWords", "day-first"),
        "month-first": translate("CoreWords", "month-first"),
    }


def _checks() -> dict[str, str]:
    """app/core/checks.py and timestamp_checks.py: group summaries and row messages."""
    return {
        "{label} is empty": translate("CoreWords", "{label} is empty"),
        "{label} holds only spaces": translate("CoreWords", "{label} holds only spaces"),
        "{label} has spaces around it": translate("CoreWords", "{label} has spaces around it"),
        "{label} is not a valid address": translate("CoreWords", "{label} is not a valid address"),
        "{label} has capital letters (the same person may exist in lower case)": translate(
            "CoreWords", "{label} has capital letters (the same person may exist in lower case)"
        ),
        "{label} has capital letters": translate("CoreWords", "{label} has capital letters"),
        "{label} has spaces around it (sent as is, so it may not match)": translate(
            "CoreWords", "{label} has spaces around it (sent as is, so it may not match)"
        ),
        "'{column}' {problem}": translate("CoreWords", "'{column}' {problem}"),
        "is not a number": translate("CoreWords", "is not a number"),
        "is not true/false (or yes/no)": translate("CoreWords", "is not true/false (or yes/no)"),
        "is not valid JSON": translate("CoreWords", "is not valid JSON"),
        "the row is larger than {size} KB": translate(
            "CoreWords", "the row is larger than {size} KB"
        ),
        "The row is larger than {size} KB once sent; leave some long columns out": translate(
            "CoreWords", "The row is larger than {size} KB once sent; leave some long columns out"
        ),
        "{label} is empty; the validation time is used": translate(
            "CoreWords", "{label} is empty; the validation time is used"
        ),
        "{label} is empty; {time} (validation time) will be sent": translate(
            "CoreWords", "{label} is empty; {time} (validation time) will be sent"
        ),
        "{problem} ({fix}?)": translate("CoreWords", "{problem} ({fix}?)"),
        "{label} only reads as a date the other way round ({order})": translate(
            "CoreWords", "{label} only reads as a date the other way round ({order})"
        ),
        "{label} is a time the clocks skipped in {zone} (daylight saving starts)": translate(
            "CoreWords", "{label} is a time the clocks skipped in {zone} (daylight saving starts)"
        ),
        "{label} is not a date/time Backfill can read": translate(
            "CoreWords", "{label} is not a date/time Backfill can read"
        ),
        "{label} is in the future": translate("CoreWords", "{label} is in the future"),
        "{label} is before {year}": translate("CoreWords", "{label} is before {year}"),
        "{label} is before {year} — check the date format": translate(
            "CoreWords", "{label} is before {year} — check the date format"
        ),
        "{label} happened twice in {zone} (clocks went back); the first (summer time) was taken": (
            translate(
                "CoreWords",
                "{label} happened twice in {zone} (clocks went back); "
                "the first (summer time) was taken",
            )
        ),
        "{label} happened twice in {zone}; read as the first (summer time)": translate(
            "CoreWords", "{label} happened twice in {zone}; read as the first (summer time)"
        ),
        "{label} is far outside the file's other dates ({first} to {last})": translate(
            "CoreWords", "{label} is far outside the file's other dates ({first} to {last})"
        ),
    }


def _row_reasons() -> dict[str, str]:
    """Per-row texts kept as English strings: app/core/timestamps.py's reasons (after the
    field's label), app/core/local_time.py's skipped time, app/core/jobs.py's held-back rows."""
    return {
        "{label}: {reason}": translate("CoreWords", "{label}: {reason}"),
        "hour does not fit AM/PM": translate("CoreWords", "hour does not fit AM/PM"),
        "not a date when read day-first": translate("CoreWords", "not a date when read day-first"),
        "not a date when read month-first": translate(
            "CoreWords", "not a date when read month-first"
        ),
        "number is not a date (not an Excel date or epoch time)": translate(
            "CoreWords", "number is not a date (not an Excel date or epoch time)"
        ),
        "no such date or time": translate("CoreWords", "no such date or time"),
        "not a date or time Backfill can read": translate(
            "CoreWords", "not a date or time Backfill can read"
        ),
        "no such time in {zone}: the clocks went forward over it": translate(
            "CoreWords", "no such time in {zone}: the clocks went forward over it"
        ),
        "Invalid row": translate("CoreWords", "Invalid row"),
        "Left out by the operator on the Review step": translate(
            "CoreWords", "Left out by the operator on the Review step"
        ),
    }


def _notes() -> dict[str, str]:
    """The check's notes on how a column was read (app/core/timestamp_checks.py); the unit
    notes and unit words are the Map step's (map_words)."""
    return {
        "Every date in '{column}' could be day-first or month-first; they were read day-first. "
        "Choose the date order in the mapping if that is wrong.": translate(
            "CoreWords",
            "Every date in '{column}' could be day-first or month-first; they were read "
            "day-first. Choose the date order in the mapping if that is wrong.",
        ),
    }


def _counted(template: str, n: int) -> str:
    """A plural template (app/core/validation_pass.py's notes) in its form for `n`."""
    forms = {
        "%n event repeats an earlier row's user and name. With no timestamp column every "
        "event gets the same time, so {vendor} keeps only one of each; map a timestamp "
        "column to keep them.": translate(
            "CoreWords",
            "%n event repeats an earlier row's user and name. With no timestamp column every "
            "event gets the same time, so {vendor} keeps only one of each; map a timestamp "
            "column to keep them.",
            None,
            n,
        ),
        "%n events repeat an earlier row's user and name. With no timestamp column every "
        "event gets the same time, so {vendor} keeps only one of each; map a timestamp "
        "column to keep them.": translate(
            "CoreWords",
            "%n events repeat an earlier row's user and name. With no timestamp column every "
            "event gets the same time, so {vendor} keeps only one of each; map a timestamp "
            "column to keep them.",
            None,
            n,
        ),
    }
    return forms.get(template, template)


def _duplicates_and_reasons() -> dict[str, str]:
    """app/core/issues.py duplicate words (with fields.py dedupe effects), app/core/reasons.py."""
    return {
        "same {what} as an earlier row — {effect}": translate(
            "CoreWords", "same {what} as an earlier row — {effect}"
        ),
        "{first}, {rest}": translate("CoreWords", "{first}, {rest}"),
        "values in every column": translate("CoreWords", "values in every column"),
        "the later row updates the same user": translate(
            "CoreWords", "the later row updates the same user"
        ),
        "VibeFollow keeps only one event per user, name and time": translate(
            "CoreWords", "VibeFollow keeps only one event per user, name and time"
        ),
        "Ours Privacy would store the event twice": translate(
            "CoreWords", "Ours Privacy would store the event twice"
        ),
        "FloKit would store the event twice": translate(
            "CoreWords", "FloKit would store the event twice"
        ),
        "The destination could not take the row just then (its queue was unavailable), so "
        "it was not stored. Send the failed rows again later.": translate(
            "CoreWords",
            "The destination could not take the row just then (its queue was unavailable), so "
            "it was not stored. Send the failed rows again later.",
        ),
        "The destination was too busy to take the row. Send it again later.": translate(
            "CoreWords", "The destination was too busy to take the row. Send it again later."
        ),
        "The destination asked Backfill to slow down and the row was not stored.": translate(
            "CoreWords", "The destination asked Backfill to slow down and the row was not stored."
        ),
        "Refused by the destination ({code})": translate(
            "CoreWords", "Refused by the destination ({code})"
        ),
    }


_TABLE: dict[str, dict[str, str]] = {}  # the table, under its first entry's translation


def _words() -> dict[str, str]:
    """English → the UI's language, for every core text Review and Report show (built once per
    language: the Report step words a million reasons with it)."""
    key = translate("CoreWords", "{label} is empty")
    table = _TABLE.get(key)
    if table is None:
        _TABLE.clear()
        table = _TABLE[key] = {
            **map_words.core_words(),  # the unit notes and their unit words
            **_labels(), **_checks(), **_notes(), **_row_reasons(), **_duplicates_and_reasons(),
        }  # fmt: skip
    return table


def core_words() -> dict[str, str]:
    """Every core text Review and Report show: English → the UI's language."""
    return _words()


def fix_label(fix: str | None) -> str | None:
    """ "Trim spaces" for "trim" (in English; `word` translates it); None when no transform
    fixes the group."""
    if not fix:
        return None
    return TRANSFORM_LABELS.get(fix, fix.replace("_", " ").capitalize())


def word(text: str) -> str:
    """A core text (a field's label, a fix's name) in the UI's language; others as they are."""
    return _words().get(text, text)


def said(words: str | int | Phrase | None) -> str:
    """`words` in the UI's language: a `Phrase`'s template translated and its values filled in
    (values that are phrases translated too); plain text is data and stays as it is."""
    if isinstance(words, Phrase):
        return _said(words, _words())
    if isinstance(words, int):
        return number(words)
    return words or ""


def _said(phrase: Phrase, table: dict[str, str]) -> str:
    if phrase.count is not None:
        template = _counted(phrase.template, phrase.count).replace("%n", number(phrase.count))
    else:
        template = table.get(phrase.template, phrase.template)
    values = {
        key: _said(value, table) if isinstance(value, Phrase) else said(value)
        for key, value in phrase.values
    }
    return template.format(**values)
