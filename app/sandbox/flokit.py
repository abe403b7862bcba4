"""FloKit: POST /v1/batch/events with per-workspace rate limit and Idempotency-Key replay."""

from __future__ import annotations

from datetime import datetime

from app.sandbox.auth import bearer_token
from app.sandbox.exchange import Reply, Request, json_object, json_reply
from app.sandbox.state import SandboxState
from app.sandbox.timestamps import parse_instant

ENDPOINT = "flokit-events"


def error_reply(status: int, message: str, *headers: tuple[bytes, bytes], **extra: object) -> Reply:
    """FloKit's request-level error body."""
    return json_reply(status, {"status": "error", "error": message, **extra}, *headers)


def check_event(record: object) -> tuple[str, datetime | None]:
    """(reason, instant): reason is "" when the event is valid."""
    if type(record) is not dict:
        return "Event must be an object", None
    event = record.get("event")
    if type(event) is not str or not event:
        return "Missing required field: event", None
    user_id = record.get("user_id")
    if type(user_id) is not str or not user_id:
        return "Missing required field: user_id", None
    instant = None
    if "timestamp" in record:
        instant = parse_instant(record["timestamp"])
        if instant is None:
            return "Invalid timestamp: expected ISO-8601 date-time", None
    if "properties" in record and type(record["properties"]) is not dict:
        return "properties must be an object", instant
    return "", instant


def batch_events(state: SandboxState, req: Request, now: float) -> Reply:
    """POST /v1/batch/events: ≤ max_batch events, partial acceptance with 200 OK."""
    token = bearer_token(req.headers)
    if token is None:
        return error_reply(401, "Missing or malformed Authorization header")
    if token not in state.api_keys:
        return error_reply(401, "Invalid API key")
    stats = state.stats[ENDPOINT]
    if state.settings.limits_enabled:
        wait = state.flokit_limiter.try_acquire(token, now)
        if wait:
            limit = state.flokit_limiter
            return error_reply(
                429,
                f"Rate limit exceeded: {limit.limit} requests per {limit.window_s:g} s per workspace",
                (b"retry-after", state.settings.retry_after_header(wait)),
            )
    cache_key, replayed = state.replay(ENDPOINT, token, req)
    if replayed is not None:
        return replayed
    body = json_object(req.body)
    if isinstance(body, str):
        return error_reply(400, body)
    events = body.get("events")
    if events is None:
        return error_reply(400, "Missing required field: events")
    if not isinstance(events, list):
        return error_reply(400, "events must be an array")
    if not events:
        return error_reply(400, "events must contain at least 1 event")
    max_batch = state.settings.max_batch
    if len(events) > max_batch:
        return error_reply(400, f"Too many events: {len(events)} (maximum {max_batch} per request)")
    rule = state.injector.reject_rule(ENDPOINT)
    store = state.store
    accepted: list[dict] = []
    errors: list[dict] = []
    previous: datetime | None = None
    unsorted = False
    for index, record in enumerate(events):
        reason, instant = check_event(record)
        if instant is not None:
            if previous is not None and instant < previous:
                unsorted = True
            previous = instant
        if not reason and rule is not None and rule.matches(record):
            reason = rule.message
        if reason:
            name = record.get("event") if isinstance(record, dict) else None
            errors.append({"index": index, "event": name, "reason": reason})
            continue
        accepted.append(record)
    store.add_flokit_events(accepted)
    stats.duplicates_stored += store.count_repeats(ENDPOINT, token, accepted, "event", "user_id")
    first = store.next_event_id + 1
    store.next_event_id += len(accepted)
    event_ids = [f"evt_{n:020x}" for n in range(first, store.next_event_id + 1)]
    stats.note_batch(len(events), len(event_ids), len(errors))
    stats.stored += len(event_ids)
    if unsorted:
        stats.unsorted_batches += 1
    reply = json_reply(
        200,
        {
            "status": "ok",
            "accepted": len(event_ids),
            "rejected": len(errors),
            "event_ids": event_ids,
            "errors": errors,
        },
    )
    if cache_key:
        store.replies[cache_key] = reply
    return reply
