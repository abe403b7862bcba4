"""The request and reply values passed between the ASGI layer and the vendor handlers."""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson

JSON_CONTENT_TYPE = (b"content-type", b"application/json")


@dataclass(frozen=True)
class Request:
    """One ingestion request: lower-cased header names, raw body, caller address."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Reply:
    """A complete HTTP answer, ready to send."""

    status: int
    body: bytes
    headers: tuple[tuple[bytes, bytes], ...] = field(default=())


def json_reply(status: int, payload: object, *headers: tuple[bytes, bytes]) -> Reply:
    """A JSON reply with extra headers."""
    return Reply(status, orjson.dumps(payload), headers)


class BadJson(ValueError):
    """The body is not a JSON document."""


def parse_json(body: bytes) -> object:
    """Decode a JSON body, raising BadJson with a readable message."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BadJson(f"Request body is not valid JSON: {exc}") from None


def json_object(body: bytes) -> dict | str:
    """The body's JSON object, or the message saying why it is not one."""
    try:
        value = parse_json(body)
    except BadJson as exc:
        return str(exc)
    if not isinstance(value, dict):
        return "Request body must be a JSON object"
    return value
