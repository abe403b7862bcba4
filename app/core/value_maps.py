"""Value maps: for a column with few distinct values, the operator's replacements for some of
them (`Y` → `true`, `PRO` → `pro`), kept in the mapping (`Mapping.value_maps`, per column).

A cell whose whole text has an entry is sent as the entry's value; every other cell passes
unchanged. Maps apply to the cell as it is in the file, before the field's cleaning
(trim, lower-case) and before a property's value type is read, so what is mapped is exactly
what the Map step lists. Suggestions (`suggest_value_map`) are offered, never applied by
themselves.

A text property whose map sends every entry to `true` or `false` is sent as a boolean
(`maps_to_booleans`): the operator said "Y means true", and the string "true" is not that.
Numbers are not inferred the same way: `"1" → "2"` may as well be a code, and a property
becomes a number only when its type says so.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.transforms import arrow_strings

if TYPE_CHECKING:
    from app.core.mapping import Mapping
    from app.core.table import Table

# A column with more distinct filled values than this is not offered for value mapping.
DISTINCT_LIMIT = 20
# Rows looked at first: a column that already has too many distinct values there is skipped
# without counting the whole column.
_HEAD_ROWS = 2_000
TRUE_WORDS = frozenset({"true", "yes", "y", "1", "t", "on"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "f", "off"})


@dataclass(frozen=True)
class ValueCount:
    """One distinct filled cell text of a column and how many rows hold it."""

    value: str
    count: int


def distinct_values(
    values: pd.Series, limit: int = DISTINCT_LIMIT
) -> tuple[ValueCount, ...] | None:
    """The distinct non-empty cells of a whole column, most common first (ties by text), or
    None when there are more than `limit` of them."""
    head = arrow_strings(values.head(_HEAD_ROWS))
    if len(pc.unique(pc.filter(head, pc.greater(pc.utf8_length(head), 0)))) > limit:
        return None
    text = arrow_strings(values)
    counted = pc.value_counts(pc.filter(text, pc.greater(pc.utf8_length(text), 0)))
    if len(counted) > limit:
        return None
    pairs = zip(
        counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True
    )
    found = [ValueCount(str(value), int(count)) for value, count in pairs]
    return tuple(sorted(found, key=lambda vc: (-vc.count, vc.value)))


def few_value_columns(
    table: Table, columns: list[str], limit: int = DISTINCT_LIMIT
) -> dict[str, tuple[ValueCount, ...]]:
    """Of `columns`, those with at most `limit` distinct filled values, with their counts."""
    out: dict[str, tuple[ValueCount, ...]] = {}
    for column in columns:
        if column not in table.df.columns:
            continue
        counts = distinct_values(table.df[column], limit)
        if counts:
            out[column] = counts
    return out


def boolean_word(value: str) -> str | None:
    """`true` or `false` for a yes/no-family word (`Y`, ` yes `, `1`, `Off`), else None."""
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return "true"
    if word in FALSE_WORDS:
        return "false"
    return None


def maps_to_booleans(entries: MappingType[str, str]) -> bool:
    """True when a map has entries and every one of them sends `true` or `false` (any case)."""
    targets = {v.strip().lower() for v in clean_entries(entries).values()}
    return bool(targets) and targets <= {"true", "false"}


def looks_boolean(counts: tuple[ValueCount, ...], value_type: str) -> bool:
    """True when a property is boolean-ish: typed boolean, or text whose every value is a
    yes/no-family word of both kinds (`Y`/`N`, `yes`/`no`/`1`)."""
    if value_type == "boolean":
        return True
    if value_type != "text" or not counts:
        return False
    words = {boolean_word(vc.value) for vc in counts}
    return words == {"true", "false"}


def suggest_value_map(counts: tuple[ValueCount, ...], *, boolean: bool) -> dict[str, str]:
    """Obvious entries for a column's values: yes/no-family words → `true`/`false` when the
    target is boolean-ish; case and space variants of one word → its most common spelling."""
    out: dict[str, str] = {}
    if boolean:
        for vc in counts:
            word = boolean_word(vc.value)
            if word is not None and word != vc.value:
                out[vc.value] = word
    groups: dict[str, list[ValueCount]] = {}
    for vc in counts:
        if boolean and boolean_word(vc.value) is not None:
            continue
        groups.setdefault(" ".join(vc.value.split()).casefold(), []).append(vc)
    for members in groups.values():
        if len(members) < 2:
            continue
        # The most rows wins; on a tie the spelling without stray spaces, then one not in
        # capitals ("Sign up" over "SIGN UP"), then the first.
        best = max(
            members,
            key=lambda m: (m.count, m.value == " ".join(m.value.split()), not m.value.isupper()),
        )
        out.update({m.value: best.value for m in members if m.value != best.value})
    return out


def clean_entries(entries: MappingType[str, str]) -> dict[str, str]:
    """Entries worth keeping: empty keys and values mapped to themselves dropped."""
    return {str(k): str(v) for k, v in entries.items() if k != "" and k != v}


def apply_value_map(values: pd.Series, entries: MappingType[str, str]) -> pd.Series:
    """`values` with each cell that has an entry replaced by it (one vectorised pass)."""
    entries = clean_entries(entries)
    if not entries or len(values) == 0:
        return values
    text = arrow_strings(values)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    keys = pa.array(list(entries), type=text.type)
    replacements = pa.array(list(entries.values()), type=text.type)
    # Replace in the (usually tiny) dictionary of distinct cells, then spread it back.
    encoded = pc.dictionary_encode(text)
    at = pc.index_in(encoded.dictionary, value_set=keys)
    dictionary = pc.if_else(pc.is_null(at), encoded.dictionary, pc.take(replacements, at))
    return pd.Series(pc.take(dictionary, encoded.indices), index=values.index, dtype=values.dtype)


def apply_value_maps(df: pd.DataFrame, mapping: Mapping) -> pd.DataFrame:
    """`df` with the mapping's value maps applied to their columns (the frame itself when the
    mapping has none for its columns)."""
    chosen = [c for c, entries in mapping.value_maps.items() if entries and c in df.columns]
    if not chosen:
        return df
    out = df.copy(deep=False)
    for column in chosen:
        out[column] = apply_value_map(df[column], mapping.value_maps[column])
    return out


def sent_cell(mapping: Mapping, column: str | None, cell: str) -> str | None:
    """The text sent instead of `cell` of `column`, or None when it passes unchanged."""
    if column is None:
        return None
    return mapping.value_maps.get(column, {}).get(cell)


def entry_words(entries: MappingType[str, str], shown: int = 6) -> str:
    """`Y → true, N → false` (values sharing a target grouped: `Pro, PRO → pro`)."""
    parts = entry_parts(entries)
    more = len(parts) - shown
    return "; ".join(parts[:shown]) + (f"; … and {more} more" if more > 0 else "")


def entry_parts(entries: MappingType[str, str]) -> list[str]:
    """One `'Pro', 'PRO' → 'pro'` per target, in the order the targets first appear."""
    by_target: dict[str, list[str]] = {}
    for value, target in entries.items():
        by_target.setdefault(target, []).append(value)
    return [f"{', '.join(repr(v) for v in vs)} → {target!r}" for target, vs in by_target.items()]


def value_map_lines(mapping: Mapping) -> list[str]:
    """One plain line per mapped column: `plan: 'Pro', 'PRO' → 'pro'`."""
    return [
        f"{column}: {entry_words(entries)}"
        for column, entries in mapping.value_maps.items()
        if entries
    ]
