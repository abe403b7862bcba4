"""A real HTTPS server with a self-signed certificate generated at test time."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def cert_tools_available() -> bool:
    """True when a self-signed certificate can be made here (cryptography or openssl)."""
    try:
        import cryptography  # noqa: F401

        return True
    except ImportError:
        return shutil.which("openssl") is not None


def make_self_signed(folder: Path) -> tuple[Path, Path]:
    """(cert.pem, key.pem) for localhost/127.0.0.1, self-signed."""
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    try:
        import cryptography  # noqa: F401
    except ImportError:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                str(key_path),
                "-out",
                str(cert_path),
            ],
            check=True,
            capture_output=True,
        )
        return cert_path, key_path
    from tests.network.cert_servers import self_signed

    return self_signed(folder, "cert")


class _Handler(BaseHTTPRequestHandler):
    requests_seen: list[str] = []

    def _answer(self) -> None:
        type(self).requests_seen.append(f"{self.command} {self.path}")
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@contextmanager
def self_signed_https_server(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """Serve HTTPS on 127.0.0.1; yields (base_url, list of requests that got through TLS)."""
    cert, key = make_self_signed(folder)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    handler = type("Handler", (_Handler,), {"requests_seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", handler.requests_seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
