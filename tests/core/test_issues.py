"""Issue groups and their one wording; patched columns and an edit's row bookkeeping."""

from __future__ import annotations

import numpy as np

from app.core.fields import get_schema
from app.core.issues import (
    IssueGroup,
    duplicate_message,
    duplicate_words,
    group_words,
    sort_groups,
    summary_words,
)
from app.core.payload_columns import PatchedColumn
from app.core.revalidate import _edit_rows


def test_a_group_is_worded_from_its_rows():
    group = IssueGroup.of_rows("email", "invalid_email", "error", "Email", "email is bad",
                               tuple(range(2, 14)), None)  # fmt: skip
    assert group.count == 12 and group.first_rows == tuple(range(2, 12))
    assert group.message == "12 rows: email is bad — rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …"
    one = group.with_rows((1_204,))
    assert (one.count, one.message, one.summary) == (
        1,
        "1 row: email is bad — row 1,204",
        group.summary,
    )


def test_errors_sort_first_then_the_largest_groups():
    warn = IssueGroup.of_rows("a", "w", "warning", None, "w", (1, 2, 3), None)
    small = IssueGroup.of_rows("b", "e", "error", None, "e", (1,), None)
    large = IssueGroup.of_rows("c", "e", "error", None, "e", (1, 2), None)
    assert sort_groups([warn, small, large]) == [large, small, warn]


def test_summary_and_duplicate_wording():
    assert summary_words(1, 1, 0, 0, 0) == "1 row: 1 valid, 0 invalid"
    assert summary_words(12_408, 12_371, 37, 5, 2) == (
        "12,408 rows: 12,371 valid, 37 invalid, 5 warnings, 2 excluded"
    )
    assert group_words(2, "x", [3, 4]) == "2 rows: x — rows 3, 4"
    what, summary = duplicate_words(get_schema("vibefollow-users"))
    assert str(summary).startswith(f"same {what} as an earlier row — ")
    assert duplicate_message(what, 1_002) == f"Same {what} as row 1,002"


def test_a_patched_column_reads_like_the_materialised_one():
    base = np.array(["a", "b", "c", "d"], dtype=object)
    patched = PatchedColumn(base, np.empty(0, dtype=np.int64), base[:0])
    patched = patched.with_values(np.array([2]), np.array(["x"], dtype=object))
    patched = patched.with_values(np.array([0, 2]), np.array(["y", "z"], dtype=object))
    plain = patched.materialise()
    assert plain.tolist() == ["y", "b", "z", "d"] and base.tolist() == ["a", "b", "c", "d"]
    assert [patched[i] for i in range(4)] == plain.tolist()
    assert patched[np.array([3, 2, 0])].tolist() == ["d", "z", "y"]
    assert patched.equal("z").tolist() == [False, False, True, False]


def test_edited_rows_leave_and_join_a_group_in_order():
    assert _edit_rows((2, 5, 9), out={5, 9}, into={9, 11}) == (2, 9, 11)
    assert _edit_rows((), out=set(), into={4, 1}) == (1, 4)
