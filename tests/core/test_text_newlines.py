"""Issue 11: a quoted value holding CRLF keeps it (csv-spectrum `newlines_crlf`), read whole,
in slices and in the preview; a UTF-16 file over the slicing threshold opens in slices."""

from __future__ import annotations

import pytest

from app.core.sources import load_table, read_preview_rows
from app.core.stream import open_sliced

SPECTRUM = 'a,b,c\r\n1,2,3\r\n"Once upon \r\na time",5,6\r\n7,8,9\r\n'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_quoted_crlf_is_kept(tmp_path, encoding):
    path = tmp_path / "newlines_crlf.csv"
    path.write_bytes(SPECTRUM.encode(encoding))
    expected = ["1", "Once upon \r\na time", "7"]
    table = load_table(path)
    assert table.df["a"].tolist() == expected
    assert table.row_numbers.tolist() == [2, 3, 4]
    sliced = open_sliced(path, stream_min_bytes=0)
    assert [cell for part in sliced.slices() for cell in part.df["a"]] == expected
    assert read_preview_rows(path, n=3)[2][0] == "Once upon \r\na time"


def test_a_utf16_file_read_in_slices_is_cut_between_whole_characters(tmp_path):
    # Excel's "Unicode Text" export: UTF-16-LE with a BOM; over 1 MB of head before the cut.
    path = tmp_path / "unicode.txt"
    rows = "".join(f"{i}\tx{i}\r\n" for i in range(120_000))
    path.write_bytes(("a\tb\r\n" + rows).encode("utf-16"))
    sliced = open_sliced(path, stream_min_bytes=0, rows_per_slice=50_000)
    parts = list(sliced.slices())
    assert sum(len(part) for part in parts) == 120_000
    assert parts[-1].df["b"].iloc[-1] == "x119999"
    assert parts[-1].row_numbers[-1] == 120_001
