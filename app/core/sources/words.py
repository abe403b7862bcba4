"""Counts and row lists as the load messages write them."""

from __future__ import annotations

from collections.abc import Sequence


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`1 row`, `2 rows`, `1,234 rows`: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def row_list(numbers: Sequence[int], limit: int = 8) -> str:
    """`3, 7, 12, …`: the first `limit` row numbers, with an ellipsis when there are more."""
    shown = ", ".join(f"{n:,}" for n in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")
