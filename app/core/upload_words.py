"""The upload engine's words: waits and holds for the progress line, network and certificate
failures in plain language (never with a secret in them)."""

from __future__ import annotations

from app.core.phrases import Phrase
from app.core.reachability import certificate_phrase
from app.core.redaction import redact_text


def hold_words(status: int | None, reason: str) -> str:
    """Why every send is held (a 429 or 503 said so), in words."""
    if status == 429:
        return "the API asked us to slow down (429)"
    if status == 503:
        return "the API is overloaded (503)"
    return reason


def plain_http_answer(exc: BaseException) -> bool:
    """Whether the TLS handshake got a plain-HTTP answer (an https:// address on an http server)."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if "WRONG_VERSION_NUMBER" in str(cur) or "wrong version number" in str(cur):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def tls_problem(exc: BaseException, base_url: str) -> str | None:
    """The certificate problem behind a connection error in words, if that is what it is."""
    words = certificate_phrase(exc, base_url, outcome=Phrase("Backfill stopped sending"))
    if words is None:
        return None
    return str(
        Phrase.of("{problem} Backfill never turns certificate verification off.", problem=words)
    )


def network_words(exc: BaseException) -> str:
    """A transport error in plain words, its text redacted (a proxy URL may hold a password)."""
    text = redact_text(str(exc).strip())  # a proxy URL in the text may carry a password
    name = type(exc).__name__
    readable = {
        "ConnectError": "could not connect",
        "ReadError": "the connection broke while reading the answer",
        "WriteError": "the connection broke while sending",
        "RemoteProtocolError": "the server closed the connection without an answer",
        "ProxyError": "the proxy refused the connection",
    }.get(name, "network error")
    return f"{readable} ({text})" if text else readable
