"""Base-URL policy: HTTPS everywhere, plain HTTP only to this computer (the sandbox)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

from app.core.phrases import Phrase


class BaseURLError(ValueError):
    """The base URL is unusable or unsafe; the message says why and what to do."""


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def _loopback_ip(text: str) -> bool | None:
    """True/False for an IP literal (IPv4-mapped IPv6 included), None for a name."""
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def resolves_to_loopback(host: str) -> bool:
    """True when every address the name resolves to is this computer (127.0.0.0/8, ::1).

    A name is only a promise: /etc/hosts or a DNS server may send `dev.localhost` anywhere,
    and plain HTTP (with the API key) must never leave the machine on that promise alone.
    """
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    answers = [_loopback_ip(str(info[4][0])) for info in infos]
    return bool(answers) and all(answers)


def _is_loopback_name(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.endswith(".localhost")


def is_loopback_host(host: str) -> bool:
    """True for 127.0.0.0/8 and ::1, and for localhost names that really resolve only there."""
    host = host.strip("[]").lower().rstrip(".")
    literal = _loopback_ip(host)
    if literal is not None:
        return literal
    return _is_loopback_name(host) and resolves_to_loopback(host)


def check_base_url(url: str) -> str:
    """The normalised base URL (lower-case scheme and host, no trailing slash), or BaseURLError.

    Plain `http://` is refused unless the host is loopback, because the API key would
    otherwise cross the network readable by anyone on the path.
    """
    text = (url or "").strip()
    if not text:
        raise BaseURLError(str(Phrase("The base URL is empty.")))
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.netloc:
        raise BaseURLError(
            str(
                Phrase.of(
                    "'{url}' is not a web address. Use the API's base URL, e.g. "
                    "https://api.example.com.",
                    url=text,
                )
            )
        )
    if parts.username is not None or parts.password is not None:
        raise BaseURLError(
            str(
                Phrase(
                    "The base URL must not contain a user name or password; "
                    "the API key is entered separately."
                )
            )
        )
    try:
        host = parts.hostname or ""
        port = parts.port
    except ValueError as exc:  # e.g. a non-numeric port
        raise BaseURLError(str(Phrase.of("'{url}' has an invalid port.", url=text))) from exc
    if not host:
        raise BaseURLError(str(Phrase.of("'{url}' has no host name.", url=text)))
    if parts.query or parts.fragment:
        raise BaseURLError(str(Phrase("The base URL must not contain '?' or '#' parts.")))
    if scheme == "http" and not is_loopback_host(host):
        if _is_loopback_name(host.rstrip(".")):
            words = Phrase.of(
                "Refusing plain http:// to {host}: the name does not resolve to this computer "
                "only, so the API key could leave it unencrypted. Use http://127.0.0.1 (or "
                "https://).",
                host=host,
            )
            raise BaseURLError(str(words))
        words = Phrase.of(
            "Refusing plain http:// to {host}: the API key would be sent unencrypted. "
            "Use https:// (plain http is allowed only to this computer, e.g. the sandbox).",
            host=host,
        )
        raise BaseURLError(str(words))
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))
