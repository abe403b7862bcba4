"""What every destination API module provides, and the outcome types its responses turn into.

A destination builds one HTTP request for a chunk of records (`build_request`) and turns the
response into a `ChunkResult` (`parse_response`): either per-record outcomes (`Accepted`,
`Rejected`, `Retry`) or a request-level verdict (retry the same chunk, split it, stop the job).
It never touches the network itself; the uploader does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

import orjson

from app.core.records import Record
from app.core.retry import is_retryable_status


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A published request budget: at most `requests` in any rolling `per_seconds` window."""

    requests: int
    per_seconds: float

    def describe(self, label: str) -> str:
        """Words for the operator, e.g. "FloKit allows 100 requests/min"."""
        if self.per_seconds == 60:
            return f"{label} allows {self.requests:,} requests/min"
        return f"{label} allows {self.requests:,} requests per {self.per_seconds:g} s"


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """One HTTP request for a chunk. `sent_order[i]` is the index (in the records handed to
    `build_request`) of the i-th record in the body; pass records in that order to
    `parse_response`."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    sent_order: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Accepted:
    """The API took the record."""


@dataclass(frozen=True, slots=True)
class Rejected:
    """The API refused the record for a reason that re-sending it unchanged will not fix."""

    code: str
    field: str | None
    message: str


@dataclass(frozen=True, slots=True)
class Retry:
    """A transient failure for this record: send it again (in a new chunk)."""

    reason: str


Outcome = Accepted | Rejected | Retry

ACCEPTED = Accepted()


class Verdict(StrEnum):
    """What to do with a chunk after its response."""

    RECORDS = "records"  # per-record outcomes in ChunkResult.outcomes
    RETRY = "retry"  # transient: send the same payload again, same idempotency key
    SPLIT = "split"  # too large (413) or refused as a whole (400): resend in parts of split_limit
    STOP_AUTH = "stop_auth"  # key refused: stop the job, rows stay pending
    STOP = "stop"  # the request can never work as sent (404, 415, 501 ...): stop the job


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """The parsed response of one chunk request.

    For `Verdict.RECORDS`, `outcomes[i]` belongs to `sent_records[i]` of `parse_response`.
    `throttled` marks responses that ask us to slow down (429, 503) so the concurrency shrinks.
    """

    verdict: Verdict
    status: int
    outcomes: tuple[Outcome, ...] = ()
    message: str = ""
    split_limit: int | None = None
    throttled: bool = False

    @property
    def accepted(self) -> int:
        return sum(1 for o in self.outcomes if isinstance(o, Accepted))

    def redacted(self, redact: Callable[[str], str]) -> ChunkResult:
        """This result with every text that came from the server passed through `redact`
        (some APIs quote the presented key in their errors; none of it may be stored)."""
        outcomes = self.outcomes
        if any(type(o) is not Accepted for o in outcomes):
            outcomes = tuple(_redacted_outcome(o, redact) for o in outcomes)
        return replace(self, message=redact(self.message), outcomes=outcomes)

    @property
    def rejected(self) -> int:
        return sum(1 for o in self.outcomes if isinstance(o, Rejected))

    @property
    def retried(self) -> int:
        return sum(1 for o in self.outcomes if isinstance(o, Retry))


def _redacted_outcome(outcome: Outcome, redact: Callable[[str], str]) -> Outcome:
    if isinstance(outcome, Rejected):
        return Rejected(redact(outcome.code), outcome.field, redact(outcome.message))
    if isinstance(outcome, Retry):
        return Retry(redact(outcome.reason))
    return outcome


@runtime_checkable
class Destination(Protocol):
    """One ingestion API endpoint (see module docstring)."""

    id: str
    label: str
    default_base_url: str
    path: str
    max_batch: int
    rate_limit: RateLimit | None
    payload_fields: tuple[str, ...]
    # Whether the API drops a re-sent record itself (content dedupe, upsert or Idempotency-Key):
    # when False, rows re-sent after a lost answer may be stored twice, and the receipt says so.
    server_dedupe: bool

    def build_request(
        self, records: Sequence[Record], *, api_key: str, idempotency_key: str
    ) -> PreparedRequest:
        """The request for this chunk (records in the order given unless the API wants another)."""
        ...

    def parse_response(
        self,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        sent_records: Sequence[Record],
    ) -> ChunkResult:
        """Per-record outcomes or a request-level verdict; `sent_records` in body order."""
        ...


# --- helpers shared by the destination modules -------------------------------------------------

HTTP_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
}


def decode_json(body: bytes) -> Any:
    """The parsed body, or None when it is not JSON."""
    if not body:
        return None
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


def server_message(doc: Any, body: bytes) -> str:
    """The human part of an error body: `error`/`message`/`errors[0]` or a short text excerpt."""
    if isinstance(doc, dict):
        for key in ("error", "message", "detail", "reason"):
            value = doc.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict):
                inner = value.get("message")
                if isinstance(inner, str) and inner:
                    return inner
        errors = doc.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            msg = errors[0].get("message") or errors[0].get("reason")
            if isinstance(msg, str) and msg:
                fld = errors[0].get("field")
                return f"{fld}: {msg}" if isinstance(fld, str) and fld else msg
    return _excerpt(body)


def _excerpt(body: bytes, limit: int = 200) -> str:
    """The start of a non-JSON body, cut between words: a token cut in half (maybe the
    quoted key) would slip past redaction, which recognises whole tokens only."""
    text = body[: limit * 4].decode("utf-8", "replace").strip()
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    return (head[:cut].rstrip() + " …") if cut > 0 else ""


def status_words(status: int) -> str:
    reason = HTTP_REASONS.get(status)
    return f"{status} {reason}" if reason else str(status)


_FIELD_IN_MESSAGE = re.compile(r"field[:\s]+[`'\"]?([A-Za-z_][\w.\-]*)", re.IGNORECASE)


def guess_field(
    message: str, payload: Mapping[str, Any] | None, known: Sequence[str] = ()
) -> str | None:
    """The field a rejection message is about, when the message names one (the destination's
    own field names in `known`, e.g. a required field missing from the payload)."""
    match = _FIELD_IN_MESSAGE.search(message)
    if match:
        return match.group(1)
    candidates = list(known)
    if payload:
        candidates += list(payload.keys())
        props = payload.get("properties") or payload.get("traits")
        if isinstance(props, Mapping):
            candidates += list(props.keys())
    if candidates:
        for name in sorted(set(candidates), key=len, reverse=True):
            if len(name) > 2 and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", message):
                return name
    return None


def json_headers(idempotency_key: str, bearer: str | None = None) -> dict[str, str]:
    """Headers of a JSON POST: Bearer auth when the API takes the key in a header."""
    auth = {"Authorization": f"Bearer {bearer}"} if bearer is not None else {}
    return {
        **auth,
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Idempotency-Key": idempotency_key,
    }


def rejection(
    code: str, message: str, named_field: object, payload: Mapping[str, Any], known: Sequence[str]
) -> Rejected:
    """A `Rejected` for the field the API named, else the one its message mentions."""
    if isinstance(named_field, str) and named_field:
        return Rejected(code, named_field, message)
    return Rejected(code, guess_field(message, payload, known), message)


def request_level_result(
    status: int, doc: Any, body: bytes, n_records: int, label: str
) -> ChunkResult:
    """The verdict for a response that carries no per-record outcomes."""
    detail = server_message(doc, body)
    words = status_words(status)
    suffix = f": {detail}" if detail else ""
    if status in (401, 403):
        return ChunkResult(
            Verdict.STOP_AUTH,
            status,
            message=f"{label} refused the API key ({words}){suffix}. "
            "Check the key (and its permissions), then resume the job.",
        )
    if is_retryable_status(status):
        throttled = status in (429, 503)
        why = (
            "the API asked us to slow down"
            if status == 429
            else "the API is overloaded"
            if status == 503
            else "server error"
        )
        return ChunkResult(
            Verdict.RETRY, status, message=f"{why} ({words}){suffix}", throttled=throttled
        )
    if status == 413 or status in (400, 422):
        if n_records > 1:
            return ChunkResult(
                Verdict.SPLIT,
                status,
                message=f"{label} refused the request as a whole ({words}){suffix}; "
                "sending it in smaller parts",
                split_limit=(n_records + 1) // 2,
            )
        code = f"http_{status}"
        return ChunkResult(
            Verdict.RECORDS,
            status,
            outcomes=(Rejected(code, None, f"{words}{suffix}"),),
            message=f"{words}{suffix}",
        )
    if status == 404:
        hint = " Check the base URL."
    elif status == 415:
        hint = " The request format was refused; this needs a fix in Backfill or a proxy."
    else:
        hint = ""
    return ChunkResult(
        Verdict.STOP, status, message=f"{label} answered {words}{suffix}.{hint}".strip()
    )


def protocol_error(status: int, label: str, what: str) -> ChunkResult:
    """A 2xx whose numbers do not add up: not a success; re-send the same chunk (same key)."""
    return ChunkResult(
        Verdict.RETRY, status, message=f"{label} sent an inconsistent response ({what})"
    )
