"""Differential test: a big file paged from disk gives what the in-memory table gives — the
same cells, the same validation findings and the same journal blocks — and its cache file goes."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from app.core.appdirs import cache_dir
from app.core.jobs import prepare_job
from app.core.journal import JobSource
from app.core.mapping import FieldSource, Mapping
from app.core.paged_table import PagedTable, open_paged, should_page, sweep_stale
from app.core.paged_validation import job_parts, recheck, validate_paged
from app.core.report import restore_report_cells
from app.core.sources import LoadCancelled, load_table
from app.core.validate import validate

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)
ROWS_PER_SLICE = 700  # several batches, one with skipped empty rows


def _users_csv(path, rows: int = 3000):
    lines = ["Customer ID,Email,Plan,Note"]
    for i in range(rows):
        email = f"user{i}@example.com"
        if i % 97 == 5:
            email = "not-an-email"  # an error
        elif i % 131 == 7:
            email = f" user{i}@example.com"  # a warning (spaces) with a trim fix
        user = f"C{i:05d}" if i % 401 != 3 else "C00001"  # duplicate ids across slices
        lines.append(f'{user},{email},{"pro" if i % 3 else "free"},"a, b {i}"')
        if i % 500 == 250:
            lines.append(",,,")  # an empty row: skipped, its number kept out
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _mapping() -> Mapping:
    return Mapping(
        destination="vibefollow-users",
        fields={
            "external_user_id": FieldSource.from_column("Customer ID"),
            "email": FieldSource.from_column("Email"),
            "plan": FieldSource.from_column("Plan"),
        },
    )


@pytest.fixture
def both(tmp_path):
    path = _users_csv(tmp_path / "users.csv")
    whole = restore_report_cells(load_table(path))
    paged = open_paged(path, rows_per_slice=ROWS_PER_SLICE)
    yield whole, paged
    paged.close()


def test_paged_cells_and_row_numbers_equal_the_whole_load(both):
    whole, paged = both
    assert paged.batch_count > 3
    assert paged.path.parent == cache_dir()  # the tests' data dir, never the user's
    assert len(paged) == len(whole)
    assert paged.headers == whole.headers
    for position in [0, 1, 249, 250, 251, 699, 700, 1500, len(whole) - 1]:
        assert paged.row_number(position) == int(whole.row_numbers[position])
        for col, header in enumerate(whole.headers):
            assert paged.cell(position, col) == whole.df[header].iloc[position]
    numbers = np.concatenate([t.row_numbers for t in paged.slices()])
    assert numbers.tolist() == whole.row_numbers.tolist()
    wanted = whole.row_numbers[[3, 251, 900, len(whole) - 1]]
    assert paged.positions_of(np.append(wanted, 10**9)).tolist() == [3, 251, 900, len(whole) - 1]


def test_paged_validation_finds_what_a_whole_validation_finds(both):
    whole, paged = both
    excluded = {int(whole.row_numbers[10]), int(whole.row_numbers[2000])}
    expected = validate(whole, _mapping(), now=NOW, excluded_rows=excluded)
    got = validate_paged(paged, _mapping(), now=NOW, excluded_rows=excluded)
    assert expected.invalid_count > 0 and expected.warning_count > 0
    assert got.summary_line() == expected.summary_line()
    assert got.invalid_rows == expected.invalid_rows

    def groups(result):
        return [
            (g.field, g.code, g.severity, g.count, g.message, list(g.rows)) for g in result.groups
        ]

    assert groups(got) == groups(expected)
    assert dict(expected.cell_messages) == {k: got.cell_messages[k] for k in expected.cell_messages}
    assert len(got.issues) == len(expected.issues)
    some = expected.issues[0].row_number
    assert got.issues_for_row(some) == expected.issues_for_row(some)
    assert got.problem_rows.array.tolist() == sorted({i.row_number for i in expected.issues})


class _Recorder:
    """Stands in for the journal: what `prepare_job` would store, block by block."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.payloads: list[bytes] = []
        self.cells: list[list[str]] = []
        self.kept: list[tuple] = []

    def begin_job(self, source) -> str:
        return "job"

    def append_blocks(self, job_id, blocks) -> int:
        for block in blocks:
            self.rows.extend(block.rows)
            self.payloads.extend(block.payloads)
            self.cells.extend(map(list, zip(*block.cells, strict=True)))
        return len(self.rows)

    def finish_preparing(self, job_id, kept=()) -> None:
        self.kept = [(k.row, k.state, k.code, k.message, dict(k.original)) for k in kept]


def _source() -> JobSource:
    return JobSource(
        path="users.csv", sha256="", info={}, destination_id="vibefollow-users",
        base_url="http://127.0.0.1", profile_name="Sandbox", mapping={},
    )  # fmt: skip


def test_paged_job_blocks_equal_the_in_memory_ones(both):
    whole, paged = both
    excluded = {int(whole.row_numbers[42])}
    in_memory, from_disk = _Recorder(), _Recorder()
    expected = validate(whole, _mapping(), now=NOW, excluded_rows=excluded)
    prepare_job(in_memory, _source(), job_parts(whole, expected))  # type: ignore[arg-type]
    got = validate_paged(paged, _mapping(), now=NOW, excluded_rows=excluded)
    prepared = prepare_job(from_disk, _source(), job_parts(paged.head(), got))  # type: ignore[arg-type]
    assert prepared.rows == got.valid_count == expected.valid_count
    assert from_disk.rows == in_memory.rows
    assert from_disk.payloads == in_memory.payloads
    assert from_disk.cells == in_memory.cells
    # Kept back per slice (invalid, then excluded) rather than per file: the same rows.
    assert sorted(from_disk.kept, key=str) == sorted(in_memory.kept, key=str)


def test_an_edit_is_read_checked_again_and_sent(both):
    whole, paged = both
    result = validate_paged(paged, _mapping(), now=NOW)
    bad = next(i for i in result.issues if i.code == "email_invalid" or i.field == "email")
    position = int(paged.positions_of(np.array([bad.row_number]))[0])
    email = paged.headers.index("Email")
    paged.edit(position, email, "fixed@example.com")
    assert paged.cell(position, email) == "fixed@example.com"
    again = recheck(result, [position])
    assert bad.row_number not in again.problem_rows
    assert again.valid_count == result.valid_count + (bad.row_number in result.error_rows)
    assert again.warning_count <= result.warning_count
    recorder = _Recorder()
    prepare_job(recorder, _source(), job_parts(paged.head(), again))  # type: ignore[arg-type]
    sent = recorder.payloads[recorder.rows.index(bad.row_number)]
    assert b"fixed@example.com" in sent
    assert len(recorder.rows) == again.valid_count


def test_small_files_and_workbooks_are_not_paged(tmp_path, monkeypatch):
    path = _users_csv(tmp_path / "users.csv", rows=50)
    assert not should_page(path)
    assert should_page(path, min_bytes=10)
    other = tmp_path / "data.json"
    other.write_text('[{"a": "1"}]' + " " * 100)
    assert not should_page(other, min_bytes=10)


def test_the_cache_file_goes_on_close_on_cancel_and_when_stale(tmp_path):
    path = _users_csv(tmp_path / "users.csv", rows=2000)
    paged = open_paged(path, rows_per_slice=ROWS_PER_SLICE)
    file = paged.path
    assert file.exists()
    paged.close()
    assert not file.exists() and paged.closed
    with pytest.raises(LoadCancelled):
        open_paged(path, rows_per_slice=ROWS_PER_SLICE, cancel=lambda: True)
    assert not list(cache_dir().glob("paged-*.arrow"))
    stale = cache_dir() / "paged-999999999-abc.arrow"  # no such process
    stale.write_bytes(b"x")
    sweep_stale(cache_dir())
    assert not stale.exists()


def test_an_unclosed_table_is_removed_when_dropped(tmp_path):
    path = _users_csv(tmp_path / "users.csv", rows=900)
    paged: PagedTable | None = open_paged(path, rows_per_slice=ROWS_PER_SLICE)
    assert paged is not None
    file = paged.path
    paged = None  # the finalizer also runs at interpreter exit
    assert not file.exists()
