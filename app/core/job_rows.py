"""What a job is made of before the journal stores it: where its rows come from, the rows in
blocks (payload JSON and original cells), the rows kept back, and the content hash that says
two rows are "the same" for the duplicate guard. Plain values, no database."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:  # numpy is imported where it is used: the engine's process never needs it
    import numpy as np


@dataclass(frozen=True)
class JobSource:
    """Where a job's rows come from and where they go (everything but the rows)."""

    path: str
    sha256: str
    info: Mapping[str, Any]
    destination_id: str
    base_url: str
    profile_name: str
    mapping: Mapping[str, Any]
    # A part of a pair (app.core.pair): "users" opens one; "events" joins the users job
    # `pair_users_job`, its rows held until their users' outcomes are known.
    pair_role: str | None = None
    pair_users_job: str | None = None


@dataclass(frozen=True, slots=True)
class RowBlock:
    """Consecutive rows to store: row numbers, payload JSON (keys sorted, see `payload_json`)
    and the original cells, by column (`headers`, `cells[c][i]`) or by row (`originals`)."""

    rows: Sequence[int]
    payloads: Sequence[bytes]
    headers: Sequence[str] = ()
    cells: Sequence[Sequence[str]] = ()
    originals: Sequence[Mapping[str, str] | None] | None = None

    def originals_json(self) -> bytes:
        """The original cells as stored: columnar (compact) unless given by row."""
        if self.originals is not None:
            return orjson.dumps([dict(o) if o else None for o in self.originals])
        return orjson.dumps({"headers": list(self.headers), "cells": [list(c) for c in self.cells]})


@dataclass(frozen=True, slots=True)
class KeptBackRow:
    """A row of the file that is not sent: `state` "invalid" (validation) or "excluded"
    (the operator's choice), with the reason and its original cells."""

    row: int
    state: str
    code: str | None
    field: str | None
    message: str | None
    original: Mapping[str, str]


KEPT_BACK_STATES = ("invalid", "excluded")


def payload_json(payload: Mapping[str, Any]) -> bytes:
    """A payload as the journal stores and sends it (orjson, keys sorted)."""
    return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)


def reblock(blocks: Iterable[RowBlock], size: int) -> Iterator[RowBlock]:
    """The same rows in blocks of exactly `size` (the last may be shorter)."""
    rows: list[int] = []
    payloads: list[bytes] = []
    cells: list[list[str]] = []
    originals: list[Mapping[str, str] | None] | None = None
    headers: Sequence[str] = ()

    def cut(n: int) -> RowBlock:
        nonlocal rows, payloads, cells, originals
        out = RowBlock(
            rows[:n],
            payloads[:n],
            headers,
            [c[:n] for c in cells],
            None if originals is None else originals[:n],
        )
        rows, payloads = rows[n:], payloads[n:]
        cells = [c[n:] for c in cells]
        originals = None if originals is None else originals[n:]
        return out

    for block in blocks:
        if not rows and len(block.rows) == size:
            yield block  # the usual case: already the right size, nothing copied
            continue
        if block.originals is not None or originals is not None:
            mine = _row_originals(block)
            if originals is None:
                originals = [dict(zip(headers, r, strict=True)) for r in zip(*cells, strict=True)]
                originals = originals or [None] * len(rows)
                cells = []
            originals.extend(mine)
        else:
            if not cells:
                cells = [[] for _ in block.cells]
            for column, theirs in zip(cells, block.cells, strict=True):
                column.extend(theirs)
        headers = block.headers or headers
        rows.extend(block.rows)
        payloads.extend(block.payloads)
        while len(rows) >= size:
            yield cut(size)
    if rows:
        yield cut(len(rows))


def _row_originals(block: RowBlock) -> list[Mapping[str, str] | None]:
    if block.originals is not None:
        return list(block.originals)
    return [dict(zip(block.headers, r, strict=True)) for r in zip(*block.cells, strict=True)]


@dataclass(frozen=True)
class EarlierAcceptances:
    """Rows a destination accepted in earlier jobs: sorted 8-byte content-hash prefixes."""

    prefixes: np.ndarray
    last_active: datetime | None  # when the newest job with accepted rows last changed

    def count_in(self, hashes: Sequence[bytes]) -> int:
        """How many of these content hashes are among them."""
        import numpy as np

        if not self.prefixes.size or not hashes:
            return 0
        probe = np.frombuffer(b"".join(h[:8] for h in hashes), dtype="<u8")
        return int(np.isin(probe, self.prefixes).sum())


@dataclass(frozen=True)
class AcceptedBefore:
    """Rows of a new job that earlier jobs already delivered to the same place."""

    count: int
    last_active: datetime | None  # when the newest such job last changed


def content_hash(payload: Mapping[str, Any]) -> bytes:
    """Key-order independent hash of a payload (the duplicate guard's notion of "same row")."""
    return hashlib.blake2b(
        orjson.dumps(payload, option=orjson.OPT_SORT_KEYS), digest_size=16
    ).digest()
