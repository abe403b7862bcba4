"""Differential test: a file read slice by slice gives exactly what a whole load gives."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.sources import LoadError, load_table
from app.core.stream import open_sliced

CASES = {
    "plain": b"id,name,city\n"
    + b"".join(b"u%d,Name %d,City %d\n" % (i, i, i % 7) for i in range(2500)),
    "crlf_bom": b"\xef\xbb\xbfid;name\r\n"
    + b"".join(b"u%d;N\xc3\xa9 %d\r\n" % (i, i) for i in range(1200)),
    "sep_hint": b"sep=|\nid|name\n" + b"".join(b"u%d|n%d\n" % (i, i) for i in range(900)),
    "title_line": b"Sales report March\n\nid,amount,note\n"
    + b"".join(b"u%d,%d.5,x\n" % (i, i) for i in range(1100)),
    "quoted_newlines": b"id,comment\n"
    + b"".join(b'u%d,"line one\nline ""two"" %d"\n' % (i, i) for i in range(1300)),
    "empty_rows": b"id,name\n"
    + b"".join((b"u%d,n%d\n" % (i, i)) + (b",\n\n" if i % 97 == 0 else b"") for i in range(1500)),
    "cp1252": b"id,name\n" + b"".join(f"u{i},Caf\xe9 {i}\n".encode("cp1252") for i in range(1000)),
    "report_cells": b"id,formula\n" + b"".join(b"u%d,'=SUM(A%d)\n" % (i, i) for i in range(1000)),
    # Cells longer than the reader's block: the reader reopens with larger blocks mid-file.
    "long_cell": b"id,note\n"
    + b"".join(b"u%d,n%d\n" % (i, i) for i in range(1500))
    + b'u-long,"'
    + b"x" * 700_000
    + b'\nsecond line"\n'
    + b"".join(b"v%d,m%d\n" % (i, i) for i in range(1500))
    + b"w-long,"
    + b"y" * 3_000_000
    + b"\n\n"
    + b"".join(b"z%d,k%d\n" % (i, i) for i in range(700)),
    "long_cell_cp1252": b"id,name\n"
    + b"".join(f"u{i},Caf\xe9 {i}\n".encode("cp1252") for i in range(800))
    + b"u-long,"
    + "é".encode("cp1252") * 600_000
    + b"\n"
    + b"".join(f"v{i},Cr\xe8me {i}\n".encode("cp1252") for i in range(800)),
}


def _whole_and_sliced(tmp_path, name: str, data: bytes, rows_per_slice: int):
    from app.core.report import restore_report_cells

    path = tmp_path / f"{name}.csv"
    path.write_bytes(data)
    whole = restore_report_cells(load_table(path))
    sliced = open_sliced(path, stream_min_bytes=0, rows_per_slice=rows_per_slice)
    parts = list(sliced.slices())
    return whole, sliced, parts


# Every case at three slice sizes; one-row slices (slow) for two cases only.
SLICINGS = [(name, rows) for name in sorted(CASES) for rows in (333, 1000, 100_000)]
SLICINGS += [("plain", 1), ("empty_rows", 1)]


@pytest.mark.parametrize(("name", "rows_per_slice"), SLICINGS)
def test_slices_equal_a_whole_load(tmp_path, name, rows_per_slice):
    whole, sliced, parts = _whole_and_sliced(tmp_path, name, CASES[name], rows_per_slice)
    assert sliced.streamed
    assert sliced.headers == whole.headers
    assert sliced.info.encoding == whole.info.encoding
    assert sliced.info.delimiter == whole.info.delimiter
    assert sliced.info.header_row == whole.info.header_row
    numbers = np.concatenate([p.row_numbers for p in parts])
    assert numbers.tolist() == whole.row_numbers.tolist()
    for header in whole.headers:
        cells = [v for p in parts for v in p.df[header].tolist()]
        assert cells == whole.df[header].tolist(), header
    assert all(len(p) <= rows_per_slice for p in parts)


def test_the_reader_is_closed_when_reading_stops_early(tmp_path, monkeypatch):
    """pyarrow's read-ahead threads must not be left to interpreter exit (apache/arrow#34314)."""
    import app.core.stream as stream

    opened: list[_Recorded] = []
    real_open = stream.pacsv.open_csv

    def recording_open(*args, **kwargs):
        opened.append(_Recorded(real_open(*args, **kwargs)))
        return opened[-1]

    monkeypatch.setattr(stream.pacsv, "open_csv", recording_open)
    path = tmp_path / "many.csv"
    path.write_bytes(CASES["plain"] * 1)
    slices = open_sliced(path, stream_min_bytes=0, rows_per_slice=100).slices()
    next(slices), next(slices), next(slices)
    assert opened and not opened[-1].closed
    slices.close()  # the operator stopped: the rest of the file is never read
    assert [r.closed for r in opened] == [True] * len(opened)

    opened.clear()
    list(open_sliced(path, stream_min_bytes=0, rows_per_slice=100).slices())
    assert opened and all(r.closed for r in opened)


class _Recorded:
    def __init__(self, reader) -> None:
        self.reader, self.closed, self.schema = reader, False, reader.schema

    def __iter__(self):
        return iter(self.reader)

    def close(self) -> None:
        self.closed = True
        self.reader.close()


def test_small_files_and_workbooks_are_one_whole_slice(tmp_path):
    path = tmp_path / "small.csv"
    path.write_bytes(CASES["plain"])
    sliced = open_sliced(path)  # far below the streaming size
    assert not sliced.streamed
    assert [len(p) for p in sliced.slices()] == [2500]


def test_a_ragged_row_deep_in_the_file_is_a_plain_error(tmp_path):
    data = b"id,name\n" + b"".join(b"u%d,n%d\n" % (i, i) for i in range(5000)) + b"u,x,extra\n"
    path = tmp_path / "ragged.csv"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="different number of cells than the header"):
        list(open_sliced(path, stream_min_bytes=0, rows_per_slice=1000).slices())


def test_header_only_file_says_no_data_rows(tmp_path):
    path = tmp_path / "header.csv"
    path.write_bytes(b"id,name\n")
    with pytest.raises(LoadError, match="no data rows"):
        open_sliced(path, stream_min_bytes=0)


def test_duplicates_are_found_across_slices_naming_the_first_row(tmp_path):
    from app.core.fields import get_schema
    from app.core.mapping import suggest_mapping
    from app.core.tally import ValidationTally, validated_slices
    from app.core.validate import validate

    lines = [b"user_id,event,timestamp"]
    for i in range(3000):
        lines.append(b"u%d,signup,2024-01-%02dT10:00:00Z" % (i % 1500, 1 + (i % 1500) % 3))
    path = tmp_path / "events.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    whole = load_table(path)
    mapping = suggest_mapping(whole, get_schema("vibefollow-events")).mapping
    expected = {
        (i.row_number, i.message) for i in validate(whole, mapping).issues if i.code == "duplicate"
    }
    assert expected  # the file repeats keys far apart
    tally = ValidationTally()
    sliced = open_sliced(path, stream_min_bytes=0, rows_per_slice=250)
    found = {
        (i.row_number, i.message)
        for part in validated_slices(sliced, mapping, tally)
        for i in part.validation.issues
        if i.code == "duplicate"
    }
    assert found == expected
    assert tally.slices == 12 and tally.rows == 3000
    (group,) = [g for g in tally.sorted_groups() if g.code == "duplicate"]
    assert group.count == len(expected)
    assert group.first_rows == sorted(r for r, _ in expected)[:10]


def test_duplicate_memory_keeps_the_first_row_across_many_runs():
    from app.core.duplicates import DuplicateMemory

    memory = DuplicateMemory(max_run=1000)  # runs stop merging: many runs are searched
    rng = np.random.default_rng(7)
    truth: dict[int, int] = {}
    row = 0
    for _ in range(37):
        hashes = rng.integers(0, 5000, size=300).astype(np.uint64)
        rows = np.arange(row, row + hashes.size)
        expected = np.array([truth.get(int(h), -1) for h in hashes])
        assert memory.first_rows(hashes).tolist() == expected.tolist()
        fresh = expected < 0
        memory.remember(hashes[fresh], rows[fresh])
        for h, r in zip(hashes[fresh].tolist(), rows[fresh].tolist(), strict=True):
            truth.setdefault(h, r)
        row += hashes.size
    assert len(memory) == len(truth)


def test_an_unclosed_quote_is_refused_as_a_whole_load_refuses_it(tmp_path):
    data = (
        b"id,note\n" + b"".join(b"u%d,fine\n" % i for i in range(3000)) + b'u,"never closed\nu2,x\n'
    )
    path = tmp_path / "quote.csv"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="never closed"):
        load_table(path)
    with pytest.raises(LoadError, match="never closed"):
        list(open_sliced(path, stream_min_bytes=0, rows_per_slice=500).slices())


def test_a_header_row_past_the_data_is_refused_from_the_head(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(b"id,name\n" + b"".join(b"u%d,n%d\n" % (i, i) for i in range(50)))
    with pytest.raises(LoadError, match="cannot be the header row"):
        open_sliced(path, header_row=500, stream_min_bytes=0)


def test_the_first_slice_is_validated_in_two_so_the_first_rows_are_written_sooner(tmp_path):
    """Issue 9: a job's first commit (2,000 rows) waits for the first part's validation only:
    the first slice is cut after `HEAD_ROWS`; the same rows, in order, repeats across the cut."""
    from app.core.fields import get_schema
    from app.core.mapping import suggest_mapping
    from app.core.tally import HEAD_ROWS, ValidationTally, validated_slices

    lines = [b"user_id,event,timestamp"]
    for i in range(12_000):
        lines.append(b"u%d,signup,2024-01-%02dT10:00:00Z" % (i % 9_000, 1 + (i % 9_000) % 3))
    path = tmp_path / "events.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    sliced = open_sliced(path, stream_min_bytes=0, rows_per_slice=10_000)
    mapping = suggest_mapping(sliced.first, get_schema("vibefollow-events")).mapping
    tally = ValidationTally()
    parts = list(validated_slices(sliced, mapping, tally))
    assert [len(p.table) for p in parts] == [HEAD_ROWS, 10_000 - HEAD_ROWS, 2_000]
    rows = np.concatenate([p.table.row_numbers for p in parts])
    assert rows.tolist() == list(range(2, 12_002))
    # Rows 9,002-12,001 repeat rows 2-3,001: found across the cut and across slices.
    duplicates = [i.row_number for p in parts for i in p.validation.issues if i.code == "duplicate"]
    assert duplicates == list(range(9_002, 12_002))
    assert tally.rows == 12_000 and tally.valid == 12_000
