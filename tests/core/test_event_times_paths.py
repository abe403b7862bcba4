"""The receipt's event times read a block without a Python frame per row when every payload
is a dict of texts and every cell a text, and exactly as before when one is not."""

from __future__ import annotations

import numpy as np
import orjson
import pytest

from app.core.journal_insight import _field_text, _filled_cells


def _by_hand(payloads: list[object], name: str) -> list[str | None]:
    values = [p.get(name) if isinstance(p, dict) else None for p in payloads]
    return [None if v is None else v if isinstance(v, str) else str(v) for v in values]


@pytest.mark.parametrize(
    "payloads",
    [
        [{"timestamp": "2024-01-01T00:00:00Z", "n": 1}, {"timestamp": "2024-02-01T10:00:00Z"}],
        [{"timestamp": "2024-01-01T00:00:00Z"}, {"other": 1}, {"timestamp": None}],  # absent
        [{"timestamp": 1704067200}, {"timestamp": "2024-01-01T00:00:00Z"}],  # not a text
        [{"timestamp": 1.5}, {"timestamp": True}, {"timestamp": {"nested": 1}}],
        [{"timestamp": 1704067200}, {"timestamp": 1704067201}],  # no text at all
        [["not", "a", "dict"], {"timestamp": "2024-01-01T00:00:00Z"}, None, 3],
        [],
    ],
)
def test_one_field_as_text_is_what_the_row_by_row_reading_gave(payloads: list[object]) -> None:
    got = _field_text(orjson.dumps(payloads), "timestamp")
    assert got.to_pylist() == _by_hand(orjson.loads(orjson.dumps(payloads)), "timestamp")


@pytest.mark.parametrize(
    "cells",
    [
        ["2024-01-01", "", "  ", "\u00a0\t", "x"],  # Unicode spaces count as empty, as str.strip
        ["2024-01-01", None, 0, 1.5, ""],  # not all texts: read one by one, as before
        [],
    ],
)
def test_filled_cells_are_what_str_strip_said(cells: list[object]) -> None:
    kept = orjson.dumps({"headers": ["When", "Other"], "cells": [cells, ["a"] * len(cells)]})
    want = np.array([bool(str(c).strip()) for c in cells], dtype=bool)
    assert _filled_cells(kept, "When", len(cells)).tolist() == want.tolist()
    rowwise = orjson.dumps([{"When": c} for c in cells])
    assert _filled_cells(rowwise, "When", len(cells)).tolist() == want.tolist()
