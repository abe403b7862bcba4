"""Payload JSON built straight from validated columns, a block of rows at a time.

The bytes are exactly `orjson.dumps(record.payload, option=OPT_SORT_KEYS)` of the Record a
validation would build (the journal's stored form and its content hash), but no dict is made
per row: each column becomes JSON text with Arrow's string kernels, and the pieces are joined
row-wise in sorted key order. Text without quotes, backslashes or control characters needs
no escaping (the usual case) and is only wrapped in quotes; any other value is encoded by
orjson itself, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

_NEEDS_ESCAPE = r'["\\\x00-\x1f]'
_TEXT = pa.large_string()


def _lit(text: str) -> pa.Scalar:
    return pa.scalar(text, type=_TEXT)


def json_text(values: pa.Array | np.ndarray) -> pa.Array:
    """Each value as JSON text (a string array), as orjson would write it."""
    if isinstance(values, np.ndarray):
        try:
            values = pa.array(values, type=pa.large_string())
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            return _by_orjson(values.tolist())
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return _by_orjson(values.to_pylist())
    values = pc.fill_null(values.cast(_TEXT), "")
    if len(values) and pc.any(pc.match_substring_regex(values, _NEEDS_ESCAPE)).as_py():
        return _by_orjson(values.to_pylist())
    return pc.binary_join_element_wise(_lit('"'), values, _lit('"'), _lit(""))


def _by_orjson(values: list[object]) -> pa.Array:
    dumps, sort = orjson.dumps, orjson.OPT_SORT_KEYS
    return pa.array([dumps(v, option=sort).decode() for v in values], type=_TEXT)


def object_text(members: Sequence[tuple[str, pa.Array, np.ndarray]], rows: int) -> pa.Array:
    """`{"key":value,…}` per row from (key, JSON text, present mask) members; members that
    are not present in a row are left out of it. Keys are sorted as orjson sorts them."""
    ordered = sorted(members, key=lambda member: member[0])
    if not ordered:
        return pa.array(["{}"] * rows, type=_TEXT)
    if ordered[0][2].all():
        # The first member is in every row (the usual case: a required field): it opens the
        # object, so no comma is cut off afterwards (that slice was a third of this function).
        first, text, _ = ordered[0]
        pieces = [pc.binary_join_element_wise(_lit("{" + _key(first)), text, _lit(""))]
        pieces += _members(ordered[1:])
        return pc.binary_join_element_wise(*pieces, _lit("}"), _lit(""))
    pieces = _members(ordered)
    inside = pc.binary_join_element_wise(*pieces, _lit("")) if len(pieces) > 1 else pieces[0]
    # Every member starts with a comma: drop the first one.
    trimmed = pc.utf8_slice_codeunits(inside, 1)
    return pc.binary_join_element_wise(_lit("{"), trimmed, _lit("}"), _lit(""))


def _key(key: str) -> str:
    return orjson.dumps(key).decode() + ":"


def _members(members: Sequence[tuple[str, pa.Array, np.ndarray]]) -> list[pa.Array]:
    """`,"key":value` per row of each member ("" where it is not present)."""
    pieces = []
    for key, text, present in members:
        joined = pc.binary_join_element_wise(_lit("," + _key(key)), text, _lit(""))
        if not present.all():
            joined = pc.if_else(pa.array(present), joined, _lit(""))
        pieces.append(joined)
    return pieces


def as_bytes(text: pa.Array) -> list[bytes]:
    """The JSON texts as UTF-8 bytes objects."""
    return pc.cast(text, pa.large_binary()).to_pylist()
