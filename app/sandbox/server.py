"""SandboxServer: runs the sandbox under uvicorn in a background thread on a loopback port."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Callable, Iterable
from types import TracebackType

import uvicorn

from app.sandbox.app import RequestLog, SandboxApp
from app.sandbox.faults import Faults
from app.sandbox.settings import SandboxSettings
from app.sandbox.state import SandboxState

DEFAULT_API_KEY = "sk_sandbox_backfill_local"

_START_TIMEOUT_S = 10.0


def _http_implementation() -> str:
    return "httptools" if importlib.util.find_spec("httptools") else "h11"


class SandboxServer:
    """The sandbox in-process: `start()` returns the base URL once it accepts connections."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        api_keys: Iterable[str] = (DEFAULT_API_KEY,),
        on_request: Callable[[RequestLog], None] | None = None,
        **settings: object,
    ) -> None:
        self.host = host
        self.port = port
        self.state = SandboxState(frozenset(api_keys), SandboxSettings().replace(**settings))
        self.app = SandboxApp(self.state, abort=self._abort, on_request=on_request)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()

    # lifecycle -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """http://host:port of the running server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        """Whether the server thread is up."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> str:
        """Bind, serve in a background thread and return the base URL once ready."""
        with self._lock:
            if self.running:
                return self.base_url
            family, kind, proto, _, address = socket.getaddrinfo(
                self.host, self.port, type=socket.SOCK_STREAM
            )[0]
            sock = socket.socket(family, kind, proto)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            self.port = sock.getsockname()[1]
            config = uvicorn.Config(
                self.app,
                host=self.host,
                port=self.port,
                loop="asyncio",
                http=_http_implementation(),
                lifespan="off",
                log_level="warning",
                access_log=False,
                # Leave the host application's logging configuration alone.
                log_config=None,
                timeout_graceful_shutdown=1,
                backlog=1024,
            )
            server = uvicorn.Server(config)
            thread = threading.Thread(
                target=server.run, kwargs={"sockets": [sock]}, name="sandbox-server", daemon=True
            )
            self._server, self._thread, self._socket = server, thread, sock
            thread.start()
            deadline = time.monotonic() + _START_TIMEOUT_S
            while not server.started:
                if not thread.is_alive() or time.monotonic() > deadline:
                    self._stop_locked()
                    raise RuntimeError(f"sandbox failed to start on {self.host}:{self.port}")
                time.sleep(0.005)
            return self.base_url

    def stop(self) -> None:
        """Stop serving and join the thread; safe to call twice."""
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        server, thread, sock = self._server, self._thread, self._socket
        if server is not None:
            server.should_exit = True
            self.app.release_stalls()
        if thread is not None:
            thread.join(timeout=5)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(timeout=5)
        if sock is not None:
            sock.close()
        self._server = self._thread = self._socket = None
        # A later start() runs a new event loop; stalls must not wait on the old one's event.
        self.app = SandboxApp(self.state, abort=self._abort, on_request=self.app.on_request)

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _abort(self, client: tuple[str, int] | None) -> bool:
        """Abort the TCP connection of `client` (called on the server's event loop)."""
        server = self._server
        if server is None or client is None:
            return False
        for connection in list(server.server_state.connections):
            if tuple(getattr(connection, "client", None) or ()) == tuple(client):
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.abort()
                    return True
        return False

    # controls ------------------------------------------------------------------------------

    @property
    def api_keys(self) -> frozenset[str]:
        """Keys (VibeFollow/FloKit bearer, Ours Privacy token) the sandbox accepts."""
        return self.state.api_keys

    @property
    def settings(self) -> SandboxSettings:
        """Current settings."""
        return self.state.settings

    @property
    def faults(self) -> Faults:
        """Currently active faults."""
        return self.state.injector.faults

    def set_faults(self, **knobs: object) -> Faults:
        """Replace the active faults with these knobs (see app.sandbox.faults.Faults)."""
        return self.state.set_faults(None, **knobs)

    def configure(self, **settings: object) -> SandboxSettings:
        """Change settings until the next reset(), e.g. flokit_rate_limit=3."""
        return self.state.configure(**settings)

    def in_flight(self) -> int:
        """Vendor requests the server is handling now (0: every request was answered or
        abandoned, so its effect on the store is final)."""
        return self.app.in_flight

    def stats(self) -> dict[str, dict[str, object]]:
        """Per-endpoint stats, the same document as GET /_sandbox/stats."""
        return self.state.snapshot_stats()

    def records(self, endpoint: str) -> list[dict]:
        """What an endpoint stored (KeyError for an unknown endpoint name)."""
        return self.state.records(endpoint)

    def reset(self) -> None:
        """Clear data, stats, faults and rate-limit windows; restore start-up settings."""
        self.app.reset()
