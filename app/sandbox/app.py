"""The ASGI application: routes, latency and fault injection around the vendor handlers."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import orjson

from app.sandbox import flokit, ourspriv, vibefollow
from app.sandbox.exchange import JSON_CONTENT_TYPE, Reply, Request, json_reply
from app.sandbox.faults import Action
from app.sandbox.state import SandboxState
from app.sandbox.stats import ENDPOINTS

Handler = Callable[[SandboxState, Request, float], Reply]
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
# Aborts the TCP connection of the given client address; False when it cannot.
AbortConnection = Callable[[tuple[str, int] | None], bool]

ROUTES: dict[str, tuple[str, Handler]] = {
    "/api/v1/users/bulk": ("vibefollow-users", vibefollow.users_bulk),
    "/api/v1/events/bulk": ("vibefollow-events", vibefollow.events_bulk),
    "/api/v1/events": ("vibefollow-track", vibefollow.track),
    "/api/v1/batch": ("ourspriv-batch", ourspriv.batch),
    "/v1/batch/events": ("flokit-events", flokit.batch_events),
}

# Status recorded in stats for a request whose connection the sandbox aborted.
DROPPED = 0


@dataclass(frozen=True)
class RequestLog:
    """One handled request, for the standalone server's log line."""

    method: str
    path: str
    status: int
    elapsed_ms: float
    note: str

    def line(self) -> str:
        """Human-readable one-line summary."""
        status = "drop" if self.status == DROPPED else str(self.status)
        note = f"  {self.note}" if self.note else ""
        return f"{self.method} {self.path} -> {status} ({self.elapsed_ms:.0f} ms){note}"


def _fault_reply(endpoint: str, action: Action, retry_after: bytes) -> Reply:
    header = (b"retry-after", retry_after)
    if endpoint.startswith("vibefollow"):
        if action is Action.RATE_LIMIT:
            return vibefollow.error_reply(
                429, "rate_limited", "Rate limit exceeded (injected)", header
            )
        if action is Action.UNAVAILABLE:
            return vibefollow.error_reply(
                503, "unavailable", "Service unavailable (injected)", header
            )
        return vibefollow.error_reply(500, "internal_error", "Internal server error (injected)")
    if endpoint == "ourspriv-batch":
        if action is Action.SERVER_ERROR:
            # Transient failure before any row was accepted: no results, retry the whole request.
            return ourspriv.error_reply(500, "Transient failure (injected)", retryable=True)
        status = 429 if action is Action.RATE_LIMIT else 503
        return ourspriv.error_reply(status, f"HTTP {status} (injected)", header)
    if action is Action.SERVER_ERROR:
        return flokit.error_reply(500, "Internal server error (injected)")
    status = 429 if action is Action.RATE_LIMIT else 503
    return flokit.error_reply(status, f"HTTP {status} (injected)", header)


async def _read_body(receive: Receive) -> bytes | None:
    """The full request body, or None if the client went away."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _send(send: Send, reply: Reply) -> None:
    headers = [
        JSON_CONTENT_TYPE,
        (b"content-length", str(len(reply.body)).encode()),
        *reply.headers,
    ]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


class SandboxApp:
    """ASGI callable serving every vendor path plus the /_sandbox/* controls."""

    def __init__(
        self,
        state: SandboxState,
        abort: AbortConnection | None = None,
        on_request: Callable[[RequestLog], None] | None = None,
    ) -> None:
        self.state = state
        self.abort = abort
        self.on_request = on_request
        self._loop: asyncio.AbstractEventLoop | None = None
        self._release: asyncio.Event | None = None
        # Vendor requests being handled now (read on other threads: an int is read whole).
        self.in_flight = 0

    def _stall_release(self) -> asyncio.Event:
        """Event that ends the current stalls early (on reset or stop); one per generation."""
        if self._release is None:
            self._release = asyncio.Event()
        return self._release

    def _release_now(self) -> None:
        if self._release is not None:
            self._release.set()
            self._release = None

    def release_stalls(self) -> None:
        """End every stalled request now, unprocessed (thread-safe)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._release_now)

    def reset(self) -> None:
        """Reset the state and cut short any stall left over from before (thread-safe)."""
        self.state.reset()
        self.release_stalls()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path.startswith("/_sandbox/"):
            await self._control(scope, receive, send)
            return
        route = ROUTES.get(path.rstrip("/") or "/")
        if route is None:
            await _send(send, json_reply(404, {"error": f"No route for {path}"}))
            self._log(scope, 404, time.perf_counter(), "unknown path")
            return
        if scope["method"] != "POST":
            await _send(send, json_reply(405, {"error": "Method not allowed"}, (b"allow", b"POST")))
            self._log(scope, 405, time.perf_counter(), "")
            return
        self.in_flight += 1
        try:
            await self._ingest(scope, receive, send, *route)
        finally:
            # Also when the client hung up mid-request: tests wait for the server to be idle.
            self.in_flight -= 1

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _ingest(
        self, scope: Scope, receive: Receive, send: Send, endpoint: str, handler: Handler
    ) -> None:
        started = time.perf_counter()
        state = self.state
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        with state.lock:
            generation = state.generation
            stats = state.stats[endpoint]
            stats.note_arrival(state.now())
            action = state.injector.decide(endpoint)
            delay = state.settings.latency_ms / 1000.0 + state.injector.latency_s(endpoint)
            retry_after = state.settings.retry_after_header(state.injector.faults.retry_after)
            stall_s = state.injector.faults.stall_s
        body = await _read_body(receive)
        if body is None:
            return
        if action is Action.STALL:
            # A stalled request is never processed: the client times out and retries safely.
            # No await between the generation check and the wait, so a reset cannot slip between.
            if state.generation == generation:
                with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                    await asyncio.wait_for(self._stall_release().wait(), stall_s)
            await self._drop(
                scope, send, endpoint, generation, started, "stalled, not processed", True
            )
            return
        if action in (Action.RATE_LIMIT, Action.UNAVAILABLE, Action.SERVER_ERROR):
            reply = _fault_reply(endpoint, action, retry_after)
            note = "injected fault"
        elif action is Action.DROP_BEFORE:
            reply, note = None, "dropped before processing"
        else:
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            request = Request(scope["method"], scope["path"], headers, body)
            with state.lock:
                reply = handler(state, request, state.now())
            note = "processed, then dropped" if action is Action.DROP_AFTER else ""
        # Latency is the total time to answer: processing overlaps it instead of adding to it.
        remaining = started + delay - time.perf_counter()
        if remaining > 0:
            await asyncio.sleep(remaining)
        if reply is None or action is Action.DROP_AFTER:
            await self._drop(scope, send, endpoint, generation, started, note)
            return
        with state.lock:
            if state.generation == generation:
                state.stats[endpoint].status_codes[reply.status] += 1
        await _send(send, reply)
        self._log(scope, reply.status, started, note)

    async def _drop(
        self,
        scope: Scope,
        send: Send,
        endpoint: str,
        generation: int,
        started: float,
        note: str,
        stall: bool = False,
    ) -> None:
        with self.state.lock:
            if self.state.generation == generation:
                stats = self.state.stats[endpoint]
                stats.connections_dropped += 1
                stats.stalls += int(stall)
                stats.status_codes[DROPPED] += 1
        self._log(scope, DROPPED, started, note)
        if self.abort is not None and self.abort(scope.get("client")):
            # Let the transport report the lost connection so uvicorn does not answer 500.
            for _ in range(3):
                await asyncio.sleep(0)
            return
        # No transport access: start a response and never finish it; the server closes the socket.
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [JSON_CONTENT_TYPE, (b"content-length", b"1000")],
            }
        )

    def _log(self, scope: Scope, status: int, started: float, note: str) -> None:
        if self.on_request is not None:
            elapsed = (time.perf_counter() - started) * 1000.0
            self.on_request(RequestLog(scope["method"], scope["path"], status, elapsed, note))

    async def _control(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state
        path, method = scope["path"], scope["method"]
        body = await _read_body(receive)
        if body is None:
            return
        started = time.perf_counter()
        try:
            reply = self._control_reply(state, path, method, scope, body)
        except (ValueError, TypeError) as exc:
            reply = json_reply(400, {"error": str(exc)})
        await _send(send, reply)
        self._log(scope, reply.status, started, "control")

    def _control_reply(
        self, state: SandboxState, path: str, method: str, scope: Scope, body: bytes
    ) -> Reply:
        if path == "/_sandbox/health" and method == "GET":
            return json_reply(
                200, {"status": "ok", "endpoints": {v[0]: k for k, v in ROUTES.items()}}
            )
        if path == "/_sandbox/stats" and method == "GET":
            return json_reply(200, state.snapshot_stats())
        if path == "/_sandbox/records" and method == "GET":
            query = parse_qs(scope.get("query_string", b"").decode())
            endpoint = (query.get("endpoint") or [""])[0]
            if endpoint not in ENDPOINTS:
                return json_reply(
                    404, {"error": f"Unknown endpoint {endpoint!r}", "endpoints": list(ENDPOINTS)}
                )
            records = state.records(endpoint)
            return json_reply(
                200, {"endpoint": endpoint, "count": len(records), "records": records}
            )
        if path == "/_sandbox/reset" and method == "POST":
            self.reset()
            return json_reply(200, {"status": "ok"})
        if path == "/_sandbox/faults":
            if method == "POST":
                knobs = orjson.loads(body) if body.strip() else {}
                if not isinstance(knobs, dict):
                    raise ValueError("faults body must be a JSON object of knobs")
                state.set_faults(**knobs)
            with state.lock:
                return json_reply(200, state.injector.faults.as_dict())
        if path == "/_sandbox/settings":
            if method == "POST":
                changes = orjson.loads(body) if body.strip() else {}
                if not isinstance(changes, dict):
                    raise ValueError("settings body must be a JSON object")
                state.configure(**changes)
            with state.lock:
                return json_reply(200, state.settings.__dict__)
        return json_reply(404, {"error": f"No sandbox control {method} {path}"})
