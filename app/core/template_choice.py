"""Which saved mapping template fits a file, and what drifted since it was saved.

The Map step and the CLI pick templates the same way: a template made for exactly these
columns wins; otherwise the one that knows most of them, even when a column it needs was
renamed. Renamed columns are never guessed silently: the choice lists the template's columns
the file lacks and *proposes* file columns for them, which the operator accepts or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from app.core.appdirs import data_dir
from app.core.mapping import (
    TEMPLATE_SUFFIX,
    Template,
    TemplateApplication,
    apply_template,
    load_template,
    template_matches,
    template_path,
)
from app.core.phrases import Phrase, and_list, sentences

__all__ = [
    "TemplateChoice",
    "choice_for",
    "choose_template",
    "load_templates",
    "template_files",
    "template_path",
    "templates_dir",
]

# A name this similar to a missing column is offered as its new name (below the 75 that
# apply_template takes on its own, hence only proposed).
PROPOSE_SIMILARITY = 50
MAX_MISSING = 2  # a template missing more of its columns was made for another file


def templates_dir() -> Path:
    """Where saved mapping templates live (inside the data dir); made when missing."""
    folder = data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def template_files(folder: Path) -> list[Path]:
    """Saved templates in `folder`, by name (the ending's case does not matter)."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == TEMPLATE_SUFFIX),
        key=lambda p: p.name.casefold(),
    )


def load_templates(folder: Path) -> list[Template]:
    """Every readable template in `folder` (an unreadable one is simply not offered)."""
    templates = []
    for path in template_files(folder):
        try:
            templates.append(load_template(path))
        except ValueError:
            continue
    return templates


@dataclass(frozen=True)
class TemplateChoice:
    """The template chosen for a file, how it applies, and what drifted."""

    template: Template
    application: TemplateApplication
    exact: bool  # made for exactly these columns
    proposals: dict[str, str] = field(default_factory=dict)  # missing column → file column
    missing_required: tuple[str, ...] = ()  # labels of required fields left without a column

    @property
    def drifted(self) -> bool:
        """True when some of the template's columns are not in the file under their name."""
        return bool(self.application.missing_columns or self.application.renamed_guesses)

    def accept_proposals(self, headers: Sequence[str]) -> TemplateChoice:
        """The choice with the proposed renames taken (the template's settings and keys kept)."""
        renames = {**self.application.renamed_guesses, **self.proposals}
        application = apply_template(self.template, headers, renames=renames)
        return _choice(self.template, application, exact=False, proposals={})

    def drift_words(self) -> str:
        """Plain sentences naming the template, what is missing and what is proposed."""
        return str(self.drift_phrase())

    def drift_phrase(self) -> Phrase:
        """The drift's sentences, for the UI to say in the operator's language."""
        name = self.template.name
        app = self.application
        parts: list[Phrase] = []
        if app.missing_columns:
            names = ", ".join(f"'{c}'" for c in app.missing_columns)
            expects = (
                "Template '{name}' expects the column {names}, not found in this file."
                if len(app.missing_columns) == 1
                else "Template '{name}' expects the columns {names}, not found in this file."
            )
            parts.append(Phrase.of(expects, name=name, names=names))
        if self.missing_required:
            fields = and_list([Phrase(label) for label in self.missing_required])
            if len(self.missing_required) == 1:
                parts.append(Phrase.of("{fields} has no column now.", fields=fields))
            else:
                parts.append(Phrase.of("{fields} have no column now.", fields=fields))
        if self.proposals:
            pairs = ", ".join(f"'{new}' for '{old}'" for old, new in self.proposals.items())
            parts.append(Phrase.of("Renamed? Backfill proposes {pairs}.", pairs=pairs))
        if app.renamed_guesses:
            pairs = ", ".join(f"'{old}' → '{new}'" for old, new in app.renamed_guesses.items())
            parts.append(Phrase.of("Taken as renamed: {pairs}.", pairs=pairs))
        return sentences(parts)


def propose_renames(
    template: Template, application: TemplateApplication, headers: Sequence[str]
) -> dict[str, str]:
    """A file column for each missing template column that was probably renamed.

    Evidence, strongest first: the new column sits where the missing one was; its name is
    similar; it is the only new column left for the only missing one.
    """
    free = list(application.new_columns)
    proposals: dict[str, str] = {}
    missing = list(application.missing_columns)
    positions = {h: i for i, h in enumerate(template.headers)}
    for col in missing:
        at = positions.get(col)
        if at is not None and at < len(headers) and headers[at] in free:
            proposals[col] = headers[at]
            free.remove(headers[at])
    for col in missing:
        if col in proposals or not free:
            continue
        best = max(free, key=lambda h: fuzz.ratio(col.casefold(), h.casefold()))
        if fuzz.ratio(col.casefold(), best.casefold()) >= PROPOSE_SIMILARITY:
            proposals[col] = best
            free.remove(best)
    left = [c for c in missing if c not in proposals]
    if len(left) == 1 and len(free) == 1:
        proposals[left[0]] = free[0]
    return proposals


def _choice(
    template: Template,
    application: TemplateApplication,
    *,
    exact: bool,
    proposals: dict[str, str],
) -> TemplateChoice:
    required = tuple(spec.label for spec in application.mapping.missing_required())
    return TemplateChoice(template, application, exact, proposals, required)


def choose_template(
    templates: Iterable[Template], headers: Sequence[str], destination: str | None = None
) -> TemplateChoice | None:
    """The template that fits `headers` best (for `destination` when given), or None.

    A template made for exactly these columns wins. Otherwise one that finds at least half
    of its own columns and misses at most MAX_MISSING of its own — also when a missing one
    feeds a required field: then it is still chosen (its other settings hold) and the choice
    says what is missing instead of the template being dropped without a word.
    """
    headers = list(headers)
    best: tuple[int, TemplateChoice] | None = None
    for template in templates:
        if destination is not None and template.mapping.destination != destination:
            continue
        application = apply_template(template, headers)
        if template_matches(template, headers):
            return _choice(template, application, exact=True, proposals={})
        known = len(set(template.headers) & set(headers)) + len(application.renamed_guesses)
        missing = len(application.missing_columns)
        if known * 2 < len(template.headers) or missing > MAX_MISSING:
            continue
        proposals = propose_renames(template, application, headers)
        score = known - missing
        if best is None or score > best[0]:
            best = (score, _choice(template, application, exact=False, proposals=proposals))
    return None if best is None else best[1]


def choice_for(template: Template, headers: Sequence[str]) -> TemplateChoice:
    """How a template the operator named applies to `headers` (Load template…, the CLI's
    --mapping): as `choose_template` would pick it, or applied as it is when it would not."""
    chosen = choose_template([template], headers)
    if chosen is not None:
        return chosen
    return _choice(template, apply_template(template, headers), exact=False, proposals={})
