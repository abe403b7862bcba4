"""Plain http:// only to this computer; everything else must be https."""

from __future__ import annotations

import pytest

from app.core.urls import BaseURLError, check_base_url, is_loopback_host


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.vibefollow.com/", "https://api.vibefollow.com"),
        ("  HTTPS://API.Example.com:8443/base///  ", "https://api.example.com:8443/base"),
        ("http://127.0.0.1:5000/", "http://127.0.0.1:5000"),
        ("http://127.8.9.10", "http://127.8.9.10"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://[::1]:9000/", "http://[::1]:9000"),
        ("https://[2001:db8::1]/", "https://[2001:db8::1]"),
    ],
)
def test_accepted_and_normalised(url, expected):
    assert check_base_url(url) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://api.vibefollow.com", "unencrypted"),
        ("http://10.0.0.5:8000", "unencrypted"),
        ("http://128.0.0.1", "unencrypted"),
        ("http://localhost.evil.com", "unencrypted"),
        ("ftp://api.example.com", "not a web address"),
        ("api.example.com", "not a web address"),
        ("", "empty"),
        ("https://user:pw@api.example.com", "user name or password"),
        ("https://api.example.com/?key=1", "'?'"),
        ("https://api.example.com:notaport", "invalid port"),
    ],
)
def test_refused_with_a_clear_message(url, message):
    with pytest.raises(BaseURLError, match=message):
        check_base_url(url)


def test_loopback_hosts():
    assert is_loopback_host("localhost")
    assert is_loopback_host("[::1]")
    assert is_loopback_host("127.255.255.254")
    assert not is_loopback_host("example.com")
    assert not is_loopback_host("::2")
