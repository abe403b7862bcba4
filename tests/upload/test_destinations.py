"""Destination request building and response parsing (pure; the HTTP paths are in
test_destinations_http.py against the sandbox)."""

from __future__ import annotations

import orjson
import pytest

from app.core.destinations import (
    DESTINATION_IDS,
    Accepted,
    Rejected,
    Retry,
    Verdict,
    get_destination,
)
from app.core.records import Record

KEY = "sk_test_secret"


def fk_records() -> list[Record]:
    stamps = [
        "2024-03-15T14:22:00Z",
        "2024-03-15T14:20:00Z",
        "2024-03-15T14:20:00.500Z",
        "2024-03-15T14:21:00+00:00",
    ]
    return [
        Record(10 + i, {"event": f"e{i}", "user_id": "u1", "timestamp": ts})
        for i, ts in enumerate(stamps)
    ]


def test_registry_knows_the_four_ids_and_refuses_others() -> None:
    assert set(DESTINATION_IDS) == {
        "vibefollow-users",
        "vibefollow-events",
        "ourspriv-events",
        "flokit-events",
    }
    for dest_id in DESTINATION_IDS:
        dest = get_destination(dest_id)
        assert dest.id == dest_id and dest.max_batch == 1000 and dest.label
    with pytest.raises(KeyError, match="known"):
        get_destination("mixpanel")
    flokit = get_destination("flokit-events")
    assert flokit.rate_limit is not None
    assert (flokit.rate_limit.requests, flokit.rate_limit.per_seconds) == (100, 60.0)
    assert flokit.rate_limit.describe("FloKit") == "FloKit allows 100 requests/min"


def test_auth_placement_bearer_or_body_token() -> None:
    recs = [Record(2, {"event": "a", "distinctId": "d", "timestamp": "2024-01-01T00:00:00Z"})]
    op = get_destination("ourspriv-events").build_request(recs, api_key=KEY, idempotency_key="k")
    assert "Authorization" not in op.headers
    assert orjson.loads(op.body)["token"] == KEY
    for dest_id in ("vibefollow-users", "vibefollow-events", "flokit-events"):
        req = get_destination(dest_id).build_request(recs, api_key=KEY, idempotency_key="k1")
        assert req.headers["Authorization"] == f"Bearer {KEY}"
        assert req.headers["Idempotency-Key"] == "k1"
        assert KEY.encode() not in req.body
        assert req.method == "POST" and req.headers["Content-Type"] == "application/json"


def test_flokit_sorts_by_time_and_maps_error_index_back_to_rows() -> None:
    dest = get_destination("flokit-events")
    recs = fk_records()
    req = dest.build_request(recs, api_key=KEY, idempotency_key="k")
    sent = [recs[i] for i in req.sent_order]
    body = orjson.loads(req.body)["events"]
    assert [e["event"] for e in body] == ["e1", "e2", "e3", "e0"]
    assert [r.row for r in sent] == [11, 12, 13, 10]
    response = {
        "status": "ok",
        "accepted": 3,
        "rejected": 1,
        "event_ids": ["a", "b", "c"],
        "errors": [{"index": 3, "event": "e0", "reason": "Missing required field: currency"}],
    }
    result = dest.parse_response(200, {}, orjson.dumps(response), sent)
    assert result.verdict is Verdict.RECORDS
    by_row = {r.row: o for r, o in zip(sent, result.outcomes, strict=True)}
    assert by_row[10] == Rejected("validation", "currency", "Missing required field: currency")
    assert all(isinstance(by_row[r], Accepted) for r in (11, 12, 13))


@pytest.mark.parametrize(
    "response",
    [
        {"status": "ok", "accepted": 4, "rejected": 1, "errors": []},
        {"status": "ok", "accepted": 3, "rejected": 1, "errors": []},
        {"status": "ok", "accepted": 3, "rejected": 1, "errors": [{"index": 9, "reason": "x"}]},
        {
            "status": "ok",
            "accepted": 3,
            "rejected": 1,
            "errors": [{"index": 0, "event": "e0", "reason": "x"}],
        },  # index 0 was sent as e1
        {"status": "ok"},
    ],
)
def test_flokit_inconsistent_counts_are_a_protocol_error(response: dict) -> None:
    dest = get_destination("flokit-events")
    recs = fk_records()
    req = dest.build_request(recs, api_key=KEY, idempotency_key="k")
    sent = [recs[i] for i in req.sent_order]
    result = dest.parse_response(200, {}, orjson.dumps(response), sent)
    assert result.verdict is Verdict.RETRY
    assert "inconsistent" in result.message


def vf_records(n: int) -> list[Record]:
    return [Record(i + 2, {"external_user_id": f"u{i}", "email": "x@y.io"}) for i in range(n)]


def test_vibefollow_errors_map_by_index_and_counts_must_add_up() -> None:
    dest = get_destination("vibefollow-users")
    recs = vf_records(5)
    ok = {
        "data": {
            "accepted": 4,
            "rejected": 1,
            "errors": [
                {"index": 3, "code": "validation", "message": "Invalid email", "field": "email"}
            ],
        },
        "meta": {"received": 5},
    }
    result = dest.parse_response(200, {}, orjson.dumps(ok), recs)
    assert result.verdict is Verdict.RECORDS
    assert result.outcomes[3] == Rejected("validation", "email", "Invalid email")
    assert result.accepted == 4 and result.rejected == 1
    bad = dict(ok, meta={"received": 4})
    assert dest.parse_response(200, {}, orjson.dumps(bad), recs).verdict is Verdict.RETRY
    bad2 = {
        "data": {"accepted": 5, "rejected": 1, "errors": ok["data"]["errors"]},
        "meta": {"received": 5},
    }
    assert dest.parse_response(200, {}, orjson.dumps(bad2), recs).verdict is Verdict.RETRY
    assert dest.parse_response(200, {}, b"<html>", recs).verdict is Verdict.RETRY


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (401, Verdict.STOP_AUTH),
        (403, Verdict.STOP_AUTH),
        (408, Verdict.RETRY),
        (429, Verdict.RETRY),
        (500, Verdict.RETRY),
        (502, Verdict.RETRY),
        (503, Verdict.RETRY),
        (504, Verdict.RETRY),
        (501, Verdict.STOP),
        (505, Verdict.STOP),
        (404, Verdict.STOP),
        (415, Verdict.STOP),
        (400, Verdict.SPLIT),
        (422, Verdict.SPLIT),
        (413, Verdict.SPLIT),
    ],
)
def test_request_level_statuses(status: int, verdict: Verdict) -> None:
    dest = get_destination("vibefollow-events")
    result = dest.parse_response(status, {}, b'{"error": "nope"}', vf_records(4))
    assert result.verdict is verdict
    assert result.throttled == (status in (429, 503))
    if verdict is Verdict.SPLIT:
        assert result.split_limit == 2
    if verdict is Verdict.STOP_AUTH:
        assert "API key" in result.message and "nope" in result.message


def test_a_single_record_refused_with_400_is_rejected_not_retried() -> None:
    dest = get_destination("flokit-events")
    result = dest.parse_response(400, {}, b'{"error": "bad event"}', fk_records()[:1])
    assert result.verdict is Verdict.RECORDS
    assert isinstance(result.outcomes[0], Rejected) and result.outcomes[0].code == "http_400"


def op_records(n: int) -> list[Record]:
    return [
        Record(i + 2, {"event": "e", "distinctId": f"d{i}", "timestamp": "2024-01-01T00:00:00Z"})
        for i in range(n)
    ]


def test_ourspriv_207_retries_transport_rows_and_rejects_validation_rows() -> None:
    dest = get_destination("ourspriv-events")
    recs = op_records(3)
    body = {
        "success": True,
        "accepted": 1,
        "failed": 2,
        "results": [
            {"index": 0, "success": True},
            {"index": 1, "success": False, "code": "queue_unavailable", "message": "retry"},
            {
                "index": 2,
                "success": False,
                "code": "invalid_event",
                "message": "distinctId is required and must be a non-empty string",
            },
        ],
    }
    result = dest.parse_response(207, {}, orjson.dumps(body), recs)
    assert result.verdict is Verdict.RECORDS
    assert isinstance(result.outcomes[0], Accepted)
    assert isinstance(result.outcomes[1], Retry)
    assert result.outcomes[2] == Rejected(
        "invalid_event", "distinctId", "distinctId is required and must be a non-empty string"
    )


def test_ourspriv_500_with_and_without_results_and_413_limit() -> None:
    dest = get_destination("ourspriv-events")
    recs = op_records(4)
    body = {
        "success": False,
        "error": "queue down",
        "retryable": True,
        "results": [
            {"index": 0, "success": False, "code": "queue_unavailable", "message": "m"},
            {"index": 1, "success": True},
            {"index": 2, "success": False, "code": "invalid_event", "message": "event is required"},
        ],
    }
    result = dest.parse_response(500, {}, orjson.dumps(body), recs)
    assert result.verdict is Verdict.RECORDS
    kinds = [type(o).__name__ for o in result.outcomes]
    assert kinds == ["Retry", "Accepted", "Rejected", "Retry"]  # row 3 unmentioned: retried
    whole = dest.parse_response(500, {}, b'{"success": false, "error": "boom"}', recs)
    assert whole.verdict is Verdict.RETRY
    split = dest.parse_response(413, {}, b'{"success": false, "error": "big", "limit": 3}', recs)
    assert split.verdict is Verdict.SPLIT and split.split_limit == 3
    ok = dest.parse_response(
        200,
        {},
        orjson.dumps(
            {
                "success": True,
                "accepted": 4,
                "failed": 0,
                "results": [{"index": i, "success": True} for i in range(4)],
            }
        ),
        recs,
    )
    assert ok.verdict is Verdict.RECORDS and ok.accepted == 4
    short = dest.parse_response(
        200,
        {},
        orjson.dumps(
            {
                "success": True,
                "accepted": 3,
                "failed": 0,
                "results": [{"index": i, "success": True} for i in range(3)],
            }
        ),
        recs,
    )
    assert short.verdict is Verdict.RETRY


@pytest.mark.parametrize("dest_id", ["vibefollow-users", "vibefollow-events", "ourspriv-events"])
def test_raw_fast_path_sends_exactly_what_build_request_sends(dest_id: str) -> None:
    dest = get_destination(dest_id)
    payloads = [
        {"external_user_id": "u1", "email": "a@b.io", "traits": {"z": 1, "a": [1, 2.5, None]}},
        {"event": "e", "distinctId": "ü\u2028", "timestamp": "2024-01-01T00:00:00.250Z"},
    ]
    raws = [orjson.dumps(p, option=orjson.OPT_SORT_KEYS) for p in payloads]
    decoded = [Record(i, orjson.loads(r)) for i, r in enumerate(raws)]
    slow = dest.build_request(decoded, api_key=KEY + '"\\', idempotency_key="k")
    fast = dest.build_request_raw(raws, api_key=KEY + '"\\', idempotency_key="k")
    assert fast == slow
    assert orjson.loads(fast.body)


def test_ourspriv_200_counts_fast_path_and_its_fallbacks() -> None:
    dest = get_destination("ourspriv-events")
    recs = op_records(3)
    compact = orjson.dumps(
        {
            "success": True,
            "accepted": 3,
            "failed": 0,
            "results": [{"index": i, "success": True} for i in range(3)],
        }
    )
    assert dest.parse_response(200, {}, compact, recs).accepted == 3
    spaced = b'{ "success": true, "accepted": 3, "failed": 0, "results": [] }'
    assert dest.parse_response(200, {}, spaced, recs).accepted == 3
    # Counts that do not say "all accepted" fall back to reading every result.
    odd = orjson.dumps(
        {
            "success": True,
            "accepted": 2,
            "failed": 1,
            "results": [
                {"index": 0, "success": True},
                {"index": 1, "success": True},
                {
                    "index": 2,
                    "success": False,
                    "code": "invalid_event",
                    "message": "event is required",
                },
            ],
        }
    )
    result = dest.parse_response(200, {}, odd, recs)
    assert result.verdict is Verdict.RECORDS and result.rejected == 1
