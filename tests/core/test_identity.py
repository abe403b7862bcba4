"""Identity preview: differential against a plain-Python count, slice by slice."""

from __future__ import annotations

import random
import statistics

import numpy as np
import pyarrow as pa
import pytest

from app.core.identity import PLACEHOLDERS, IdentityTally, id_hashes


def _naive(ids: list[str | None]):
    counts: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    for row, value in enumerate(ids, start=2):
        text = value or ""
        counts[text] = counts.get(text, 0) + 1
        spellings.setdefault(text.strip().lower(), {}).setdefault(text, row)
    groups = [sorted(s.values()) for s in spellings.values() if len(s) > 1]
    return counts, sorted(groups)


def _ids(n: int, seed: int) -> list[str | None]:
    rng = random.Random(seed)
    pool = [f"user-{i}" for i in range(n // 3)]
    out: list[str | None] = []
    for _ in range(n):
        value: str | None = rng.choice(pool)
        roll = rng.random()
        if roll < 0.02:
            value = value.upper()
        elif roll < 0.04:
            value = f" {value}"
        elif roll < 0.05:
            value = rng.choice(["NULL", "n/a", "0", "Anonymous", "", None])
        out.append(value)
    return out


@pytest.mark.parametrize(
    ("rows", "slice_rows", "seed"), [(5000, 700, 1), (3000, 3000, 2), (999, 1, 3)]
)
def test_slices_give_the_figures_a_plain_count_gives(rows, slice_rows, seed):
    ids = _ids(rows, seed)
    tally = IdentityTally()
    for start in range(0, rows, slice_rows):
        part = ids[start : start + slice_rows]
        tally.add(pa.array(part, pa.string()), np.arange(start + 2, start + 2 + len(part)))
    preview = tally.result()
    counts, groups = _naive(ids)
    assert preview.rows == rows
    assert preview.distinct == len(counts)
    assert preview.per_user_min == min(counts.values())
    assert preview.per_user_max == max(counts.values())
    assert preview.per_user_median == statistics.median(counts.values())
    assert preview.variant_groups == len(groups)
    first_groups = sorted(groups, key=lambda g: g[0])[: len(preview.variant_rows)]
    assert [list(g) for g in preview.variant_rows] == first_groups
    expected = {}
    for row, value in enumerate(ids, start=2):
        key = (value or "").strip().lower()
        if key in PLACEHOLDERS:
            entry = expected.setdefault(key, [value or "", 0, row])
            entry[1] += 1
    top = sorted(expected.values(), key=lambda e: (-e[1], e[2]))[:5]
    assert [(p.text, p.rows, p.first_row) for p in preview.placeholders] == [tuple(e) for e in top]


def test_known_ids_split_new_from_already_accepted():
    tally = IdentityTally()
    tally.add(["a", "b", "c", "c", "d"], np.arange(2, 7))
    preview = tally.result(known=id_hashes(["b", "d", "zzz"]))
    assert (preview.distinct, preview.known, preview.new) == (4, 2, 2)
    assert "2 of 4 users are new to this destination; 2 already accepted" in preview.lines()[1]


def test_the_sentences_name_what_to_look_at():
    tally = IdentityTally()
    tally.add(["Ann", "ann ", "bob", "null", "bob", "NULL"], np.arange(2, 8))
    lines = tally.result().lines()
    assert lines[0] == "5 distinct users in 6 rows; rows per user: min 1, median 1, max 2"
    assert "User ids that look like placeholders: 'null' in 2 rows (first: row 5)" in lines[1]
    assert lines[2].startswith("2 users spelt more than one way")
    assert "rows 2 and 3" in lines[2] and "rows 5 and 7" in lines[2]


def test_nothing_added_is_an_empty_preview():
    preview = IdentityTally().result()
    assert preview.rows == 0 and preview.distinct == 0 and preview.lines() == []


def test_every_destination_names_a_mapped_user_field():
    from app.core.fields import SCHEMAS

    for schema in SCHEMAS.values():
        spec = schema.field(schema.user_field)
        assert spec.required and spec.kind == "text", schema.id
