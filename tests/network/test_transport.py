"""One transport decides proxies: loopback never goes through one (the key would cross the
office network in clear text); https may use the environment's proxy, and the app says so."""

from __future__ import annotations

import pytest

from app.cli import run_cli
from app.core.profiles import ProfileStore
from app.core.reachability import ConnectionProblem, check_connection, check_reachable
from app.core.secrets import SecretStore
from app.core.transport import DIRECT, proxy_sentence, route_for
from app.sandbox import DEFAULT_API_KEY
from app.ui.dialogs.profile_dialog import ProfileDialog
from tests.files import write_events_csv
from tests.network.proxy_listener import proxy_listener

KEY_ENV = "BACKFILL_TEST_KEY"
PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)
FAR_AWAY = "https://api.example.test"  # never resolved: only the proxy is contacted


@pytest.fixture
def proxy(monkeypatch):
    """A recording proxy named by every proxy variable an office may set."""
    with proxy_listener() as listener:
        for name in PROXY_VARIABLES:
            monkeypatch.setenv(name, listener.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        yield listener


def test_upload_and_preflight_to_loopback_never_touch_the_proxy(
    proxy, sandbox, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)
    src = write_events_csv(tmp_path / "events.csv", 300)
    code = run_cli(
        [
            "upload",
            str(src),
            "-d",
            "flokit-events",
            "--base-url",
            sandbox.base_url,
            "--api-key-env",
            KEY_ENV,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert len(sandbox.records("flokit-events")) == 300
    assert proxy.seen == []
    assert "proxy" not in out.lower()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_checks_to_loopback_never_touch_the_proxy(proxy, sandbox, host):
    base_url = sandbox.base_url.replace("127.0.0.1", host)
    assert check_reachable(base_url, timeout=5) is None
    check = check_connection("flokit-events", base_url, DEFAULT_API_KEY, timeout=5)
    assert check.ok and check.proxy is None, check
    assert proxy.seen == []


def test_https_goes_through_the_environment_proxy_and_says_so(proxy, monkeypatch):
    with_login = proxy.url.replace("http://", "http://office:s3cret-pw@")
    monkeypatch.setenv("HTTPS_PROXY", with_login)
    monkeypatch.delenv("https_proxy")
    with pytest.raises(ConnectionProblem) as info:
        check_reachable(FAR_AWAY, timeout=5)
    message = str(info.value)
    assert message.startswith(f"Through the proxy {proxy.url} (from HTTPS_PROXY): ")
    assert "s3cret" not in message
    assert len(proxy.seen) == 1 and proxy.seen[0].startswith("CONNECT api.example.test:443 ")


def test_cli_upload_names_the_proxy_it_uses(proxy, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(KEY_ENV, "k-123456")
    monkeypatch.setenv("https_proxy", proxy.url.replace("http://", "http://u:pw-secret@"))
    src = write_events_csv(tmp_path / "events.csv", 5)
    code = run_cli(
        [
            "upload",
            str(src),
            "-d",
            "flokit-events",
            "--base-url",
            FAR_AWAY,
            "--api-key-env",
            KEY_ENV,
        ]
    )
    captured = capsys.readouterr()
    assert code == 2
    assert f"Through the proxy {proxy.url} (from https_proxy)." in captured.out
    assert "pw-secret" not in captured.out + captured.err
    assert [s.split(" ", 2)[:2] for s in proxy.seen] == [["CONNECT", "api.example.test:443"]]


@pytest.mark.parametrize(
    ("base_url", "env", "expected"),
    [
        (
            "https://api.example.com",
            {"HTTPS_PROXY": "http://p:3128"},
            "Through the proxy http://p:3128 (from HTTPS_PROXY)",
        ),
        (
            "https://api.example.com",
            {"HTTPS_PROXY": "http://a:b@p:3128"},
            "Through the proxy http://p:3128 (from HTTPS_PROXY)",
        ),
        (
            "https://api.example.com",
            {"ALL_PROXY": "p:8080"},
            "Through the proxy http://p:8080 (from ALL_PROXY)",
        ),
        (
            "https://api.example.com",
            {"https_proxy": "http://low:1", "HTTPS_PROXY": "http://up:2"},
            "Through the proxy http://low:1 (from https_proxy)",
        ),
        ("https://api.example.com", {"HTTP_PROXY": "http://p:3128"}, None),  # http only
        (
            "https://api.example.com",
            {"HTTPS_PROXY": "http://p:3128", "NO_PROXY": "example.com"},
            None,
        ),
        ("https://api.example.com", {"HTTPS_PROXY": "http://p:3128", "no_proxy": "*"}, None),
        ("https://127.0.0.1:8443", {"HTTPS_PROXY": "http://p:3128"}, None),
        ("https://[::1]:8443", {"ALL_PROXY": "http://p:3128"}, None),
        ("http://127.0.0.1:8000", {"HTTP_PROXY": "http://p:3128", "ALL_PROXY": "http://p:1"}, None),
        ("https://api.example.com", {}, None),
    ],
)
def test_proxy_sentence(base_url, env, expected):
    assert proxy_sentence(base_url, env) == expected


def test_unusable_proxy_setting_is_explained_without_credentials():
    words = proxy_sentence("https://api.example.com", {"HTTPS_PROXY": "ftp://u:pw@p:21"})
    assert words is not None and "HTTPS_PROXY" in words and "pw" not in words
    assert route_for("https://localhost:1", {"HTTPS_PROXY": "ftp://p"}) == DIRECT


def test_profile_dialog_test_result_names_the_proxy(qtbot, proxy, tmp_path):
    secrets = SecretStore()
    dialog = ProfileDialog(profiles=ProfileStore(tmp_path / "profiles.json"), secrets=secrets)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(FAR_AWAY)
    dialog.key_edit.setText("k-123456")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10_000)
    text = dialog.test_result.text()
    assert text.startswith("✗ ")
    assert f"Through the proxy {proxy.url} (from " in text
    assert len(proxy.seen) == 1


def test_https_through_a_working_proxy_is_verified_end_to_end_and_named(tmp_path, monkeypatch):
    pytest.importorskip("cryptography")
    from tests.network.cert_servers import TestCA, https_server

    ca = TestCA(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca.pem))
    cert = ca.issue("api", ("api.example.test",))
    with https_server(*cert) as server_url:
        port = int(server_url.rsplit(":", 1)[1])
        with proxy_listener(tunnel_to=("127.0.0.1", port)) as office:
            monkeypatch.setenv("HTTPS_PROXY", office.url)
            sentence = f"Through the proxy {office.url} (from HTTPS_PROXY)"
            assert check_reachable(FAR_AWAY, timeout=5) == sentence
            check = check_connection("flokit-events", FAR_AWAY, "k-123456", timeout=5)
    assert check.ok, check
    assert check.describe() == f"{check.message}\n{sentence}."
    assert [s.split(" ", 2)[:2] for s in office.seen] == [["CONNECT", "api.example.test:443"]] * 2
    # The key went inside the TLS tunnel, never in the proxy's clear-text request.
    assert all("k-123456" not in s for s in office.seen)
