"""Words made in app/core that the Map step shows, in the operator's language.

Core stays English (the CLI, the journal and exports read it): it hands the UI field labels,
unit words and `Phrase`s (a template with its values, app/core/phrases.py). The templates are
written out here as literal `translate()` calls so pyside6-lupdate collects them; a text not
listed here is shown in English (tests/gui/test_map_core_words.py checks none is missing).
"""

from __future__ import annotations

from app.core.phrases import Phrase
from app.ui.texts import number, translate

CONTEXT = "CoreWords"


def _field_words() -> dict[str, str]:
    """Field labels and descriptions, unit words and cleaning steps."""
    return {
        # app/core/fields.py: labels and descriptions (the API's own names stay as they are)
        "User ID": translate("CoreWords", "User ID"),
        "Email": translate("CoreWords", "Email"),
        "Event name": translate("CoreWords", "Event name"),
        "Timestamp": translate("CoreWords", "Timestamp"),
        "Distinct ID": translate("CoreWords", "Distinct ID"),
        "Your ID for the user; must match the ID used for their events.": translate(
            "CoreWords", "Your ID for the user; must match the ID used for their events."
        ),
        "The user's email address.": translate("CoreWords", "The user's email address."),
        "The user the event belongs to (same ID as in VibeFollow users).": translate(
            "CoreWords", "The user the event belongs to (same ID as in VibeFollow users)."
        ),
        "What happened, e.g. user_signed_up (snake_case recommended).": translate(
            "CoreWords", "What happened, e.g. user_signed_up (snake_case recommended)."
        ),
        "When the event happened. Any common date format; stored as ISO 8601 UTC. "
        "Leave unmapped to stamp every row with the validation time.": translate(
            "CoreWords",
            "When the event happened. Any common date format; stored as ISO 8601 UTC. "
            "Leave unmapped to stamp every row with the validation time.",
        ),
        "What happened.": translate("CoreWords", "What happened."),
        "The user or device the event belongs to.": translate(
            "CoreWords", "The user or device the event belongs to."
        ),
        "The user the event belongs to.": translate("CoreWords", "The user the event belongs to."),
        # The labels as plural nouns ("the values in 'Mail' look like emails")
        "user ids": translate("CoreWords", "user ids"),
        "emails": translate("CoreWords", "emails"),
        "event names": translate("CoreWords", "event names"),
        "timestamps": translate("CoreWords", "timestamps"),
        "distinct ids": translate("CoreWords", "distinct ids"),
        # app/core/number_dates.py UNIT_WORDS
        "Excel serial day numbers": translate("CoreWords", "Excel serial day numbers"),
        "Excel serial day numbers (1904 base)": translate(
            "CoreWords", "Excel serial day numbers (1904 base)"
        ),
        "epoch seconds": translate("CoreWords", "epoch seconds"),
        "epoch milliseconds": translate("CoreWords", "epoch milliseconds"),
        "epoch microseconds": translate("CoreWords", "epoch microseconds"),
        # app/core/transforms.py TRANSFORM_LABELS (the cleaning check boxes)
        "Trim spaces": translate("CoreWords", "Trim spaces"),
        "Lower-case": translate("CoreWords", "Lower-case"),
        "Squeeze spaces": translate("CoreWords", "Squeeze spaces"),
    }


def _suggestion_words() -> dict[str, str]:
    """Why a column was suggested, and how dates are read."""
    return {
        # app/core/phrases.py
        "{first} and {last}": translate("CoreWords", "{first} and {last}"),
        "{first} {rest}": translate("CoreWords", "{first} {rest}"),
        # app/core/mapping/suggest.py: why a column was suggested
        "the header '{header}' is the field's name": translate(
            "CoreWords", "the header '{header}' is the field's name"
        ),
        "'{header}' is a common name for {field}": translate(
            "CoreWords", "'{header}' is a common name for {field}"
        ),
        "'{header}' looks like {field}": translate("CoreWords", "'{header}' looks like {field}"),
        "the values in '{header}' look like {things}": translate(
            "CoreWords", "the values in '{header}' look like {things}"
        ),
        "{reason}, but few values look like {things}": translate(
            "CoreWords", "{reason}, but few values look like {things}"
        ),
        "{reason}, but {doubt}": translate("CoreWords", "{reason}, but {doubt}"),
        "no matching column": translate("CoreWords", "no matching column"),
        "its values are e-mail addresses, not event names": translate(
            "CoreWords", "its values are e-mail addresses, not event names"
        ),
        "its values look like people's names, not event names": translate(
            "CoreWords", "its values look like people's names, not event names"
        ),
        "almost every value is different, unlike event names": translate(
            "CoreWords", "almost every value is different, unlike event names"
        ),
        "the file lists people, not things they did": translate(
            "CoreWords", "the file lists people, not things they did"
        ),
        "the file lists people, so these dates are likely about the person, not an event": (
            translate(
                "CoreWords",
                "the file lists people, so these dates are likely about the person, not an event",
            )
        ),
        # app/core/mapping/suggest.py: date notes
        "day-first (DD/MM)": translate("CoreWords", "day-first (DD/MM)"),
        "month-first (MM/DD)": translate("CoreWords", "month-first (MM/DD)"),
        "Every date in '{column}' could be day-first or month-first; reading them "
        "{order}. Switch if that is wrong.": translate(
            "CoreWords",
            "Every date in '{column}' could be day-first or month-first; reading them "
            "{order}. Switch if that is wrong.",
        ),
        "Dates in '{column}' are read {order}.": translate(
            "CoreWords", "Dates in '{column}' are read {order}."
        ),
        "'{value}' is not a date either way; Review lists such rows.": translate(
            "CoreWords", "'{value}' is not a date either way; Review lists such rows."
        ),
    }


def _template_words() -> dict[str, str]:
    """Why a file lists users or events, template drift, unit notes."""
    return {
        # app/core/file_kind.py: why a file lists users or events
        "the column '{column}' names what happened": translate(
            "CoreWords", "the column '{column}' names what happened"
        ),
        "the same values in '{ids}' come back on many rows, each with a '{times}'": translate(
            "CoreWords", "the same values in '{ids}' come back on many rows, each with a '{times}'"
        ),
        "'{column}' holds e-mail addresses": translate(
            "CoreWords", "'{column}' holds e-mail addresses"
        ),
        "'{column}' describes a person": translate("CoreWords", "'{column}' describes a person"),
        "each row has its own '{ids}' and {about}: one row per person": translate(
            "CoreWords", "each row has its own '{ids}' and {about}: one row per person"
        ),
        "each row has its own e-mail address in '{column}'": translate(
            "CoreWords", "each row has its own e-mail address in '{column}'"
        ),
        "the columns do not say whether the rows are people or events": translate(
            "CoreWords", "the columns do not say whether the rows are people or events"
        ),
        # app/core/mapping/templates.py and app/core/template_choice.py: template drift
        "renamed: {pairs}": translate("CoreWords", "renamed: {pairs}"),
        "{missing}; {renamed}": translate("CoreWords", "{missing}; {renamed}"),
        "all columns found": translate("CoreWords", "all columns found"),
        "Template '{name}' expects the column {names}, not found in this file.": translate(
            "CoreWords", "Template '{name}' expects the column {names}, not found in this file."
        ),
        "Template '{name}' expects the columns {names}, not found in this file.": translate(
            "CoreWords", "Template '{name}' expects the columns {names}, not found in this file."
        ),
        "{fields} has no column now.": translate("CoreWords", "{fields} has no column now."),
        "{fields} have no column now.": translate("CoreWords", "{fields} have no column now."),
        "Renamed? Backfill proposes {pairs}.": translate(
            "CoreWords", "Renamed? Backfill proposes {pairs}."
        ),
        "Taken as renamed: {pairs}.": translate("CoreWords", "Taken as renamed: {pairs}."),
        # app/core/timestamp_checks.py: how plain numbers are read as times
        "'{column}' holds {unit} (read as such); choose another unit "
        "in the mapping if that is wrong.": translate(
            "CoreWords",
            "'{column}' holds {unit} (read as such); choose another unit "
            "in the mapping if that is wrong.",
        ),
        "'{column}' mixes numbers of different sizes; each was read by its size (Excel serial "
        "days, epoch seconds, milliseconds or microseconds). Choose one unit in the mapping if "
        "they are all of one kind.": translate(
            "CoreWords",
            "'{column}' mixes numbers of different sizes; each was read by its size (Excel "
            "serial days, epoch seconds, milliseconds or microseconds). Choose one unit in the "
            "mapping if they are all of one kind.",
        ),
    }


def _words() -> dict[str, str]:
    """English → the UI's language, for every core text the Map step shows."""
    return {**_field_words(), **_suggestion_words(), **_template_words()}


def core_words() -> dict[str, str]:
    """Every core text the Map step shows: English → the UI's language."""
    return _words()


def _counted(template: str, n: int) -> str:
    """A plural template in the UI's language, in its form for `n`."""
    forms = {
        "%n column(s) missing: {names}": translate(
            "CoreWords", "%n column(s) missing: {names}", None, n
        ),
    }
    return forms.get(template, template)


def word(text: str) -> str:
    """A core text (a field's label, a unit, a cleaning step) in the UI's language."""
    return _words().get(text, text)


def said(words: str | int | Phrase) -> str:
    """`words` in the UI's language: a `Phrase`'s template translated and its values filled in
    (values that are phrases translated too); plain text is data and stays as it is."""
    if isinstance(words, Phrase):
        return _said(words, _words())
    return number(words) if isinstance(words, int) else words


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
