"""Why the API could not be reached, in the operator's language: certificate, DNS, refused,
timeout, proxy and plain-HTTP problems (app/core/reachability.py, transport.py,
upload_words.py), as Test connection and the Upload step show them, and why a base URL or a
profile is refused (urls.py, profiles.py) in the profile dialog.

Core writes them in English (the CLI and the journal keep them); they reach the UI as text (a
stopped upload's reason comes from the journal), so the UI reads the text back through these
templates (`app.ui.words.stored_words.Reader`) and says it with the values (a host, the
system's own detail) as they were.
"""

from __future__ import annotations

from app.ui.texts import translate
from app.ui.words.stored_words import Reader


def _certificates() -> dict[str, str]:
    """app/core/reachability.py `certificate_phrase` and app/core/upload_words.py `tls_problem`."""
    return {
        "nothing was sent": translate("ConnectionWords", "nothing was sent"),
        "Backfill stopped sending": translate("ConnectionWords", "Backfill stopped sending"),
        "Check the base URL; if your company inspects HTTPS traffic, ask IT to install its "
        "certificate authority.": translate(
            "ConnectionWords",
            "Check the base URL; if your company inspects HTTPS traffic, ask IT to install its "
            "certificate authority.",
        ),
        "The server at {host} presented a TLS certificate for a different name, so "
        "{outcome}. Check the base URL: it may lead to another server than you meant.": translate(
            "ConnectionWords",
            "The server at {host} presented a TLS certificate for a different name, so "
            "{outcome}. Check the base URL: it may lead to another server than you meant.",
        ),
        "The server at {host} presented an expired TLS certificate, so {outcome}. The "
        "API's operator must renew it; if it should still be valid, check this computer's "
        "date and time.": translate(
            "ConnectionWords",
            "The server at {host} presented an expired TLS certificate, so {outcome}. The "
            "API's operator must renew it; if it should still be valid, check this computer's "
            "date and time.",
        ),
        "The server at {host} presented a TLS certificate that is not valid yet, so "
        "{outcome}. Check this computer's date and time.": translate(
            "ConnectionWords",
            "The server at {host} presented a TLS certificate that is not valid yet, so "
            "{outcome}. Check this computer's date and time.",
        ),
        "The server at {host} presented a self-signed TLS certificate, which cannot be "
        "verified, so {outcome}. {ask}": translate(
            "ConnectionWords",
            "The server at {host} presented a self-signed TLS certificate, which cannot be "
            "verified, so {outcome}. {ask}",
        ),
        "The server at {host} presented a TLS certificate from an authority this "
        "computer does not trust, so {outcome}. {ask}": translate(
            "ConnectionWords",
            "The server at {host} presented a TLS certificate from an authority this "
            "computer does not trust, so {outcome}. {ask}",
        ),
        "The TLS certificate of {host} could not be verified ({detail}), so {outcome}. {ask}": (
            translate(
                "ConnectionWords",
                "The TLS certificate of {host} could not be verified ({detail}), so {outcome}. "
                "{ask}",
            )
        ),
        "{problem} Backfill never turns certificate verification off.": translate(
            "ConnectionWords", "{problem} Backfill never turns certificate verification off."
        ),
    }


def _connections() -> dict[str, str]:
    """app/core/reachability.py `describe_connect_error`, `plain_http_words`; app/core/
    transport.py's proxy sentence and proxy problems."""
    return {
        "{route}: the proxy could not connect to {host} ({detail}). Check the proxy "
        "setting or ask IT. Nothing was sent.": translate(
            "ConnectionWords",
            "{route}: the proxy could not connect to {host} ({detail}). Check the proxy "
            "setting or ask IT. Nothing was sent.",
        ),
        "Through a proxy": translate("ConnectionWords", "Through a proxy"),
        "Through the proxy {proxy} (from {source})": translate(
            "ConnectionWords", "Through the proxy {proxy} (from {source})"
        ),
        "A secure connection to {host} could not be set up ({detail}). Nothing was sent.": (
            translate(
                "ConnectionWords",
                "A secure connection to {host} could not be set up ({detail}). Nothing was sent.",
            )
        ),
        "{host} did not answer in time. Check the address and your network.": translate(
            "ConnectionWords", "{host} did not answer in time. Check the address and your network."
        ),
        "The host name in {url} could not be found. Check the base URL.": translate(
            "ConnectionWords", "The host name in {url} could not be found. Check the base URL."
        ),
        "{host} refused the connection. Check the base URL (and that the server runs).": (
            translate(
                "ConnectionWords",
                "{host} refused the connection. Check the base URL (and that the server runs).",
            )
        ),
        "{host} could not be reached ({reason}). Nothing was sent.": translate(
            "ConnectionWords", "{host} could not be reached ({reason}). Nothing was sent."
        ),
        "The server at {host} did not answer HTTPS. Check the address: does it start with "
        "http:// instead? Nothing was sent.": translate(
            "ConnectionWords",
            "The server at {host} did not answer HTTPS. Check the address: does it start with "
            "http:// instead? Nothing was sent.",
        ),
        "{source} is set to '{proxy}', which is not a proxy address Backfill can use "
        "(expected e.g. http://proxy.example.com:3128). Fix or unset it.": translate(
            "ConnectionWords",
            "{source} is set to '{proxy}', which is not a proxy address Backfill can use "
            "(expected e.g. http://proxy.example.com:3128). Fix or unset it.",
        ),
        "{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. "
        "Use an HTTP proxy address, or unset it.": translate(
            "ConnectionWords",
            "{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. "
            "Use an HTTP proxy address, or unset it.",
        ),
    }


def _addresses() -> dict[str, str]:
    """app/core/urls.py's base-URL policy and app/core/profiles.py's refusals, as the profile
    dialog shows them."""
    return {
        "The base URL is empty.": translate("ConnectionWords", "The base URL is empty."),
        "'{url}' is not a web address. Use the API's base URL, e.g. https://api.example.com.": (
            translate(
                "ConnectionWords",
                "'{url}' is not a web address. Use the API's base URL, e.g. "
                "https://api.example.com.",
            )
        ),
        "The base URL must not contain a user name or password; the API key is entered "
        "separately.": translate(
            "ConnectionWords",
            "The base URL must not contain a user name or password; the API key is entered "
            "separately.",
        ),
        "'{url}' has an invalid port.": translate(
            "ConnectionWords", "'{url}' has an invalid port."
        ),
        "'{url}' has no host name.": translate("ConnectionWords", "'{url}' has no host name."),
        "The base URL must not contain '?' or '#' parts.": translate(
            "ConnectionWords", "The base URL must not contain '?' or '#' parts."
        ),
        "Refusing plain http:// to {host}: the name does not resolve to this computer only, "
        "so the API key could leave it unencrypted. Use http://127.0.0.1 (or https://).": (
            translate(
                "ConnectionWords",
                "Refusing plain http:// to {host}: the name does not resolve to this computer "
                "only, so the API key could leave it unencrypted. Use http://127.0.0.1 (or "
                "https://).",
            )
        ),
        "Refusing plain http:// to {host}: the API key would be sent unencrypted. Use "
        "https:// (plain http is allowed only to this computer, e.g. the sandbox).": translate(
            "ConnectionWords",
            "Refusing plain http:// to {host}: the API key would be sent unencrypted. Use "
            "https:// (plain http is allowed only to this computer, e.g. the sandbox).",
        ),
        "'{name}' is a built-in profile; choose another name.": translate(
            "ConnectionWords", "'{name}' is a built-in profile; choose another name."
        ),
        "There is no profile called '{name}'.": translate(
            "ConnectionWords", "There is no profile called '{name}'."
        ),
        "A profile needs a name.": translate("ConnectionWords", "A profile needs a name."),
        "Unknown destination '{id}'.": translate("ConnectionWords", "Unknown destination '{id}'."),
        "Unknown profile kind '{kind}'.": translate(
            "ConnectionWords", "Unknown profile kind '{kind}'."
        ),
        "The profiles file {path} is damaged (not valid JSON), so saved profiles are not "
        "shown. Fix or remove that file; saving a profile is refused until then.": translate(
            "ConnectionWords",
            "The profiles file {path} is damaged (not valid JSON), so saved profiles are not "
            "shown. Fix or remove that file; saving a profile is refused until then.",
        ),
    }


_TABLE: dict[str, dict[str, str]] = {}  # the table, under its first entry's translation


def connection_words() -> dict[str, str]:
    """English → the UI's language for every connection problem core words (one dict per
    language, as `Reader` wants)."""
    key = translate("ConnectionWords", "nothing was sent")
    table = _TABLE.get(key)
    if table is None:
        _TABLE.clear()
        table = _TABLE[key] = {**_certificates(), **_connections(), **_addresses()}
    return table


_READER = Reader(connection_words)


def connection_reason(text: str) -> str | None:
    """A connection problem core worded, in the UI's language; None when it is none of them."""
    return _READER.sentence(text)
