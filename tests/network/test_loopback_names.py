"""`*.localhost` is loopback only when it really resolves there: a name is a promise that
/etc/hosts or a DNS server can break, and plain http carries the key in clear text."""

from __future__ import annotations

import socket

import pytest

from app.core.transport import route_for
from app.core.urls import BaseURLError, check_base_url, is_loopback_host

_real_getaddrinfo = socket.getaddrinfo
ANSWERS = {
    "dev.localhost": ["203.0.113.7"],  # a resolver that sends it to another machine
    "mixed.localhost": ["127.0.0.1", "198.51.100.2"],
    "app.localhost": ["127.0.0.1", "::1"],
    "mapped.localhost": ["::ffff:127.0.0.1"],
}


@pytest.fixture
def resolver(monkeypatch):
    """Answers for the names above as a DNS server would; everything else resolves for real."""

    def getaddrinfo(host, port, *args, **kwargs):
        if host in ANSWERS:
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0))
                for a in ANSWERS[host]
            ]
        if str(host).endswith(".localhost"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return _real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize("host", ["dev.localhost", "mixed.localhost", "nowhere.localhost"])
def test_localhost_names_that_resolve_elsewhere_are_not_loopback(resolver, host):
    assert not is_loopback_host(host)
    with pytest.raises(BaseURLError, match="does not resolve to this computer"):
        check_base_url(f"http://{host}:8000")


@pytest.mark.parametrize("host", ["app.localhost", "mapped.localhost", "localhost"])
def test_localhost_names_that_resolve_here_are_loopback(resolver, host):
    assert is_loopback_host(host)
    assert check_base_url(f"http://{host}:8000") == f"http://{host}:8000"


def test_https_to_a_localhost_name_elsewhere_may_use_the_proxy(resolver):
    env = {"HTTPS_PROXY": "http://proxy:3128"}
    assert route_for("https://dev.localhost", env).proxy == "http://proxy:3128"
    assert route_for("https://app.localhost", env).proxy is None


def test_ipv4_mapped_loopback_literal():
    assert is_loopback_host("[::ffff:127.0.0.1]")
    assert not is_loopback_host("[::ffff:10.0.0.1]")
