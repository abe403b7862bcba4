"""What the Map step's notices and hint say, in the operator's language: a required field
without a column, why the file went to its destination, which fields are only a guess."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.fields import DestinationSchema, FieldSpec
from app.core.suggestion_plan import SuggestionPlan
from app.ui.destination_names import destination_label
from app.ui.texts import translate
from app.ui.words.map_words import said, word


def missing_words(missing: Sequence[FieldSpec]) -> str:
    """ "User ID is required: choose the column that holds it, or a fixed value." """
    names = and_list([word(spec.label) for spec in missing])
    if len(missing) == 1:
        required = translate(
            "MapPage", "{fields} is required: choose the column that holds it, or a fixed value."
        )
    else:
        required = translate(
            "MapPage", "{fields} are required: choose the column that holds it, or a fixed value."
        )
    return required.format(fields=names)


def kind_words(plan: SuggestionPlan) -> tuple[str, str] | None:
    """Why the file goes where it goes when its kind moved it from the last destination, and
    the hint; None when it did not move."""
    guess = plan.file_kind
    if plan.moved_from is None or guess is None or guess.kind is None:
        return None
    lists = {
        "user": translate("MapPage", "This file lists people (users), so it goes to {to}: {why}."),
        "event": translate("MapPage", "This file lists events, so it goes to {to}: {why}."),
    }
    message = lists[guess.kind].format(to=destination_label(plan.destination), why=said(guess.why))
    return message, translate("MapPage", "Change “Send to” above if that is wrong.")


def doubt_words(schema: DestinationSchema, unsure: Sequence[FieldSpec]) -> tuple[str, str]:
    """The warning for required fields filled by a mere guess, and its hint."""
    hint = translate("MapPage", "Pick the right column in the list, or a fixed value.")
    if schema.record_kind == "event":
        hint = translate(
            "MapPage",
            "Pick the right column in the list, or a fixed value. If the file lists people "
            "rather than things they did, send it to {users} instead (Send to, above).",
        ).format(users=destination_label("vibefollow-users"))
    check = translate("MapPage", "Check {fields}: Backfill is only guessing which column holds it.")
    return check.format(fields=and_list([word(spec.label) for spec in unsure])), hint


def and_list(names: Sequence[str]) -> str:
    """ "A", "A and B", "A and B and C" in the UI's language."""
    text = names[0] if names else ""
    for name in names[1:]:
        text = translate("CoreWords", "{first} and {last}").format(first=text, last=name)
    return text
