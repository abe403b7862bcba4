"""VibeFollow bulk endpoints: users (`/api/v1/users/bulk`) and events (`/api/v1/events/bulk`).

Bearer auth, up to 1,000 records per request. A 200 carries `data.accepted`, `data.rejected`,
`data.errors[].index` (position in the sent array) and `meta.received`; the invariant
`accepted + rejected == meta.received == len(chunk)` is checked and a mismatch is treated as a
protocol error (the same chunk is re-sent; the API dedupes re-sent records).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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

DEFAULT_BASE_URL = "https://api.vibefollow.com"


class VibeFollowBulk:
    """One VibeFollow bulk endpoint; `envelope_key` is "users" or "events"."""

    default_base_url = DEFAULT_BASE_URL
    max_batch = 1000
    rate_limit: RateLimit | None = None  # "standard per-project limit", unpublished: 429s tell us

    def __init__(
        self,
        dest_id: str,
        label: str,
        path: str,
        envelope_key: str,
        payload_fields: tuple[str, ...],
    ) -> None:
        self.id = dest_id
        self.label = label
        self.path = path
        self.envelope_key = envelope_key
        self.payload_fields = payload_fields
        # Events dedupe on (user, name, time); users upsert on external_user_id.
        self.server_dedupe = True

    def build_request(
        self, records: Sequence[Record], *, api_key: str, idempotency_key: str
    ) -> PreparedRequest:
        """`{"<users|events>": [...]}` with a Bearer header, records in the order given."""
        body = orjson.dumps({self.envelope_key: [r.payload for r in records]})
        # The bulk endpoints dedupe by content; the Idempotency-Key costs nothing, helps proxies.
        headers = json_headers(idempotency_key, bearer=api_key)
        return PreparedRequest("POST", self.path, headers, body, tuple(range(len(records))))

    def build_request_raw(
        self, payloads: Sequence[bytes], *, api_key: str, idempotency_key: str
    ) -> PreparedRequest:
        """Like `build_request`, from payloads already serialised as JSON (the journal's)."""
        body = b'{"' + self.envelope_key.encode() + b'":[' + b",".join(payloads) + b"]}"
        headers = json_headers(idempotency_key, bearer=api_key)
        return PreparedRequest("POST", self.path, headers, body, tuple(range(len(payloads))))

    def parse_response(
        self,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        sent_records: Sequence[Record],
    ) -> ChunkResult:
        """Per-record outcomes from `data.errors`, after checking the counts add up."""
        doc = decode_json(body)
        n = len(sent_records)
        if not 200 <= status <= 299:
            return request_level_result(status, doc, body, n, "VibeFollow")
        if not isinstance(doc, dict):
            return protocol_error(status, "VibeFollow", "the body is not a JSON object")
        data, meta = _sections(doc)
        accepted, rejected = data.get("accepted"), data.get("rejected")
        received, errors = meta.get("received"), data.get("errors", [])
        if not (
            isinstance(accepted, int) and isinstance(rejected, int) and isinstance(received, int)
        ):
            return protocol_error(status, "VibeFollow", "counts missing")
        if not isinstance(errors, list):
            return protocol_error(status, "VibeFollow", "errors is not a list")
        if received != n:
            return protocol_error(status, "VibeFollow", f"received {received} of {n} records")
        if accepted + rejected != received:
            return protocol_error(
                status, "VibeFollow", f"accepted {accepted} + rejected {rejected} ≠ {received}"
            )
        outcomes: list[Outcome] = [ACCEPTED] * n
        seen: set[int] = set()
        for err in errors:
            index = err.get("index") if isinstance(err, dict) else None
            if not isinstance(index, int) or not 0 <= index < n or index in seen:
                return protocol_error(status, "VibeFollow", f"bad error index {index!r}")
            seen.add(index)
            message = str(err.get("message") or "rejected")
            payload = sent_records[index].payload
            code = str(err.get("code") or "validation")
            outcomes[index] = rejection(
                code, message, err.get("field"), payload, self.payload_fields
            )
        if len(seen) != rejected:
            return protocol_error(
                status, "VibeFollow", f"{len(seen)} errors listed for {rejected} rejected"
            )
        return ChunkResult(Verdict.RECORDS, status, tuple(outcomes))


def _sections(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """`data` and `meta`; also accepts the flattened `"data.accepted"` spelling of the docs page."""
    data = doc.get("data")
    meta = doc.get("meta")
    if not isinstance(data, dict):
        data = {k[5:]: v for k, v in doc.items() if k.startswith("data.")}
    if not isinstance(meta, dict):
        meta = {k[5:]: v for k, v in doc.items() if k.startswith("meta.")}
    return data, meta


def users() -> VibeFollowBulk:
    """`vibefollow-users`: bulk upsert users."""
    return VibeFollowBulk(
        "vibefollow-users",
        "VibeFollow users",
        "/api/v1/users/bulk",
        "users",
        ("external_user_id", "email", "traits"),
    )


def events() -> VibeFollowBulk:
    """`vibefollow-events`: bulk track events."""
    return VibeFollowBulk(
        "vibefollow-events",
        "VibeFollow events",
        "/api/v1/events/bulk",
        "events",
        ("external_user_id", "name", "timestamp", "properties"),
    )
