"""Ours Privacy: POST /api/v1/batch with a token in the body and per-row results."""

from __future__ import annotations

from app.sandbox.exchange import Reply, Request, json_object, json_reply
from app.sandbox.state import SandboxState
from app.sandbox.timestamps import parse_instant

ENDPOINT = "ourspriv-batch"


def error_reply(status: int, message: str, *headers: tuple[bytes, bytes], **extra: object) -> Reply:
    """Ours Privacy's request-level failure body."""
    return json_reply(status, {"success": False, "error": message, **extra}, *headers)


def _is_json(content_type: str | None) -> bool:
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def check_row(row: object) -> str | None:
    """Message for the first problem of one /track-compatible event, or None."""
    if not isinstance(row, dict):
        return "event must be an object"
    event = row.get("event")
    if not isinstance(event, str) or not event:
        return "event is required and must be a non-empty string"
    distinct_id = row.get("distinctId")
    if not isinstance(distinct_id, str) or not distinct_id:
        return "distinctId is required and must be a non-empty string"
    if "timestamp" in row and parse_instant(row["timestamp"]) is None:
        return "timestamp must be an ISO-8601 date-time"
    if "properties" in row and not isinstance(row["properties"], dict):
        return "properties must be an object"
    return None


def batch(state: SandboxState, req: Request, now: float) -> Reply:
    """POST /api/v1/batch: 200 all accepted, 207 mixed, 500 when no valid row got through."""
    if not _is_json(req.headers.get("content-type")):
        return error_reply(415, "Content-Type must be application/json")
    body = json_object(req.body)
    if isinstance(body, str):
        return error_reply(400, body)
    token = body.get("token")
    if not isinstance(token, str) or not token:
        return error_reply(401, "Missing token")
    if token not in state.api_keys:
        return error_reply(401, "Invalid token")
    events = body.get("events")
    if not isinstance(events, list):
        return error_reply(400, "events must be an array")
    if not events:
        return error_reply(400, "events must contain at least 1 event")
    limit = state.settings.ourspriv_max_events
    if len(events) > limit:
        return error_reply(
            413, f"Too many events in one batch: {len(events)} > {limit}", limit=limit
        )
    rule = state.injector.reject_rule(ENDPOINT)
    results: list[dict] = []
    stored: list[dict] = []
    invalid = transport_failed = 0
    for index, row in enumerate(events):
        problem = check_row(row)
        code = "invalid_event"
        if problem is None and rule is not None and rule.matches(row):
            problem, code = rule.message, rule.code or "invalid_event"
        if problem is not None:
            invalid += 1
            results.append({"index": index, "success": False, "code": code, "message": problem})
            continue
        if state.injector.queue_failure(ENDPOINT):
            transport_failed += 1
            results.append(
                {
                    "index": index,
                    "success": False,
                    "code": "queue_unavailable",
                    "message": "Queue transport failed; retry this row with the same distinctId",
                }
            )
            continue
        stored.append(row)
        results.append({"index": index, "success": True})
    state.store.add_ourspriv_events(stored)
    accepted = len(stored)
    stats = state.stats[ENDPOINT]
    stats.duplicates_stored += state.store.count_repeats(
        ENDPOINT, token, stored, "event", "distinctId"
    )
    failed = invalid + transport_failed
    stats.note_batch(len(events), accepted, failed)
    stats.stored += accepted
    if failed == 0:
        return json_reply(
            200, {"success": True, "accepted": accepted, "failed": 0, "results": results}
        )
    if accepted == 0 and transport_failed:
        return error_reply(
            500,
            "Every valid row failed queue transport; retry the failed rows",
            retryable=True,
            accepted=0,
            failed=failed,
            results=results,
        )
    return json_reply(
        207, {"success": accepted > 0, "accepted": accepted, "failed": failed, "results": results}
    )
