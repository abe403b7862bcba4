"""Every HTTP client Backfill uses is built here, so one place decides proxies and TLS.

The upload engine, the pre-flight reachability check and "Test connection" all get their
clients from this module. The rules:

- Loopback (127.0.0.0/8, ::1, localhost names that resolve only there) is never sent through a
  proxy: an office's `HTTP_PROXY` is another machine, and plain HTTP to the sandbox would hand
  it the API key in clear text.
- Plain http:// only ever goes to loopback (see `app.core.urls`), so it is never proxied.
- An https:// destination may go through a proxy from the environment (`https_proxy`,
  `HTTPS_PROXY`, then `all_proxy`, `ALL_PROXY`; `NO_PROXY` is honoured). The tunnel is
  end-to-end TLS, verified as always; `proxy_sentence` says in words that a proxy is used.
- httpx's own environment handling is switched off (`trust_env=False`): it would proxy
  loopback too, and read `.netrc` credentials into requests.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.core.phrases import Phrase
from app.core.urls import is_loopback_host

# Checked in this order for an https destination; the lower-case spelling wins, as in curl.
HTTPS_PROXY_VARIABLES = ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
NO_PROXY_VARIABLES = ("no_proxy", "NO_PROXY")
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


class ProxyProblem(ValueError):
    """The proxy named in the environment cannot be used; the message says why."""


@dataclass(frozen=True)
class Route:
    """How requests to one base URL travel: directly, or through `proxy` (from `source`)."""

    proxy: str | None = None  # as configured, credentials included: never show this one
    source: str | None = None  # the environment variable it came from

    @property
    def shown(self) -> str | None:
        """The proxy URL without any user name or password, fit to print."""
        return None if self.proxy is None else strip_credentials(self.proxy)

    def sentence(self) -> str | None:
        """E.g. "Through the proxy http://proxy:3128 (from HTTPS_PROXY)"; None when direct."""
        words = self.phrase()
        return None if words is None else str(words)

    def phrase(self) -> Phrase | None:
        """`sentence` as a template and its values (the app says it translated)."""
        if self.proxy is None:
            return None
        return Phrase.of(
            "Through the proxy {proxy} (from {source})",
            proxy=self.shown or "",
            source=self.source or "",
        )


DIRECT = Route()


def strip_credentials(url: str) -> str:
    """`url` without its user-info part (`http://user:pw@proxy:3128` -> `http://proxy:3128`)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def route_for(base_url: str, environ: Mapping[str, str] | None = None) -> Route:
    """Direct or through a proxy, for requests to `base_url` (see module docstring)."""
    env = os.environ if environ is None else environ
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme.lower() != "https" or not host or is_loopback_host(host):
        return DIRECT
    for name in HTTPS_PROXY_VARIABLES:
        value = (env.get(name) or "").strip()
        if value:
            break
    else:
        return DIRECT
    no_proxy = next((env[n] for n in NO_PROXY_VARIABLES if env.get(n)), "")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    # The standard library's own NO_PROXY matcher (not in typeshed, hence getattr).
    bypass = getattr(urllib.request, "proxy_bypass_environment")  # noqa: B009
    if no_proxy and bypass(netloc, {"no": no_proxy}):
        return DIRECT
    proxy = value if "://" in value else f"http://{value}"
    _check_proxy(proxy, name)
    return Route(proxy, name)


def _check_proxy(proxy: str, source: str) -> None:
    scheme = urlsplit(proxy).scheme.lower()
    shown = strip_credentials(proxy)
    if scheme not in _PROXY_SCHEMES or not urlsplit(proxy).hostname:
        words = Phrase.of(
            "{source} is set to '{proxy}', which is not a proxy address Backfill can use "
            "(expected e.g. http://proxy.example.com:3128). Fix or unset it.",
            source=source, proxy=shown,
        )  # fmt: skip
        raise ProxyProblem(str(words))
    if scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
        words = Phrase.of(
            "{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. "
            "Use an HTTP proxy address, or unset it.",
            source=source, proxy=shown,
        )  # fmt: skip
        raise ProxyProblem(str(words))


def proxy_sentence(base_url: str, environ: Mapping[str, str] | None = None) -> str | None:
    """A plain sentence when requests to `base_url` go through a proxy, else None."""
    try:
        return route_for(base_url, environ).sentence()
    except ProxyProblem as exc:
        return str(exc)


def tls_context(base_url: str) -> ssl.SSLContext:
    """Certificate verification is always on (the system's SSL_CERT_FILE/DIR, else certifi).

    Plain http is only ever allowed to loopback and redirects are never followed, so such a
    client makes no TLS connection: it gets a verifying context without the CA bundle, which
    saves ~80 ms of start-up.
    """
    if urlsplit(base_url).scheme.lower() == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED + hostname check
    return httpx.create_ssl_context(verify=True)


def _options(base_url: str, verify: ssl.SSLContext | None) -> dict[str, object]:
    route = route_for(base_url)
    return {
        "trust_env": False,
        "follow_redirects": False,
        "verify": verify if verify is not None else tls_context(base_url),
        "proxy": route.proxy,
    }


def sync_client(
    base_url: str,
    *,
    timeout: float | httpx.Timeout,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """A blocking client for one-off checks against `base_url` (raises ProxyProblem)."""
    return httpx.Client(timeout=timeout, headers=headers, **_options(base_url, None))  # type: ignore[arg-type]


def async_client(
    base_url: str,
    *,
    timeout: httpx.Timeout,
    limits: httpx.Limits,
    headers: Mapping[str, str] | None = None,
    verify: ssl.SSLContext | None = None,
) -> httpx.AsyncClient:
    """An async client for the upload engine (pass one `verify` context to share it)."""
    return httpx.AsyncClient(
        timeout=timeout,
        limits=limits,
        headers=headers,
        **_options(base_url, verify),  # type: ignore[arg-type]
    )
