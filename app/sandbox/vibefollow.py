"""VibeFollow: bulk users, bulk events and single track, as its three documents describe."""

from __future__ import annotations

import re
from datetime import datetime

from app.sandbox.auth import bearer_token
from app.sandbox.exchange import BadJson, Reply, Request, json_object, json_reply, parse_json
from app.sandbox.faults import RejectRule
from app.sandbox.state import SandboxState
from app.sandbox.store import event_key
from app.sandbox.timestamps import parse_instant

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")

RecordError = tuple[str, str | None]  # (message, field)


def error_reply(status: int, code: str, message: str, *headers: tuple[bytes, bytes]) -> Reply:
    """VibeFollow's error envelope."""
    return json_reply(status, {"error": {"code": code, "message": message}}, *headers)


def _validation_reply(message: str, field: str, code: str = "validation") -> Reply:
    return json_reply(
        400,
        {
            "error": {"code": code, "message": message},
            "errors": [{"code": code, "message": message, "field": field}],
        },
    )


def _authenticate(state: SandboxState, req: Request, unknown_status: int) -> str | Reply:
    token = bearer_token(req.headers)
    if token is None:
        return error_reply(401, "unauthorized", "Missing or malformed Authorization header")
    if token not in state.api_keys:
        if unknown_status == 403:
            return error_reply(403, "forbidden", "API key is not authorised for this resource")
        return error_reply(401, "unauthorized", "Invalid API key")
    return token


def _admit(state: SandboxState, project: str, now: float) -> Reply | None:
    """429 when the per-project rate limit is spent (shared by all three endpoints)."""
    if not state.settings.limits_enabled:
        return None
    wait = state.vibefollow_limiter.try_acquire(project, now)
    if wait:
        return error_reply(
            429,
            "rate_limited",
            f"Rate limit exceeded: {state.vibefollow_limiter.limit} requests per "
            f"{state.vibefollow_limiter.window_s:g} s per project",
            (b"retry-after", state.settings.retry_after_header(wait)),
        )
    return None


def _queue_check(state: SandboxState, project: str, incoming: int, now: float) -> Reply | None:
    if not state.settings.limits_enabled:
        return None
    wait = state.queue.wait_for(project, incoming, now)
    if wait:
        return error_reply(
            503,
            "queue_saturated",
            f"Ingest queue is saturated ({state.queue.cap} jobs waiting or delayed); "
            "back off, drain, then resume in smaller chunks",
            (b"retry-after", state.settings.retry_after_header(wait)),
        )
    return None


def _envelope(req: Request, key: str, max_batch: int) -> list | Reply:
    body = json_object(req.body)
    if isinstance(body, str):
        return _validation_reply(body, key)
    items = body.get(key)
    if items is None:
        return _validation_reply(f"{key} is required", key)
    if not isinstance(items, list):
        return _validation_reply(f"{key} must be an array", key)
    if not items:
        return _validation_reply(f"{key} must contain at least 1 record", key)
    if len(items) > max_batch:
        return _validation_reply(
            f"{key} must contain at most {max_batch} records (got {len(items)})", key
        )
    return items


def _open_bulk(state: SandboxState, req: Request, now: float, key: str) -> tuple[str, list] | Reply:
    """(project, records) of a bulk request that passed auth, rate limit, envelope and queue."""
    project = _authenticate(state, req, 401)
    if isinstance(project, Reply):
        return project
    refused = _admit(state, project, now)
    if refused:
        return refused
    items = _envelope(req, key, state.settings.max_batch)
    if isinstance(items, Reply):
        return items
    refused = _queue_check(state, project, len(items), now)
    if refused:
        return refused
    return project, items


def _check_id(record: dict) -> RecordError | None:
    uid = record.get("external_user_id")
    if uid is None:
        return "external_user_id is required", "external_user_id"
    if not isinstance(uid, str):
        return "external_user_id must be a string", "external_user_id"
    if not uid:
        return "external_user_id must be at least 1 character", "external_user_id"
    return None


def check_user(record: object) -> RecordError | None:
    """First validation failure of one user record, or None."""
    if not isinstance(record, dict):
        return "User record must be an object", None
    problem = _check_id(record)
    if problem:
        return problem
    if "email" in record:
        email = record["email"]
        if not isinstance(email, str) or _EMAIL.match(email) is None:
            return "Invalid email", "email"
    if "traits" in record and not isinstance(record["traits"], dict):
        return "traits must be an object", "traits"
    return None


def validate_event(record: object) -> tuple[RecordError | None, datetime | None]:
    """(first validation failure or None, occurred_at parsed from `timestamp` if present)."""
    if type(record) is not dict:
        return ("Event record must be an object", None), None
    uid = record.get("external_user_id")
    if type(uid) is not str or not uid:
        return _check_id(record), None
    name = record.get("name")
    if type(name) is not str or not name:
        if name is None:
            return ("name is required", "name"), None
        if not isinstance(name, str):
            return ("name must be a string", "name"), None
        return ("name must be at least 1 character", "name"), None
    instant = None
    if "timestamp" in record:
        instant = parse_instant(record["timestamp"])
        if instant is None:
            return ("Invalid timestamp", "timestamp"), None
    if "properties" in record and type(record["properties"]) is not dict:
        return ("properties must be an object", "properties"), None
    return None, instant


def _rule_error(rule: RejectRule | None, record: object) -> tuple[str, str, str] | None:
    if rule is not None and rule.matches(record):
        return rule.code or "validation", rule.message, rule.path[0]
    return None


def _bulk_reply(received: int, accepted: int, errors: list[dict]) -> Reply:
    return json_reply(
        200,
        {
            "data": {"accepted": accepted, "rejected": len(errors), "errors": errors},
            "meta": {"received": received},
        },
    )


def _error_entry(index: int, code: str, message: str, field: str | None) -> dict:
    entry: dict[str, object] = {"index": index, "code": code, "message": message}
    if field is not None:
        entry["field"] = field
    return entry


def users_bulk(state: SandboxState, req: Request, now: float) -> Reply:
    """POST /api/v1/users/bulk: upsert on external_user_id, per-record errors."""
    endpoint = "vibefollow-users"
    opened = _open_bulk(state, req, now, "users")
    if isinstance(opened, Reply):
        return opened
    project, items = opened
    rule = state.injector.reject_rule(endpoint)
    store = state.store
    stats = state.stats[endpoint]
    errors: list[dict] = []
    upserts: list[dict] = []
    for index, record in enumerate(items):
        problem = check_user(record)
        if problem:
            errors.append(_error_entry(index, "validation", problem[0], problem[1]))
            continue
        ruled = _rule_error(rule, record)
        if ruled:
            errors.append(_error_entry(index, *ruled))
            continue
        upserts.append(record)
    stats.stored += store.add_users(project, upserts)
    accepted = len(upserts)
    state.queue.enqueue(project, accepted, now)
    stats.note_batch(len(items), accepted, len(errors))
    return _bulk_reply(len(items), accepted, errors)


def _store_event(
    state: SandboxState,
    project: str,
    record: dict,
    instant: datetime | None,
    origin: str,
    now: float,
) -> bool:
    """Store an event unless (project, user, name, occurred_at) is already stored."""
    # No timestamp: occurred_at is the server's receive time, so it never collides.
    key = event_key(project, record["external_user_id"], record["name"], instant or now)
    keys = state.store.vibefollow_event_keys
    if key in keys:
        return False
    keys.add(key)
    state.store.add_vibefollow_events(origin, [record])
    return True


def events_bulk(state: SandboxState, req: Request, now: float) -> Reply:
    """POST /api/v1/events/bulk: per-record errors; re-sent events are silently dropped."""
    endpoint = "vibefollow-events"
    opened = _open_bulk(state, req, now, "events")
    if isinstance(opened, Reply):
        return opened
    project, items = opened
    rule = state.injector.reject_rule(endpoint)
    stats = state.stats[endpoint]
    keys = state.store.vibefollow_event_keys
    stored_events: list[dict] = []
    errors: list[dict] = []
    accepted = stored = 0
    for index, record in enumerate(items):
        problem, instant = validate_event(record)
        if problem:
            errors.append(_error_entry(index, "validation", problem[0], problem[1]))
            continue
        if rule is not None:
            ruled = _rule_error(rule, record)
            if ruled:
                errors.append(_error_entry(index, *ruled))
                continue
        accepted += 1
        # Inlined _store_event: this loop is the sandbox's hot path.
        key = event_key(project, record["external_user_id"], record["name"], instant or now)
        if key in keys:
            stats.duplicates_dropped += 1
            continue
        keys.add(key)
        stored_events.append(record)
        stored += 1
    state.store.add_vibefollow_events(endpoint, stored_events)
    stats.stored += stored
    state.queue.enqueue(project, stored, now)
    stats.note_batch(len(items), accepted, len(errors))
    return _bulk_reply(len(items), accepted, errors)


def track(state: SandboxState, req: Request, now: float) -> Reply:
    """POST /api/v1/events: one event, 202, Idempotency-Key replays the first answer."""
    endpoint = "vibefollow-track"
    project = _authenticate(state, req, 403)
    if isinstance(project, Reply):
        return project
    refused = _admit(state, project, now)
    if refused:
        return refused
    stats = state.stats[endpoint]
    cache_key, first = state.replay(endpoint, project, req)
    if first is not None:
        return first
    try:
        record = parse_json(req.body)
    except BadJson as exc:
        return _validation_reply(str(exc), "body")
    problem, instant = validate_event(record)
    if problem:
        stats.note_batch(1, 0, 1)
        return _validation_reply(problem[0], problem[1] or "body")
    ruled = _rule_error(state.injector.reject_rule(endpoint), record)
    if ruled:
        stats.note_batch(1, 0, 1)
        return _validation_reply(ruled[1], ruled[2], ruled[0])
    refused = _queue_check(state, project, 1, now)
    if refused:
        return refused
    assert isinstance(record, dict)
    if _store_event(state, project, record, instant, endpoint, now):
        stats.stored += 1
        state.queue.enqueue(project, 1, now)
    else:
        stats.duplicates_dropped += 1
    stats.note_batch(1, 1, 0)
    reply = json_reply(202, {"data": {"accepted": True}})
    if cache_key:
        state.store.replies[cache_key] = reply
    return reply
