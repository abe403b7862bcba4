"""An httpx transport in front of the sandbox that holds answers back and can present a revoked key.

Used by the stop-path tests: with every answer held for `hold_s`, the requests of a wave are
stored by the sandbox (it stores on arrival) while the engine still waits for their answers,
so a stop that abandoned requests in flight would be caught re-sending stored rows.
"""

from __future__ import annotations

import asyncio

import httpx

REVOKED_KEY = "sk_revoked_during_the_job"


class AnswerHold(httpx.AsyncBaseTransport):
    """Forwards to the real sandbox. Request number `refuse_at` (1-based) goes with its key
    replaced by a revoked one, so the sandbox itself answers 401; that answer is not held."""

    def __init__(self, api_key: str, *, hold_s: float, refuse_at: int | None = None) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._key = api_key.encode()
        self.hold_s = hold_s
        self.refuse_at = refuse_at
        self.seen = 0
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        if self.seen == self.refuse_at:
            self.refused += 1
            return await self._inner.handle_async_request(_with_revoked_key(request, self._key))
        response = await self._inner.handle_async_request(request)
        await response.aread()
        await asyncio.sleep(self.hold_s)  # stored at the server, answer not yet back here
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _with_revoked_key(request: httpx.Request, key: bytes) -> httpx.Request:
    body = request.content.replace(key, REVOKED_KEY.encode())
    headers = [
        (name, value.replace(key, REVOKED_KEY.encode()))
        for name, value in request.headers.raw
        if name.lower() != b"content-length"
    ]
    return httpx.Request(request.method, request.url, headers=headers, content=body)


def held_client(api_key: str, *, hold_s: float, refuse_at: int | None = None) -> httpx.AsyncClient:
    """An AsyncClient over `AnswerHold` (the caller closes it)."""
    return httpx.AsyncClient(
        transport=AnswerHold(api_key, hold_s=hold_s, refuse_at=refuse_at), timeout=30.0
    )
