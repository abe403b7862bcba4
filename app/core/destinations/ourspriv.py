"""Ours Privacy batch endpoint (`POST /api/v1/batch`), token in the body, not a header.

200: every row accepted. 207: per-row `results[index].success`; a failed row is retried (in a
new chunk) when its code is a queue/transport error and rejected when it is a validation error.
400/401/413/415: request-level (413 carries `limit`: split the chunk to that size). 500: if
`results` is present retry only the failed rows, else the whole request, with the same
`distinctId`s (the payloads are never changed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from app.core.destinations.base import (
    ACCEPTED,
    ChunkResult,
    Outcome,
    PreparedRequest,
    RateLimit,
    Retry,
    Verdict,
    decode_json,
    json_headers,
    protocol_error,
    rejection,
    request_level_result,
    server_message,
)
from app.core.records import Record

DEFAULT_BASE_URL = "https://api.oursprivacy.com"
LABEL = "Ours Privacy"

# Codes that mean "the row was fine, the queue behind the API was not": retry them.
_TRANSPORT_WORDS = (
    "transport",
    "queue",
    "timeout",
    "timed_out",
    "unavailable",
    "internal",
    "temporar",
    "throttl",
    "rate_limit",
    "enqueue",
    "network",
    "connection",
    "retry",
)


_VALIDATION_WORDS = ("invalid", "validation", "missing", "required", "malformed", "schema")


def is_transport_code(code: str, result: Mapping[str, Any], *, default: bool = False) -> bool:
    """True when a failed row should be re-sent rather than reported as rejected.

    `default` decides codes that name neither a transport nor a validation problem: a 207
    rejects them (the row itself was refused), a 500 retries them (nothing was confirmed).
    """
    retryable = result.get("retryable")
    if isinstance(retryable, bool):
        return retryable
    lowered = code.lower()
    if any(word in lowered for word in _TRANSPORT_WORDS):
        return True
    if any(word in lowered for word in _VALIDATION_WORDS):
        return False
    return default


class OursPrivacyBatch:
    """`ourspriv-events`."""

    id = "ourspriv-events"
    label = LABEL
    default_base_url = DEFAULT_BASE_URL
    path = "/api/v1/batch"
    max_batch = 1000
    rate_limit: RateLimit | None = None
    # No server-side dedupe: a re-send after a lost answer may store the rows twice.
    server_dedupe = False
    payload_fields: tuple[str, ...] = ("event", "distinctId", "timestamp", "properties")

    def build_request(
        self, records: Sequence[Record], *, api_key: str, idempotency_key: str
    ) -> PreparedRequest:
        """`{"token": key, "events": [...]}`; no Authorization header."""
        body = orjson.dumps({"token": api_key, "events": [r.payload for r in records]})
        headers = json_headers(idempotency_key)
        return PreparedRequest("POST", self.path, headers, body, tuple(range(len(records))))

    def build_request_raw(
        self, payloads: Sequence[bytes], *, api_key: str, idempotency_key: str
    ) -> PreparedRequest:
        """Like `build_request`, from payloads already serialised as JSON (the journal's)."""
        body = b'{"token":' + orjson.dumps(api_key) + b',"events":[' + b",".join(payloads) + b"]}"
        headers = json_headers(idempotency_key)
        return PreparedRequest("POST", self.path, headers, body, tuple(range(len(payloads))))

    def parse_response(
        self,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        sent_records: Sequence[Record],
    ) -> ChunkResult:
        """Outcomes per row from `results`, or a request-level verdict."""
        n = len(sent_records)
        if status == 200 and _counts_say_all_accepted(body, n):
            return ChunkResult(Verdict.RECORDS, status, (ACCEPTED,) * n)
        doc = decode_json(body)
        if status == 413 and isinstance(doc, dict):
            limit = doc.get("limit")
            if isinstance(limit, int) and 0 < limit < n:
                return ChunkResult(
                    Verdict.SPLIT,
                    status,
                    message=f"{LABEL} accepts at most {limit:,} events per request; splitting",
                    split_limit=limit,
                )
        if status == 500 and isinstance(doc, dict) and isinstance(doc.get("results"), list):
            return self._rows(status, doc, sent_records, failed_means_retry=True)
        if status in (200, 207):
            if not isinstance(doc, dict):
                return protocol_error(status, LABEL, "the body is not a JSON object")
            results = doc.get("results")
            if status == 200 and results is None:
                accepted = doc.get("accepted")
                if accepted is None or accepted == n:
                    return ChunkResult(Verdict.RECORDS, status, (ACCEPTED,) * n)
                return protocol_error(status, LABEL, f"accepted {accepted} of {n}")
            if status == 200 and _all_succeeded(results, n):
                return ChunkResult(Verdict.RECORDS, status, (ACCEPTED,) * n)
            return self._rows(status, doc, sent_records, failed_means_retry=False)
        if 200 <= status <= 299:
            return protocol_error(status, LABEL, f"unexpected status {status}")
        return request_level_result(status, doc, body, n, LABEL)

    def _rows(
        self,
        status: int,
        doc: dict[str, Any],
        sent_records: Sequence[Record],
        *,
        failed_means_retry: bool,
    ) -> ChunkResult:
        n = len(sent_records)
        results = doc.get("results")
        if not isinstance(results, list):
            return protocol_error(status, LABEL, "results missing")
        outcomes: list[Outcome | None] = [None] * n
        for res in results:
            index = res.get("index") if isinstance(res, dict) else None
            if not isinstance(index, int) or not 0 <= index < n or outcomes[index] is not None:
                return protocol_error(status, LABEL, f"bad result index {index!r}")
            if res.get("success") is True:
                outcomes[index] = ACCEPTED
                continue
            code = str(res.get("code") or "error")
            message = str(res.get("message") or res.get("error") or code)
            if is_transport_code(code, res, default=failed_means_retry):
                outcomes[index] = Retry(f"{code}: {message}")
            else:
                outcomes[index] = rejection(
                    code,
                    message,
                    res.get("field"),
                    sent_records[index].payload,
                    self.payload_fields,
                )
        if status == 500:
            # Rows the 500 does not mention were not confirmed: send them again too.
            reason = server_message(doc, b"") or "server error"
            outcomes = [o if o is not None else Retry(f"500: {reason}") for o in outcomes]
        elif any(o is None for o in outcomes):
            return protocol_error(status, LABEL, f"{len(results)} results for {n} events")
        accepted = doc.get("accepted")
        got = sum(1 for o in outcomes if o is ACCEPTED)
        if status != 500 and isinstance(accepted, int) and accepted != got:
            return protocol_error(status, LABEL, f"accepted {accepted} but {got} results succeeded")
        return ChunkResult(
            Verdict.RECORDS,
            status,
            tuple(o for o in outcomes if o is not None),
            message=server_message(doc, b"") if status != 200 else "",
        )


_ACCEPTED_COUNT = re.compile(rb'"accepted"\s*:\s*(\d+)\s*[,}]')
_NONE_FAILED = re.compile(rb'"failed"\s*:\s*0\s*[,}]')
_SUCCESS_TRUE = re.compile(rb'"success"\s*:\s*true\s*[,}]')


def _counts_say_all_accepted(body: bytes, n: int) -> bool:
    """A 200 means every row was accepted; when the top-level counts (before `results`) say
    accepted == n and failed == 0, the thousand per-row results need not be parsed."""
    cut = body.find(b'"results"')
    head = body[:cut] if cut > 0 else b""
    if not head.startswith(b"{") or b"{" in head[1:]:
        return False  # unusual layout: take the full parse
    accepted = _ACCEPTED_COUNT.search(head)
    return (
        accepted is not None
        and int(accepted.group(1)) == n
        and _NONE_FAILED.search(head) is not None
        and _SUCCESS_TRUE.search(head) is not None
    )


def _all_succeeded(results: Any, n: int) -> bool:
    """The common case, checked quickly: one successful result per event, indices 0..n-1."""
    if not isinstance(results, list) or len(results) != n:
        return False
    try:
        return all(r["success"] is True and r["index"] == i for i, r in enumerate(results))
    except (KeyError, TypeError):
        return False


def batch() -> OursPrivacyBatch:
    """`ourspriv-events`."""
    return OursPrivacyBatch()
