"""The pre-flight check: a self-signed HTTPS server is refused in plain words, nothing sent."""

from __future__ import annotations

import pytest

from app.core.reachability import ConnectionProblem, check_reachable
from tests.network.tls_server import cert_tools_available, self_signed_https_server

needs_certs = pytest.mark.skipif(
    not cert_tools_available(), reason="neither cryptography nor openssl is installed"
)


@needs_certs
def test_self_signed_certificate_is_refused(tmp_path):
    with (
        self_signed_https_server(tmp_path) as (base_url, seen),
        pytest.raises(ConnectionProblem) as info,
    ):
        check_reachable(base_url, timeout=5)
    message = str(info.value)
    assert "self-signed TLS certificate" in message
    assert "nothing was sent" in message
    assert seen == []  # no HTTP request completed over the untrusted connection


def test_sandbox_is_reachable(sandbox):
    check_reachable(sandbox.base_url, timeout=5)


def test_refused_connection_is_explained():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConnectionProblem, match="refused the connection"):
        check_reachable(f"http://127.0.0.1:{port}", timeout=5)


def test_https_to_a_plain_http_server_is_explained(sandbox):
    url = sandbox.base_url.replace("http://", "https://")
    host = url.split("://", 1)[1]
    with pytest.raises(ConnectionProblem) as info:
        check_reachable(url, timeout=5)
    message = str(info.value)
    assert message == (
        f"The server at {host} did not answer HTTPS. Check the address: does it start with "
        "http:// instead? Nothing was sent."
    )
    assert "SSL" not in message and "_ssl.c" not in message
