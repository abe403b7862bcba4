"""One redaction for every text that may carry a credential: log lines and server answers.

Some APIs quote the presented key in a 401/403 body, proxies echo URLs with a password in
them, and error bodies are cut to a few hundred characters (a key can straddle the cut). Every
such text goes through `redact_text` before it is stored (journal, reports, receipts) or shown
(terminal, GUI, logs). It replaces:

- every known secret (the key in use), also a piece of one cut off at either end of the text;
- Authorization header values, `Bearer …` / `Basic …` credentials anywhere;
- `"token": "…"` (Ours Privacy's body field) and `api_key=`/`x-api-key:`/`access_token=`/
  `client_secret=` values (not `password:`, which is a field name in many rejection reasons);
- vendor-style keys by their shape (`sk_live_…`, `pk_test_…`, `rk_sandbox_…`);
- the user-info part of URLs (`http://user:pw@proxy`).

Core code without a known key (the journal's last guard) still gets the shape-based part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "[REDACTED]"
MIN_SECRET = 4  # shorter "keys" would redact ordinary words
_MIN_PIECE = 6  # a cut-off piece of a key at the edge of a text, at least this long

_AUTH = re.compile(
    r"""(?ix)
    (authorization['"]?\s*[:=,]\s*(?:b(?=['"]))?['"]?\s*)   # the header name and separator
    (?>(?:(bearer|basic|token)\s+)?)           # optional scheme, kept for readability
    (?!\[REDACTED\])([^\s'",)}\]]+)              # the credential itself
    """
)
_SCHEME = re.compile(
    r"(?i)\b(bearer|basic)(\s+)(?!\[REDACTED\])"
    r"((?<=[Bb]earer )[A-Za-z0-9._~+/=\-]{6,}|[A-Za-z0-9+/]{8,}={0,2}(?![\w.\-]))"
)
_MIXED_CASE = re.compile(r"[a-z][A-Z]")
# Ours Privacy carries the key in the JSON body as "token".
_TOKEN = re.compile(r"""(?i)(['"]token['"]\s*:\s*(?:b(?=['"]))?['"])([^'"]*)(['"])""")
_NAMED = re.compile(
    r"""(?ix)
    ((?:api[_-]?key|x-api-key|access[_-]?token|client[_-]?secret)
     ['"]?\s*[:=]\s*(?:b(?=['"]))?['"]?)
    (?!\[REDACTED\])([^\s'",)}\]&]+)
    """
)
_SHAPED = re.compile(r"\b(?:sk|pk|rk|ak)_(?:live|test|prod|sandbox)_[A-Za-z0-9_\-]{4,}")
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/@'\"]+@")


def _known(text: str, secret: str) -> str:
    text = text.replace(secret, REDACTED)
    # A body excerpt cut at N characters can end (or start) in the middle of the key.
    for size in range(len(secret) - 1, _MIN_PIECE - 1, -1):
        if text.endswith(secret[:size]):
            text = text[:-size] + REDACTED
            break
    for size in range(len(secret) - 1, _MIN_PIECE - 1, -1):
        if text.startswith(secret[-size:]):
            text = REDACTED + text[size:]
            break
    return text


def _looks_like_credential(word: str) -> bool:
    """A token, not an English word: has a digit or a symbol, mixed case, or is long."""
    return (
        len(word) >= 20
        or any(c.isdigit() or c in "._~+/=-" for c in word)
        or bool(_MIXED_CASE.search(word))
    )


def _scheme_credential(match: re.Match[str]) -> str:
    if not _looks_like_credential(match.group(3)):
        return match.group(0)  # "Bearer tokens expired"
    return match.group(1) + match.group(2) + REDACTED


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret and everything credential-shaped replaced."""
    if not text:
        return text
    for secret in sorted({s for s in secrets if s and len(s) >= MIN_SECRET}, key=len, reverse=True):
        text = _known(text, secret)
    text = _AUTH.sub(
        lambda m: m.group(1) + (m.group(2) + " " if m.group(2) else "") + REDACTED, text
    )
    text = _SCHEME.sub(_scheme_credential, text)
    text = _TOKEN.sub(lambda m: m.group(1) + REDACTED + m.group(3), text)
    text = _NAMED.sub(lambda m: m.group(1) + REDACTED, text)
    text = _SHAPED.sub(REDACTED, text)
    return _USERINFO.sub(lambda m: m.group(1) + REDACTED + "@", text)
