"""Where the Map step starts for a file: the destination its kind calls for, the suggested
mapping, and a saved template that fits its headers (worked out in a worker, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.fields import get_schema
from app.core.file_kind import FileKindGuess, destination_for, infer_file_kind
from app.core.mapping import MappingSuggestion, suggest_mapping
from app.core.table import Table
from app.core.template_choice import TemplateChoice, choose_template, load_templates


@dataclass(frozen=True)
class SuggestionPlan:
    """What the background matching found for a file: where it goes and how it maps."""

    destination: str
    suggestion: MappingSuggestion
    choice: TemplateChoice | None
    file_kind: FileKindGuess | None = None
    moved_from: str | None = None  # the destination used before, when the file's kind differs


def plan_suggestion(
    table: Table, destination: str, folder: Path, *, infer_destination: bool = False
) -> SuggestionPlan:
    """Auto-suggest (for the destination the file's kind calls for, when asked) and find a
    saved template made for (nearly) these headers."""
    guess = infer_file_kind(table) if infer_destination else None
    chosen = destination_for(guess.kind, destination) if guess is not None else destination
    suggestion = suggest_mapping(table, get_schema(chosen))
    choice = choose_template(load_templates(folder), table.headers, chosen)
    moved = destination if chosen != destination else None
    return SuggestionPlan(chosen, suggestion, choice, guess, moved)
