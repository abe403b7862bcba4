"""Differential test: payload JSON built from columns is byte for byte orjson of the Records."""

from __future__ import annotations

import orjson
import pytest

from app.core.mapping import ExtraColumn
from app.core.validate import validate, validate_rows
from tests.core.test_validate import NOW, events_mapping, make_table, users_mapping

NASTY = [
    "plain",
    'with "quotes"',
    "back\\slash",
    "tab\there",
    "new\nline",
    "nul\x00byte",
    "bell\x07",
    "del\x7f",
    "é ü 中文 🙂",
    "\u2028line sep",
    "",
    "  spaced  ",
    "=SUM(A1)",
]


def _expected(result) -> list[tuple[int, bytes]]:
    return [(r.row, orjson.dumps(r.payload, option=orjson.OPT_SORT_KEYS)) for r in result.records]


def _columnar(result, size: int = 7) -> list[tuple[int, bytes]]:
    return [
        (row, payload)
        for rows, payloads in result.iter_payload_blocks(size)
        for row, payload in zip(rows, payloads, strict=True)
    ]


def _users_table(n: int = 40):
    nasty = [NASTY[i % len(NASTY)] for i in range(n)]
    return make_table(
        {
            "id": [f"u{i}" if i % 9 else f"u{i} " for i in range(n)],
            "email": ["" if i % 3 else f"a{i}@x.io" for i in range(n)],
            "Plan Type": nasty,
            'Key "quoted"': nasty[::-1],
            "Zähler": [str(i) if i % 4 else "" for i in range(n)],
            "Seats": [str(i * 1.5) if i % 5 else "x" for i in range(n)],
            "Active": ["yes" if i % 2 else "no" for i in range(n)],
            "Meta": ['{"b": 1, "a": [1, "x"]}' if i % 6 else "" for i in range(n)],
        }
    )


@pytest.mark.parametrize(
    "extras",
    [
        {},
        {"Seats": ExtraColumn(value_type="number")},
        {
            "Seats": ExtraColumn(value_type="number"),
            "Active": ExtraColumn(value_type="boolean"),
            "Meta": ExtraColumn(value_type="json"),
            "Zähler": ExtraColumn(key="a_first"),
        },
    ],
)
def test_user_payloads_equal_orjson_of_the_records(extras):
    result = validate(_users_table(), users_mapping(extras=extras), now=NOW)
    assert result.valid_count  # some rows are valid, some are not (bad numbers)
    assert _columnar(result) == _expected(result)


@pytest.mark.parametrize("dest", ["vibefollow-events", "ourspriv-events", "flokit-events"])
@pytest.mark.parametrize("timestamp", ["when", None])
def test_event_payloads_equal_orjson_of_the_records(dest, timestamp):
    n = 30
    table = make_table(
        {
            "user": [NASTY[i % len(NASTY)] or "u" for i in range(n)],
            "event": [f"ev {i % 4}" for i in range(n)],
            "when": [f"2024-03-{1 + i % 28:02d} 10:00" if i % 7 else "" for i in range(n)],
            "page": [NASTY[(i * 3) % len(NASTY)] for i in range(n)],
        }
    )
    result = validate(table, events_mapping(dest, timestamp=timestamp), now=NOW)
    assert _columnar(result, size=4) == _expected(result)


def test_payloads_after_edits_and_exclusions_equal_orjson_of_the_records():
    table = _users_table()
    mapping = users_mapping(extras={"Seats": ExtraColumn(value_type="number")})
    result = validate(table, mapping, now=NOW, excluded_rows=[3, 9])
    table.df.loc[4, "Seats"] = "12"  # was "x": the row becomes valid
    table.df.loc[5, "Plan Type"] = 'edited "again"\n'
    edited = validate_rows(table, mapping, [4, 5], result)
    assert _columnar(edited, size=5) == _expected(edited)


def test_a_text_property_mapped_to_true_false_is_sent_as_json_booleans():
    """Y/N → true/false with the property's type left at text: JSON true/false, not strings;
    a map with any other target leaves the property text (numbers are never inferred)."""
    table = make_table(
        {
            "id": ["u1", "u2", "u3", "u4"],
            "email": ["", "", "", ""],
            "Active": ["Y", "N", "yes", "N"],
            "Level": ["1", "2", "1", "2"],
        }
    )
    mapping = (
        users_mapping()
        .with_value_map("Active", {"Y": "true", "N": "false"})
        .with_value_map("Level", {"1": "10", "2": "20"})
    )
    result = validate(table, mapping, now=NOW)
    payloads = [payload for _, payload in _columnar(result, size=3)]
    assert _columnar(result, size=3) == _expected(result)
    assert payloads[0] == b'{"external_user_id":"u1","traits":{"active":true,"level":"10"}}'
    assert payloads[1] == b'{"external_user_id":"u2","traits":{"active":false,"level":"20"}}'
    # "yes" has no entry but reads as true once the property is a boolean.
    assert b'"active":true' in payloads[2]
    # One entry to something else: the targets are not all true/false, the text stays text.
    mixed = validate(table, mapping.with_value_map("Active", {"Y": "true", "N": "nope"}), now=NOW)
    assert [r.payload["traits"]["active"] for r in mixed.records] == ["true", "nope", "yes", "nope"]


@pytest.mark.parametrize("first_everywhere", [True, False])
@pytest.mark.parametrize("count", [1, 3])
def test_object_text_is_orjson_of_the_dicts_whether_or_not_its_first_key_is_in_every_row(
    first_everywhere, count
):
    """The fast path (the first key in every row opens the object) and the general one give
    the same bytes as orjson, keys sorted, absent members left out."""
    import numpy as np
    import orjson
    import pyarrow as pa

    from app.core.payload_json import as_bytes, json_text, object_text

    rows = 7
    keys = ["b", "a", "c"][:count]
    values = {k: [f"{k}{i}é" for i in range(rows)] for k in keys}
    present = {k: np.array([i % (2 + j) != 1 for i in range(rows)]) for j, k in enumerate(keys)}
    first = sorted(keys)[0]
    present[first] = np.ones(rows, dtype=bool) if first_everywhere else present[first]
    members = [(k, json_text(pa.array(values[k])), present[k]) for k in keys]
    expected = [
        orjson.dumps({k: values[k][i] for k in keys if present[k][i]}, option=orjson.OPT_SORT_KEYS)
        for i in range(rows)
    ]
    assert as_bytes(object_text(members, rows)) == expected
