"""English words that remember how they were made: a template and its values.

Core speaks English (the CLI, the journal and exports are English by design) and imports no Qt;
a `Phrase` lets the desktop app say the same words in the operator's language by translating
the template and filling in the values (a value that is a `Phrase` is translated too). Its
`str()` is the English sentence the CLI prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    """`template` (a str.format text) with its `values`; `str()` gives the English words."""

    template: str
    values: tuple[tuple[str, str | int | Phrase], ...] = ()
    count: int | None = None  # a plural's number: the template says %n and "(s)"

    @classmethod
    def of(cls, template: str, **values: str | int | Phrase) -> Phrase:
        """`Phrase.of("'{header}' looks like {field}", header=h, field=label)`."""
        return cls(template, tuple(values.items()))

    @classmethod
    def counted(cls, template: str, count: int, **values: str | int | Phrase) -> Phrase:
        """`Phrase.counted("%n column(s) missing: {names}", 2, names=…)`: a plural."""
        return cls(template, tuple(values.items()), count)

    def __str__(self) -> str:
        text = self.template
        if self.count is not None:
            text = text.replace("%n", f"{self.count:,}")  # as the CLI writes counts
            text = text.replace("(s)", "" if self.count == 1 else "s")
        return text.format(**{key: str(value) for key, value in self.values})


def and_list(items: Sequence[str | Phrase]) -> str | Phrase:
    """ "A", "A and B", "A and B and C": the words joined as the app always said them."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return Phrase.of("{first} and {last}", first=and_list(items[:-1]), last=items[-1])


def sentences(parts: Sequence[Phrase]) -> Phrase:
    """Several sentences read as one text ("A. B."), each still translated on its own."""
    if len(parts) <= 1:
        return parts[0] if parts else Phrase("")
    return Phrase.of("{first} {rest}", first=parts[0], rest=sentences(parts[1:]))
