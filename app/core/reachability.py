"""Before a job starts: can we reach the API at all, over a TLS connection we can verify?

`check_reachable` sends no key and no data (one GET to the base URL; any HTTP answer counts as
reachable), so a wrong address, a firewall or a certificate problem is reported in plain words
before anything is written or sent. `check_connection` ("Test connection") sends one empty
batch with the key. Both get their client from `app.core.transport` (proxies, TLS); both
return or carry `transport.proxy_sentence` so the operator knows when a proxy is used.
Certificates are always verified.
"""

from __future__ import annotations

import ssl
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from app.core import transport
from app.core.phrases import Phrase
from app.core.redaction import redact_text
from app.core.urls import BaseURLError, check_base_url

TEST_TIMEOUT_S = 10.0

# OpenSSL's X509_V_ERR_* codes behind ssl.SSLCertVerificationError.verify_code.
_NOT_YET_VALID, _EXPIRED = 9, 10
_SELF_SIGNED, _SELF_SIGNED_IN_CHAIN = 18, 19
_UNKNOWN_ISSUER = frozenset({2, 20, 21})
_WRONG_NAME = frozenset({62, 64})  # hostname / IP address mismatch

_ASK_IT = Phrase(
    "Check the base URL; if your company inspects HTTPS traffic, ask IT to install its "
    "certificate authority."
)
NOTHING_SENT = Phrase("nothing was sent")


class ConnectionProblem(Exception):
    """The API cannot be reached safely; the message says why and what to do."""


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and all(cur is not s for s in seen):
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


def certificate_words(
    exc: BaseException, base_url: str, *, outcome: Phrase = NOTHING_SENT
) -> str | None:
    """Plain words for the certificate problem behind `exc` (None when it is not one).

    Wrong name, expired, not yet valid, self-signed and unknown authority are told apart,
    each with what to do; `outcome` says what happened to the data.
    """
    words = certificate_phrase(exc, base_url, outcome=outcome)
    return None if words is None else str(words)


def certificate_phrase(
    exc: BaseException, base_url: str, *, outcome: Phrase = NOTHING_SENT
) -> Phrase | None:
    """`certificate_words` as a template and its values (the app says it translated)."""
    host = urlsplit(base_url).netloc or base_url
    error = next((e for e in _chain(exc) if isinstance(e, ssl.SSLCertVerificationError)), None)
    if error is None:
        text = " ".join(str(e) for e in _chain(exc))
        if "CERTIFICATE_VERIFY_FAILED" not in text and "certificate verify failed" not in text:
            return None
        code, detail = None, "certificate verify failed"
    else:
        code, detail = error.verify_code, error.verify_message or str(error)
    if code in _WRONG_NAME:
        return Phrase.of(
            "The server at {host} presented a TLS certificate for a different name, so "
            "{outcome}. Check the base URL: it may lead to another server than you meant.",
            host=host, outcome=outcome,
        )  # fmt: skip
    if code == _EXPIRED:
        return Phrase.of(
            "The server at {host} presented an expired TLS certificate, so {outcome}. The "
            "API's operator must renew it; if it should still be valid, check this computer's "
            "date and time.",
            host=host, outcome=outcome,
        )  # fmt: skip
    if code == _NOT_YET_VALID:
        return Phrase.of(
            "The server at {host} presented a TLS certificate that is not valid yet, so "
            "{outcome}. Check this computer's date and time.",
            host=host, outcome=outcome,
        )  # fmt: skip
    if code == _SELF_SIGNED or (code is None and "self" in detail and "signed" in detail):
        return Phrase.of(
            "The server at {host} presented a self-signed TLS certificate, which cannot be "
            "verified, so {outcome}. {ask}",
            host=host, outcome=outcome, ask=_ASK_IT,
        )  # fmt: skip
    if code == _SELF_SIGNED_IN_CHAIN or code in _UNKNOWN_ISSUER:
        return Phrase.of(
            "The server at {host} presented a TLS certificate from an authority this "
            "computer does not trust, so {outcome}. {ask}",
            host=host, outcome=outcome, ask=_ASK_IT,
        )  # fmt: skip
    return Phrase.of(
        "The TLS certificate of {host} could not be verified ({detail}), so {outcome}. {ask}",
        host=host, detail=detail, outcome=outcome, ask=_ASK_IT,
    )  # fmt: skip


def describe_connect_error(exc: BaseException, base_url: str) -> str:
    """Plain words for a connection failure (TLS, proxy, DNS, refused, timeout)."""
    host = urlsplit(base_url).netloc or base_url
    certificate = certificate_words(exc, base_url)
    if certificate:
        return certificate
    text = " ".join(f"{e!r} {e}" for e in _chain(exc))
    scheme = urlsplit(base_url).scheme.lower()
    if scheme == "https" and ("WRONG_VERSION_NUMBER" in text or "wrong version number" in text):
        # The server answered in plain HTTP where a TLS handshake was expected.
        return plain_http_words(base_url)
    if isinstance(exc, httpx.ProxyError):
        route = transport.route_for(base_url).phrase() or Phrase("Through a proxy")
        return str(
            Phrase.of(
                "{route}: the proxy could not connect to {host} ({detail}). Check the proxy "
                "setting or ask IT. Nothing was sent.",
                route=route,
                host=host,
                detail=redact_text(str(exc)),
            )  # fmt: skip
        )
    if isinstance(exc, ssl.SSLError) or "SSL" in text:
        return str(
            Phrase.of(
                "A secure connection to {host} could not be set up ({detail}). Nothing was sent.",
                host=host,
                detail=redact_text(str(exc)),
            )  # fmt: skip
        )
    if isinstance(exc, httpx.TimeoutException):
        return str(
            Phrase.of(
                "{host} did not answer in time. Check the address and your network.", host=host
            )
        )
    if (
        "Name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo" in text
    ):
        return str(
            Phrase.of(
                "The host name in {url} could not be found. Check the base URL.", url=base_url
            )
        )
    if "Connection refused" in text or "Errno 111" in text or "WinError 10061" in text:
        return str(
            Phrase.of(
                "{host} refused the connection. Check the base URL (and that the server runs).",
                host=host,
            )
        )
    reason = redact_text(str(exc)) or type(exc).__name__
    return str(
        Phrase.of(
            "{host} could not be reached ({reason}). Nothing was sent.", host=host, reason=reason
        )
    )


def plain_http_words(base_url: str) -> str:
    """What to say when an https:// address is served by a plain-HTTP server."""
    host = urlsplit(base_url).netloc or base_url
    return str(
        Phrase.of(
            "The server at {host} did not answer HTTPS. Check the address: does it start with "
            "http:// instead? Nothing was sent.",
            host=host,
        )
    )


def check_reachable(base_url: str, *, timeout: float = 10.0) -> str | None:
    """Raise ConnectionProblem unless the base URL answers over a verified connection.

    Returns the proxy sentence when requests go through a proxy (None when direct).
    """
    url = check_base_url(base_url) + "/"
    try:
        route = transport.route_for(url)
        with transport.sync_client(url, timeout=timeout) as client:
            client.get(url)
    except transport.ProxyProblem as exc:
        raise ConnectionProblem(str(exc)) from exc
    except httpx.HTTPError as exc:
        raise ConnectionProblem(describe_connect_error(exc, base_url)) from exc
    except (ssl.SSLError, OSError) as exc:
        raise ConnectionProblem(describe_connect_error(exc, base_url)) from exc
    return route.sentence()


@dataclass(frozen=True)
class ConnectionCheck:
    """What "Test connection" found, in the operator's words (`proxy`: the proxy sentence)."""

    ok: bool
    message: str
    status: int | None = None
    proxy: str | None = None

    def describe(self) -> str:
        """The message, followed by the proxy sentence when a proxy is used."""
        if not self.proxy or self.proxy in self.message:
            return self.message
        return f"{self.message}\n{self.proxy}."


def check_connection(
    destination_id: str, base_url: str, api_key: str, *, timeout: float = TEST_TIMEOUT_S
) -> ConnectionCheck:
    """Send one empty batch with the key; the answer tells whether address and key work.

    An empty batch is refused as invalid (400/422) by an API that accepted the key, and never
    stores anything; 401/403 means the key was refused. Blocking: call it from a worker.
    """
    from app.core.destinations import get_destination

    try:
        url = check_base_url(base_url)
    except BaseURLError as exc:
        return ConnectionCheck(False, str(exc))
    if not api_key:
        return ConnectionCheck(False, "Enter the API key first.")
    proxy = transport.proxy_sentence(url)
    destination = get_destination(destination_id)
    request = destination.build_request([], api_key=api_key, idempotency_key=str(uuid.uuid4()))
    try:
        with transport.sync_client(url, timeout=timeout) as client:
            response = client.request(
                request.method, url + request.path, headers=request.headers, content=request.body
            )
    except transport.ProxyProblem as exc:
        return ConnectionCheck(False, str(exc))
    except httpx.HTTPError as exc:
        return ConnectionCheck(False, describe_connect_error(exc, url), proxy=proxy)
    words = _status_words(response.status_code, destination.label, url + request.path)
    return ConnectionCheck(words[0], words[1], response.status_code, proxy)


def _status_words(status: int, name: str, where: str) -> tuple[bool, str]:
    if status in (401, 403):
        return False, f"{name} refused this API key ({status}). Check the key."
    if status == 404:
        return False, f"Nothing answers at {where} (404). Check the base URL."
    if status == 429:
        return True, f"Connected and the key works; {name} is asking us to slow down right now."
    if 200 <= status < 300 or status in (400, 413, 422):
        return True, f"Connected — {name} accepted the key."
    if status >= 500:
        return False, f"{name} answered with a server error ({status}). Try again later."
    return False, f"{name} answered with an unexpected status {status}."
