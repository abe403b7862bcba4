"""Bearer-token parsing shared by the vendors that authenticate with an Authorization header."""

from __future__ import annotations


def bearer_token(headers: dict[str, str]) -> str | None:
    """The token of a well-formed `Authorization: Bearer <token>` header, else None."""
    value = headers.get("authorization")
    if not value:
        return None
    scheme, _, token = value.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or " " in token:
        return None
    return token
