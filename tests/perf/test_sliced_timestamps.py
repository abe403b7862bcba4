"""Timestamp parsing converts to Python objects a slice at a time; results must not depend on it."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from app.core import timestamps as transforms
from app.core.timestamps import format_iso, parse_timestamps


def _random_cells(rng: random.Random, count: int) -> list[str | None]:
    """A mix of every spelling the parser reads, plus blanks, nulls and junk."""
    cells: list[str | None] = []
    for _ in range(count):
        y, mo, d = rng.randrange(1980, 2030), rng.randrange(1, 13), rng.randrange(1, 32)
        h, mi, s = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
        cells.append(
            rng.choice(
                [
                    f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                    f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",
                    f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randrange(1000):03d}+02:00",
                    f"{d:02d}/{mo:02d}/{y:04d} {h % 12 + 1}:{mi:02d} PM",
                    f"{d}.{mo}.{y % 100:02d}",
                    str(rng.randrange(10_000, 60_000)),
                    str(rng.randrange(10**9, 2 * 10**9)),
                    str(rng.randrange(10**12, 2 * 10**12)),
                    "15 Mar 2024",
                    "not a date",
                    "2024-02-30",
                    "  ",
                    "",
                    None,
                ]
            )
        )
    return cells


def _same(a: transforms.TimestampParse, b: transforms.TimestampParse) -> None:
    assert a.iso.tolist() == b.iso.tolist()
    assert a.reason.tolist() == b.reason.tolist()
    for name in ("ok", "empty", "date_only"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert np.array_equal(a.epoch_ms[a.ok], b.epoch_ms[b.ok])
    assert (a.order, a.ambiguous, a.numeric_dates) == (b.order, b.ambiguous, b.numeric_dates)


@pytest.mark.parametrize("timezone", ["UTC", "Europe/Berlin", "America/New_York"])
@pytest.mark.parametrize("seed", [1, 2])
def test_sliced_parsing_equals_whole_column(
    monkeypatch: pytest.MonkeyPatch, timezone: str, seed: int
) -> None:
    values = pd.Series(_random_cells(random.Random(seed), 3000), dtype="str")
    whole = parse_timestamps(values, timezone=timezone)
    monkeypatch.setattr(transforms, "_SLICE_ROWS", 7)
    sliced = parse_timestamps(values, timezone=timezone)
    _same(whole, sliced)
    assert whole.ok.any() and (~whole.ok & ~whole.empty).any()  # both kinds were exercised


@pytest.mark.parametrize(
    "cells",
    [
        ["2024-03-15T14:20:00Z", "", "2024-03-16T00:00:00Z", None] * 40,  # canonical fast path
        ["2024-03-15T14:20:00.250+02:00", "2024-03-15", ""] * 40,  # Arrow's parser, reformatted
        ["2024-03-15 14:20", "2024-03-15 14:20:05.5", None] * 40,  # local wall-clock times
    ],
)
def test_sliced_fast_paths_equal_whole_column(
    monkeypatch: pytest.MonkeyPatch, cells: list[str | None]
) -> None:
    values = pd.Series(cells, dtype="str")
    whole = parse_timestamps(values, timezone="Europe/Paris")
    monkeypatch.setattr(transforms, "_SLICE_ROWS", 5)
    _same(whole, parse_timestamps(values, timezone="Europe/Paris"))
    assert whole.ok.sum() >= 80 and whole.iso[0] != ""


def test_format_iso_matches_numpy_formatting(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    epoch_ms = rng.integers(-2_000_000_000_000, 4_000_000_000_000, 5000)
    epoch_ms[::3] -= epoch_ms[::3] % 1000  # whole seconds: no fraction shown
    ok = rng.random(5000) > 0.1
    monkeypatch.setattr(transforms, "_SLICE_ROWS", 11)
    text = format_iso(epoch_ms, ok)
    for value, good, got in zip(epoch_ms.tolist(), ok.tolist(), text.tolist(), strict=True):
        if not good:
            assert got == ""
            continue
        unit = "ms" if value % 1000 else "s"
        stamp = np.datetime64(value, "ms").astype(f"datetime64[{unit}]")
        assert got == f"{np.datetime_as_string(stamp, unit=unit)}Z"


def test_multi_chunk_column_with_numeric_dates() -> None:
    """A column loaded in several Arrow chunks (large CSVs) reads numeric dates too."""
    chunked = pa.chunked_array([["15/03/2024 10:00", "01/02/2024"], ["31/12/2023", "junk"]])
    values = pd.Series(pd.arrays.ArrowStringArray(chunked))
    parsed = parse_timestamps(values)
    assert parsed.iso.tolist() == [
        "2024-03-15T10:00:00Z",
        "2024-02-01T00:00:00Z",
        "2023-12-31T00:00:00Z",
        "",
    ]
    assert parsed.order == "day_first" and not parsed.ambiguous
    evidence = transforms.date_order_evidence(values)
    assert (evidence.numeric_dates, evidence.day_first_only) == (3, 2)
