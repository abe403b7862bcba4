"""Certificate problems are told apart in plain words (wrong name, expired, not yet valid,
self-signed, unknown authority), in the pre-flight check and in the upload engine alike."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("cryptography")

from app.cli import run_cli
from app.core.reachability import ConnectionProblem, check_reachable
from tests.files import write_events_csv
from tests.network.cert_servers import NOW, TestCA, https_server, self_signed


def _problem(base_url: str) -> str:
    with pytest.raises(ConnectionProblem) as info:
        check_reachable(base_url, timeout=5)
    return str(info.value)


@pytest.fixture
def ca(tmp_path, monkeypatch):
    authority = TestCA(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.pem))  # trusted, as a company CA would be
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return authority


CASES = {
    "wrong-name": (
        {"names": ("api.other.example",)},
        "presented a TLS certificate for a different name, so nothing was sent. Check the base URL",
    ),
    "expired": (
        {"not_before": NOW - dt.timedelta(days=30), "not_after": NOW - dt.timedelta(days=2)},
        "presented an expired TLS certificate, so nothing was sent.",
    ),
    "not-yet-valid": (
        {"not_before": NOW + dt.timedelta(days=2), "not_after": NOW + dt.timedelta(days=30)},
        "presented a TLS certificate that is not valid yet, so nothing was sent. Check this "
        "computer's date and time.",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_certificate_problem_has_its_own_words(ca, case):
    options, expected = CASES[case]
    with https_server(*ca.issue(case, **options)) as base_url:
        message = _problem(base_url)
    host = base_url.split("://", 1)[1]
    assert message.startswith(f"The server at {host} {expected}"), message
    assert "untrusted" not in message and " an self" not in message


def test_self_signed_and_unknown_authority(tmp_path, ca):
    with https_server(*self_signed(tmp_path)) as base_url:
        message = _problem(base_url)
    assert "presented a self-signed TLS certificate, which cannot be verified" in message
    assert "an self-signed" not in message
    stranger = TestCA(tmp_path, "Someone Else CA")  # not the trusted one
    with https_server(*stranger.issue("stranger")) as base_url:
        message = _problem(base_url)
    assert "a TLS certificate from an authority this computer does not trust" in message


def test_a_valid_certificate_from_the_trusted_ca_is_fine(ca):
    with https_server(*ca.issue("good")) as base_url:
        assert check_reachable(base_url, timeout=5) is None


def test_upload_engine_uses_the_same_words(ca, tmp_path, monkeypatch, capsys):
    """The certificate expires between the pre-flight check and the upload: the engine stops
    with the same distinct words (it shares the transport)."""
    from app.cli import upload as cli_upload

    monkeypatch.setattr(cli_upload, "_check_reachable", lambda ctx, base_url: None)
    monkeypatch.setenv("BACKFILL_TEST_KEY", "k-123456")
    src = write_events_csv(tmp_path / "events.csv", 5)
    options = CASES["expired"][0]
    with https_server(*ca.issue("expired", **options)) as base_url:
        code = run_cli(
            [
                "upload",
                str(src),
                "-d",
                "flokit-events",
                "--base-url",
                base_url,
                "--api-key-env",
                "BACKFILL_TEST_KEY",
            ]
        )
    out = capsys.readouterr()
    assert code != 0
    text = out.out + out.err
    assert "presented an expired TLS certificate, so Backfill stopped sending." in text, text
    assert "Backfill never turns certificate verification off." in text
