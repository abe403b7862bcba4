"""JSON (one array of objects) and NDJSON (one object per line) loaded as text cells: every
value as the text it was written with, nested values as compact JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

import numpy as np
import orjson
import pyarrow as pa

from app.core.cancel import raise_if_cancelled
from app.core.encoding import decode_to_utf8
from app.core.headers import unique_headers
from app.core.sources.detect import read_bytes
from app.core.sources.errors import LoadCancelled, LoadError
from app.core.sources.options import LoadOptions
from app.core.sources.rows import finish
from app.core.sources.said import Rows
from app.core.sources.text import blank_bytes
from app.core.table import SourceInfo, Table


class _JsonNumber(str):
    """A JSON number kept as the text it was written with (`1e5`, `1.10`, a 30-digit id)."""

    __slots__ = ()


# Number tokens whose text a float/int round trip would change: exponents, trailing zeros
# after the point, more than 15 significant digits, long runs of leading zeros, `-0`.
# (It may also match inside strings: then the exact parser runs, which is only slower.)
_REWRITTEN_NUMBER = re.compile(rb"\d[eE]|\.\d*0(?!\d)|\d[\d.]{15,}|\.0{4}|-0(?![\d.])")


def _json_loader(data: bytes) -> Callable[[bytes | str], object]:
    """orjson when every number's text survives it (fast); else a parser keeping the text."""
    if _REWRITTEN_NUMBER.search(data) is None:
        return orjson.loads
    return _exact_json_loads


def _exact_json_loads(text: bytes | str) -> object:
    return json.loads(text, parse_float=_JsonNumber, parse_int=_JsonNumber)


def _json_dump(value: object) -> str:
    """Compact JSON text of a nested value, numbers exactly as they were written."""
    if isinstance(value, _JsonNumber):
        return str.__str__(value)
    if isinstance(value, dict):
        return (
            "{" + ",".join(f"{_json_dump(str(k))}:{_json_dump(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ",".join(_json_dump(v) for v in value) + "]"
    return orjson.dumps(value).decode()


def _json_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return _json_dump(value)
    return orjson.dumps(value).decode()


def load_json(path: Path, fmt: str, options: LoadOptions) -> Table:
    """`path` as JSON (`fmt` "json") or NDJSON (`fmt` "ndjson"), see the package rules."""
    data = read_bytes(path)
    if blank_bytes(data):
        raise LoadError.said("{file} is empty.", "Choose a file that holds data.", file=path.name)
    try:
        decoded = decode_to_utf8(data)
    except UnicodeDecodeError as exc:
        raise LoadError.said(
            "{file} is not valid text.", "Save it as UTF-8 JSON.", file=path.name
        ) from exc
    objects: list[object] = []
    numbers: list[int] = []
    loads = _json_loader(decoded.utf8)
    if fmt == "ndjson":
        for line_number, line in enumerate(decoded.utf8.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                objects.append(loads(line))
            except json.JSONDecodeError as exc:
                raise LoadError.said(
                    "Line {line} of {file} is not valid JSON.",
                    "Each line of an NDJSON file must be one complete JSON object.",
                    line=line_number,
                    file=path.name,
                ) from exc
            numbers.append(line_number)
            if len(numbers) % 100_000 == 0:
                raise_if_cancelled(options.cancel, LoadCancelled)
    else:
        try:
            parsed = loads(decoded.utf8)
        except json.JSONDecodeError as exc:
            raise LoadError.said(
                "{file} is not valid JSON (line {line}, column {column}).",
                "Check that the file is complete; a JSON file must be one array of objects.",
                file=path.name,
                line=exc.lineno,
                column=exc.colno,
            ) from exc
        if isinstance(parsed, dict):
            lists = [v for v in parsed.values() if isinstance(v, list)]
            if len(lists) == 1:
                parsed = lists[0]
        if not isinstance(parsed, list):
            raise LoadError.said(
                "{file} does not hold a list of records.",
                'Backfill reads a JSON array of objects, like [{{"id": 1}}, {{"id": 2}}].',
                file=path.name,
            )
        objects = parsed
        numbers = list(range(1, len(parsed) + 1))
    bad = [n for n, obj in zip(numbers, objects, strict=True) if not isinstance(obj, dict)]
    if bad:
        raise LoadError.said(
            "{count} record of {file} is not an object: {records}."
            if len(bad) == 1
            else "{count} records of {file} are not objects: {records}.",
            "Every record must be an object with named fields.",
            count=len(bad),
            file=path.name,
            records=Rows(bad),
        )
    if not objects:
        raise LoadError.said(
            "{file} holds no records.", "Choose a file that holds data.", file=path.name
        )
    records = cast("list[dict[str, object]]", objects)  # every one is an object (checked)
    keys: dict[str, None] = {}
    for obj in records:
        keys.update(dict.fromkeys(obj))
    raw_names = list(keys)
    names = unique_headers(raw_names)
    columns = [
        pa.array([_json_text(obj.get(key)) for obj in records], type=pa.large_string())
        for key in raw_names
    ]
    arrow_table = pa.Table.from_arrays(columns, names=names)
    info = SourceInfo(path=path, format=fmt, encoding=decoded.encoding, header_row=0)
    return finish(arrow_table, names, np.asarray(numbers, dtype=np.int64), info, [], options)
