"""Before a job starts: can we reach the API at all, over a TLS connection we can verify?

The check sends no key and no data (one GET to the base URL; any HTTP answer counts as
reachable), so a wrong address, a firewall or an untrusted certificate is reported in plain
words before anything is written or sent. Certificates are always verified.
"""

from __future__ import annotations

import ssl
from urllib.parse import urlsplit

import httpx

from app.core.urls import check_base_url


class ConnectionProblem(Exception):
    """The API cannot be reached safely; the message says why and what to do."""


def describe_connect_error(exc: BaseException, base_url: str) -> str:
    """Plain words for a connection failure (TLS, DNS, refused, timeout)."""
    host = urlsplit(base_url).netloc or base_url
    text = f"{exc!r} {exc}"
    cause: BaseException | None = exc
    while cause is not None:
        text += f" {cause!r}"
        cause = cause.__cause__ or cause.__context__
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        why = "self-signed" if "self-signed" in text or "self signed" in text else "untrusted"
        return (
            f"The server at {host} presented an {why} TLS certificate that could not be "
            "verified, so nothing was sent. Check the base URL; if your company inspects "
            "HTTPS traffic, ask IT to install its certificate authority."
        )
    scheme = urlsplit(base_url).scheme.lower()
    if scheme == "https" and ("WRONG_VERSION_NUMBER" in text or "wrong version number" in text):
        # The server answered in plain HTTP where a TLS handshake was expected.
        return plain_http_words(base_url)
    if isinstance(exc, ssl.SSLError) or "SSL" in text:
        return f"A secure connection to {host} could not be set up ({exc}). Nothing was sent."
    if isinstance(exc, httpx.TimeoutException):
        return f"{host} did not answer in time. Check the address and your network."
    if (
        "Name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo" in text
    ):
        return f"The host name in {base_url} could not be found. Check the base URL."
    if "Connection refused" in text or "Errno 111" in text or "WinError 10061" in text:
        return f"{host} refused the connection. Check the base URL (and that the server runs)."
    return f"{host} could not be reached ({exc or type(exc).__name__}). Nothing was sent."


def plain_http_words(base_url: str) -> str:
    """What to say when an https:// address is served by a plain-HTTP server."""
    host = urlsplit(base_url).netloc or base_url
    return (
        f"The server at {host} did not answer HTTPS. Check the address: does it start with "
        "http:// instead? Nothing was sent."
    )


def check_reachable(base_url: str, *, timeout: float = 10.0) -> None:
    """Raise ConnectionProblem unless the base URL answers over a verified connection."""
    url = check_base_url(base_url) + "/"
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            client.get(url)
    except httpx.HTTPError as exc:
        raise ConnectionProblem(describe_connect_error(exc, base_url)) from exc
    except (ssl.SSLError, OSError) as exc:
        raise ConnectionProblem(describe_connect_error(exc, base_url)) from exc
