"""Who the file is about, before anything is sent: distinct users, events per user, user ids
that look like placeholders, and ids that differ only by case or surrounding spaces.

Fed a slice at a time (`IdentityTally.add`), it keeps numpy runs of 64-bit hashes, never a
Python object per row: per distinct id a (hash, count) pair and a (normalised hash, hash,
first row) triple, merged like a binary counter so the work stays O(n log n) over the file. A
hash collision can only merge two users in these figures (a preview), never change what is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from app.core.words import plural

# What operators' exports put where an id is unknown (compared trimmed and case-folded).
PLACEHOLDERS = frozenset(
    {"", "null", "none", "nil", "nan", "n/a", "na", "0", "-", "anonymous", "unknown", "undefined"}
)
EXAMPLES = 5  # placeholder values and variant groups named in the preview

Arrays = tuple[np.ndarray, ...]
Runs = list[tuple[Arrays, int]]  # sorted runs and their level in the binary counter
Merge = Callable[[Arrays, Arrays], Arrays]


@dataclass(frozen=True)
class Placeholder:
    """One placeholder-looking id: the text as first seen, how many rows, the first row."""

    text: str
    rows: int
    first_row: int

    def words(self) -> str:
        shown = f"'{self.text}'" if self.text.strip() else "an empty id"
        return f"{shown} in {plural(self.rows, 'row')} (first: row {self.first_row:,})"


@dataclass(frozen=True)
class IdentityPreview:
    """The figures of `IdentityTally.result` (see the module rule)."""

    rows: int
    distinct: int
    per_user_min: int
    per_user_median: float
    per_user_max: int
    placeholders: tuple[Placeholder, ...] = ()
    variant_groups: int = 0
    # For a few groups, the first spreadsheet row of each spelling: the operator looks there.
    variant_rows: tuple[tuple[int, ...], ...] = ()
    known: int | None = None  # distinct ids this destination already accepted (None: not asked)

    @property
    def new(self) -> int | None:
        """Distinct ids the destination has not accepted from Backfill before."""
        return None if self.known is None else self.distinct - self.known

    def lines(self, place: str = "this destination") -> list[str]:
        """The preview as sentences, most useful first (for `backfill validate` and Review);
        `place` names the destination (and where it is) for the users new to it."""
        if not self.rows:
            return []
        median = f"{self.per_user_median:,.1f}".removesuffix(".0")
        out = [
            f"{plural(self.distinct, 'distinct user')} in {plural(self.rows, 'row')}; rows per "
            f"user: min {self.per_user_min:,}, median {median}, max {self.per_user_max:,}"
        ]
        if self.new is not None:
            out.append(
                f"{self.new:,} of {self.distinct:,} users are new to {place}; "
                f"{self.known:,} already accepted in an earlier upload"
            )
        if self.placeholders:
            listed = "; ".join(p.words() for p in self.placeholders)
            out.append(f"User ids that look like placeholders: {listed}")
        if self.variant_groups:
            examples = ", ".join(
                "rows " + " and ".join(f"{r:,}" for r in rows) for rows in self.variant_rows
            )
            out.append(
                f"{plural(self.variant_groups, 'user')} spelt more than one way (case or "
                "surrounding spaces): the API counts each spelling as another user, e.g. "
                f"{examples}"
            )
        return out


@dataclass
class IdentityTally:
    """Accumulates a file's user ids slice by slice (see the module rule)."""

    rows: int = 0
    _counts: Runs = field(default_factory=list)
    _spellings: Runs = field(default_factory=list)
    _placeholders: dict[str, list[int | str]] = field(default_factory=dict)

    def add(
        self, ids: pa.Array | pa.ChunkedArray | Sequence[object], row_numbers: np.ndarray
    ) -> None:
        """Count one slice: `ids` the user id cells, `row_numbers` their spreadsheet rows."""
        text = _as_text(ids)
        if not len(text):
            return
        rows = np.asarray(row_numbers, dtype=np.int64)
        normal = pc.utf8_lower(pc.utf8_trim_whitespace(text))
        raw_hash = _hashes(text)
        norm_hash = _hashes(normal)
        self.rows += len(text)
        self._note_placeholders(text, normal, rows)
        unique, first, counts = np.unique(raw_hash, return_index=True, return_counts=True)
        _push(self._counts, (unique, counts.astype(np.int64)), _merge_counts)
        _push(self._spellings, (norm_hash[first], unique, rows[first]), _merge_spellings)

    def result(self, known: np.ndarray | None = None) -> IdentityPreview:
        """The figures so far; `known` is the sorted hashes (`id_hashes`) of ids accepted before."""
        hashes, counts = _collapse(self._counts, _merge_counts, 2)
        if not hashes.size:
            return IdentityPreview(self.rows, 0, 0, 0.0, 0)
        norms, _, firsts = _collapse(self._spellings, _merge_spellings, 3)
        groups, examples = _variant_groups(norms, firsts)
        known_count = None
        if known is not None:
            at = np.minimum(np.searchsorted(known, hashes), max(known.size - 1, 0))
            known_count = int(np.count_nonzero(known[at] == hashes)) if known.size else 0
        placeholders = sorted(
            (
                Placeholder(str(text), int(n), int(first))
                for text, n, first in self._placeholders.values()
            ),
            key=lambda p: (-p.rows, p.first_row),
        )
        return IdentityPreview(
            rows=self.rows,
            distinct=int(hashes.size),
            per_user_min=int(counts.min()),
            per_user_median=float(np.median(counts)),
            per_user_max=int(counts.max()),
            placeholders=tuple(placeholders[:EXAMPLES]),
            variant_groups=groups,
            variant_rows=examples,
            known=known_count,
        )

    def _note_placeholders(self, text: pa.Array, normal: pa.Array, rows: np.ndarray) -> None:
        hits = pc.is_in(normal, value_set=pa.array(sorted(PLACEHOLDERS), pa.large_string()))
        where = np.flatnonzero(hits.to_numpy(zero_copy_only=False))
        if not where.size:
            return
        keys = normal.take(pa.array(where)).to_pylist()
        shown = text.take(pa.array(where)).to_pylist()
        for key, value, row in zip(keys, shown, rows[where].tolist(), strict=True):
            entry = self._placeholders.setdefault(key, [value, 0, row])
            entry[1] = int(entry[1]) + 1


def id_hashes(ids: pa.Array | pa.ChunkedArray | Sequence[object]) -> np.ndarray:
    """Sorted distinct hashes of ids, as `IdentityPreview.known` compares them."""
    return np.unique(_hashes(_as_text(ids)))


def row_hashes(ids: pa.Array | pa.ChunkedArray | Sequence[object]) -> np.ndarray:
    """One hash per id, in order (what the journal keeps of each sent row's user id)."""
    return _hashes(_as_text(ids))


def _as_text(ids: pa.Array | pa.ChunkedArray | Sequence[object]) -> pa.Array:
    if isinstance(ids, pa.ChunkedArray):
        ids = ids.combine_chunks()
    if not isinstance(ids, pa.Array):
        values = [None if v is None else str(v) for v in ids]
        ids = pa.array(values, pa.large_string())
    ids = ids.cast(pa.large_string())
    return pc.fill_null(ids, "")


def _hashes(text: pa.Array) -> np.ndarray:
    values = np.asarray(text.to_numpy(zero_copy_only=False), dtype=object)
    return np.asarray(pd.util.hash_array(values, categorize=False), dtype=np.uint64)


def _push(runs: Runs, run: Arrays, merge: Merge) -> None:
    """Add a sorted run; equal-level neighbours merge (a binary counter)."""
    level = 0
    while runs and runs[-1][1] == level:
        older, _ = runs.pop()
        run = merge(older, run)
        level += 1
    runs.append((run, level))


def _collapse(runs: Runs, merge: Merge, width: int) -> Arrays:
    if not runs:
        return tuple(np.empty(0, dtype=np.uint64) for _ in range(width))
    whole = runs[0][0]
    for run, _ in runs[1:]:
        whole = merge(whole, run)
    return whole


def _merge_counts(a: tuple[np.ndarray, ...], b: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
    hashes = np.concatenate([a[0], b[0]])
    counts = np.concatenate([a[1], b[1]])
    unique, inverse = np.unique(hashes, return_inverse=True)
    return unique, np.bincount(inverse, weights=counts, minlength=unique.size).astype(np.int64)


def _merge_spellings(
    a: tuple[np.ndarray, ...], b: tuple[np.ndarray, ...]
) -> tuple[np.ndarray, ...]:
    """Distinct (normalised, raw) pairs keyed by raw hash, keeping each spelling's first row."""
    norms = np.concatenate([a[0], b[0]])
    raws = np.concatenate([a[1], b[1]])
    firsts = np.concatenate([a[2], b[2]])
    # `a` holds the earlier rows: a stable sort puts its copy of a spelling first.
    order = np.argsort(raws, kind="stable")
    raws, norms, firsts = raws[order], norms[order], firsts[order]
    keep = np.ones(raws.size, dtype=bool)
    keep[1:] = raws[1:] != raws[:-1]
    return norms[keep], raws[keep], firsts[keep]


def _variant_groups(
    norms: np.ndarray, firsts: np.ndarray
) -> tuple[int, tuple[tuple[int, ...], ...]]:
    """How many normalised ids have more than one spelling, and a few groups' first rows."""
    if norms.size < 2:
        return 0, ()
    by_row = np.argsort(firsts, kind="stable")
    order = by_row[np.argsort(norms[by_row], kind="stable")]
    norms, firsts = norms[order], firsts[order]
    starts = np.flatnonzero(np.r_[True, norms[1:] != norms[:-1]])
    sizes = np.diff(np.r_[starts, norms.size])
    many = np.flatnonzero(sizes > 1)
    by_first = sorted(many.tolist(), key=lambda g: int(firsts[starts[g]]))[:EXAMPLES]
    examples = tuple(
        tuple(int(r) for r in sorted(firsts[starts[g] : starts[g] + sizes[g]].tolist()))
        for g in by_first
    )
    return int(many.size), examples
