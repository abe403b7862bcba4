"""Header names as the operator will see them: trimmed, never blank, never repeated."""

from __future__ import annotations

from collections.abc import Sequence


def unique_headers(raw: Sequence[str | None]) -> list[str]:
    """Blank headers become `Column N` (N = 1-based position); repeats become `Email (2)`, …

    Names are compared case-insensitively so `Email` and `email` never collide downstream
    (e.g. when turned into snake_case property keys).
    """
    names: list[str] = []
    taken: set[str] = set()
    for position, value in enumerate(raw, start=1):
        base = " ".join(str(value).split()) if value is not None else ""
        if not base:
            base = f"Column {position}"
        name = base
        counter = 2
        while name.casefold() in taken:
            name = f"{base} ({counter})"
            counter += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def column_letter(position: int) -> str:
    """Excel column letters for a 1-based position (1 → A, 27 → AA)."""
    letters = ""
    while position > 0:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
