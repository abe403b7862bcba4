"""FloKit batch events (`POST /v1/batch/events`): Bearer auth, 1,000 events and an
`Idempotency-Key` per request, at most 100 requests per rolling minute per workspace.

Events are sorted by timestamp within each batch (FloKit asks for it), so `errors[].index`
refers to the *sent* order; `PreparedRequest.sent_order` maps it back to the caller's records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import orjson

from app.core.destinations.base import (
    ACCEPTED,
    ChunkResult,
    Outcome,
    PreparedRequest,
    RateLimit,
    Verdict,
    decode_json,
    json_headers,
    protocol_error,
    rejection,
    request_level_result,
)
from app.core.records import Record

DEFAULT_BASE_URL = "https://api.flokit.ai"
LABEL = "FloKit"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def timestamp_key(value: object) -> tuple[int, float, str]:
    """Chronological sort key for an ISO-8601 timestamp (fractions and offsets handled);
    unparseable values sort last, by text."""
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return (1, 0.0, value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return (0, (parsed - _EPOCH).total_seconds(), "")
    return (1, 0.0, str(value))


class FloKitBatch:
    """`flokit-events`."""

    id = "flokit-events"
    label = LABEL
    default_base_url = DEFAULT_BASE_URL
    path = "/v1/batch/events"
    max_batch = 1000
    rate_limit: RateLimit | None = RateLimit(100, 60.0)
    # The Idempotency-Key per chunk makes a re-send of the same chunk a replay.
    server_dedupe = True
    payload_fields: tuple[str, ...] = ("event", "user_id", "timestamp", "properties")

    def build_request(
        self, records: Sequence[Record], *, api_key: str, idempotency_key: str
    ) -> PreparedRequest:
        """`{"events": [...]}` sorted by timestamp (stable), Bearer auth, Idempotency-Key."""
        order = sorted(
            range(len(records)), key=lambda i: timestamp_key(records[i].payload.get("timestamp"))
        )
        body = orjson.dumps({"events": [records[i].payload for i in order]})
        headers = json_headers(idempotency_key, bearer=api_key)
        return PreparedRequest("POST", self.path, headers, body, tuple(order))

    def parse_response(
        self,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        sent_records: Sequence[Record],
    ) -> ChunkResult:
        """Outcomes from `errors[]` (indices in sent order), after checking the counts."""
        doc = decode_json(body)
        n = len(sent_records)
        if not 200 <= status <= 299:
            return request_level_result(status, doc, body, n, LABEL)
        if not isinstance(doc, dict):
            return protocol_error(status, LABEL, "the body is not a JSON object")
        accepted, rejected = doc.get("accepted"), doc.get("rejected")
        errors = doc.get("errors") or []
        if not isinstance(accepted, int) or not isinstance(rejected, int):
            return protocol_error(status, LABEL, "counts missing")
        if accepted + rejected != n:
            return protocol_error(status, LABEL, f"accepted {accepted} + rejected {rejected} ≠ {n}")
        if not isinstance(errors, list) or len(errors) != rejected:
            return protocol_error(status, LABEL, f"errors listed for {rejected} rejected")
        outcomes: list[Outcome] = [ACCEPTED] * n
        seen: set[int] = set()
        for err in errors:
            index = err.get("index") if isinstance(err, dict) else None
            if not isinstance(index, int) or not 0 <= index < n or index in seen:
                return protocol_error(status, LABEL, f"bad error index {index!r}")
            payload = sent_records[index].payload
            named = err.get("event")
            mine = payload.get("event")
            if isinstance(named, str) and isinstance(mine, str) and named != mine:
                # The index does not point at the event it names: do not guess which row failed.
                return protocol_error(status, LABEL, f"error {index} names {named!r}")
            seen.add(index)
            message = str(err.get("reason") or err.get("message") or "rejected")
            code = str(err.get("code") or "validation")
            outcomes[index] = rejection(
                code, message, err.get("field"), payload, self.payload_fields
            )
        return ChunkResult(Verdict.RECORDS, status, tuple(outcomes))


def batch() -> FloKitBatch:
    """`flokit-events`."""
    return FloKitBatch()
