"""A tiny HTTP proxy stand-in on 127.0.0.1 that records who contacted it and refuses everything.

It answers every request (a plain proxied GET/POST or a CONNECT tunnel request) with 502, so a
client that uses it fails; the test then looks at `seen` to know whether it was contacted and
what it was handed (request line and headers, e.g. an Authorization header in clear text).
With `tunnel_to=(host, port)` it opens CONNECT tunnels to that address instead (whatever host
was asked for), like an office proxy in front of the real API.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field


@dataclass
class ProxyListener:
    """A running listener: its URL and everything it received, one text per connection."""

    url: str
    seen: list[str] = field(default_factory=list)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    with suppress(OSError):
        while chunk := source.recv(65536):
            target.sendall(chunk)
    with suppress(OSError):
        target.shutdown(socket.SHUT_WR)


def _tunnel(conn: socket.socket, address: tuple[str, int]) -> None:
    with socket.create_connection(address, timeout=5) as upstream:
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        conn.settimeout(None)
        back = threading.Thread(target=_pipe, args=(upstream, conn), daemon=True)
        back.start()
        _pipe(conn, upstream)
        back.join(timeout=10)


def _serve(
    server: socket.socket,
    listener: ProxyListener,
    stop: threading.Event,
    tunnel_to: tuple[str, int] | None,
) -> None:
    while not stop.is_set():
        try:
            conn, _ = server.accept()
        except OSError:
            return
        if stop.is_set():  # the wake-up connection from proxy_listener's exit
            conn.close()
            return
        with conn:
            conn.settimeout(2)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            except OSError:
                pass
            listener.seen.append(data.decode("latin-1"))
            if tunnel_to is not None and data.startswith(b"CONNECT "):
                with suppress(OSError):
                    _tunnel(conn, tunnel_to)
                continue
            body = b"refused by the test proxy"
            with suppress(OSError):
                conn.sendall(
                    b"HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )


@contextmanager
def proxy_listener(tunnel_to: tuple[str, int] | None = None) -> Iterator[ProxyListener]:
    """Listen on a free loopback port until the block ends."""
    server = socket.create_server(("127.0.0.1", 0))
    listener = ProxyListener(f"http://127.0.0.1:{server.getsockname()[1]}")
    stop = threading.Event()
    thread = threading.Thread(target=_serve, args=(server, listener, stop, tunnel_to), daemon=True)
    thread.start()
    try:
        yield listener
    finally:
        stop.set()
        with socket.create_connection(server.getsockname(), timeout=2):
            pass  # wakes the blocked accept()
        thread.join(timeout=5)
        server.close()
