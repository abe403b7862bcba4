"""Base-URL policy: HTTPS everywhere, plain HTTP only to this computer (the sandbox)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit


class BaseURLError(ValueError):
    """The base URL is unusable or unsafe; the message says why and what to do."""


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (the only places plain HTTP may go)."""
    host = host.strip("[]").lower().rstrip(".")
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """The normalised base URL (lower-case scheme and host, no trailing slash), or BaseURLError.

    Plain `http://` is refused unless the host is loopback, because the API key would
    otherwise cross the network readable by anyone on the path.
    """
    text = (url or "").strip()
    if not text:
        raise BaseURLError("The base URL is empty.")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.netloc:
        raise BaseURLError(
            f"'{text}' is not a web address. Use the API's base URL, e.g. https://api.example.com."
        )
    if parts.username is not None or parts.password is not None:
        raise BaseURLError(
            "The base URL must not contain a user name or password; "
            "the API key is entered separately."
        )
    try:
        host = parts.hostname or ""
        port = parts.port
    except ValueError as exc:  # e.g. a non-numeric port
        raise BaseURLError(f"'{text}' has an invalid port.") from exc
    if not host:
        raise BaseURLError(f"'{text}' has no host name.")
    if parts.query or parts.fragment:
        raise BaseURLError("The base URL must not contain '?' or '#' parts.")
    if scheme == "http" and not is_loopback_host(host):
        raise BaseURLError(
            f"Refusing plain http:// to {host}: the API key would be sent unencrypted. "
            "Use https:// (plain http is allowed only to this computer, e.g. the sandbox)."
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))
