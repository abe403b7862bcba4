"""Why the API cannot be reached, in German: a real server's bad certificate in the profile
dialog's Test connection and in a stopped upload's words on the Upload step, DNS and other
connection problems; the core (CLI, journal) keeps the English."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import httpx
import pytest

pytest.importorskip("cryptography")

import app.core.profiles as profiles
import app.core.reachability as reachability
import app.core.transport as transport
import app.core.upload_words as upload_words
import app.core.urls as urls
from app.core.reachability import ConnectionProblem, check_reachable, describe_connect_error
from app.core.upload_words import tls_problem
from app.ui.connection_words import connection_words
from app.ui.texts import translate
from app.ui.upload_core_words import reason_text
from app.ui.upload_runner import RunOutcome, RunState
from app.ui.upload_words import ending_words
from tests.gui import upload_support
from tests.gui.conftest import WAIT_MS
from tests.gui.upload_support import ready_upload
from tests.network.cert_servers import NOW, TestCA, https_server, self_signed

qloop = upload_support.qloop
upload_window = upload_support.upload_window

EXPIRED = {"not_before": NOW - dt.timedelta(days=30), "not_after": NOW - dt.timedelta(days=2)}


@pytest.fixture
def ca(tmp_path, monkeypatch):
    authority = TestCA(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.pem))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return authority


def test_test_connection_names_an_expired_certificate_in_german(
    german, ca, qtbot, upload_window, sandbox, tmp_path
):
    _, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    dialog = page._open_profile_dialog(None)
    with https_server(*ca.issue("expired", **EXPIRED)) as base_url:
        dialog.url_edit.setText(base_url)
        dialog.key_edit.setText("k-123456")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=WAIT_MS)
    host = base_url.split("://", 1)[1]
    assert not dialog.last_check.ok
    assert "presented an expired TLS certificate" in dialog.last_check.message  # core: English
    shown = dialog.test_result.text()
    assert (
        f"Der Server unter {host} hat ein abgelaufenes TLS-Zertifikat vorgelegt, daher wurde "
        "nichts gesendet. Der Betreiber der API muss es erneuern;"
    ) in shown, shown
    dialog.reject()


def test_a_stopped_uploads_certificate_words_read_in_german(german, ca):
    with (
        https_server(*ca.issue("wrong", names=("api.other.example",))) as base_url,
        pytest.raises(httpx.ConnectError) as info,
        transport.sync_client(base_url, timeout=5) as client,
    ):
        client.get(base_url + "/")
    host = base_url.split("://", 1)[1]
    stopped = tls_problem(info.value, base_url)  # the engine's reason, as the journal keeps it
    assert stopped is not None and stopped.endswith("never turns certificate verification off.")
    words = ending_words(RunOutcome(RunState.FAILED, message=stopped), None)
    assert words.message == (
        f"Der Server unter {host} hat ein TLS-Zertifikat für einen anderen Namen vorgelegt, daher "
        "hat Backfill das Senden beendet. Prüfen Sie die Basis-URL: Sie führt vielleicht zu "
        "einem anderen Server als gemeint. Backfill schaltet die Zertifikatsprüfung nie ab."
    )


def test_self_signed_words_carry_their_advice_in_german(german, tmp_path):
    with https_server(*self_signed(tmp_path)) as base_url, pytest.raises(ConnectionProblem) as info:
        check_reachable(base_url, timeout=5)
    said = reason_text(str(info.value))
    assert "selbstsigniertes TLS-Zertifikat" in said and "bitten Sie die IT" in said, said
    assert "Check" not in said


@pytest.mark.parametrize(
    ("error", "german_words"),
    [
        (
            httpx.ConnectError("[Errno -2] Name or service not known"),
            "Der Hostname in https://api.nowhere.example wurde nicht gefunden. Prüfen Sie die "
            "Basis-URL.",
        ),
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            "api.nowhere.example hat die Verbindung abgelehnt. Prüfen Sie die Basis-URL (und ob "
            "der Server läuft).",
        ),
        (
            httpx.ConnectTimeout("timed out"),
            "api.nowhere.example hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und "
            "Ihr Netzwerk.",
        ),
        (
            httpx.ConnectError("[Errno 101] Network is unreachable"),
            "api.nowhere.example war nicht erreichbar ([Errno 101] Network is unreachable). Es "
            "wurde nichts gesendet.",
        ),
    ],
    ids=["dns", "refused", "timeout", "unreachable"],
)
def test_connection_failures_read_in_german(german, error, german_words):
    english = describe_connect_error(error, "https://api.nowhere.example")
    assert reason_text(english) == german_words
    assert reason_text(f"connection problem: {english}").endswith(german_words)


def test_the_proxy_sentence_reads_in_german(german, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    english = transport.proxy_sentence("https://api.example.com")
    assert english == "Through the proxy http://proxy.corp:3128 (from HTTPS_PROXY)"
    assert reason_text(english) == "Über den Proxy http://proxy.corp:3128 (aus HTTPS_PROXY)"


def test_the_profile_dialog_refuses_a_base_url_in_german(
    german, qtbot, upload_window, sandbox, tmp_path
):
    _, page = ready_upload(upload_window, sandbox, tmp_path, rows=5)
    dialog = page._open_profile_dialog(None)
    dialog.name_edit.setText("Staging acme")
    dialog.url_edit.setText("ftp://files.example.com")
    dialog.key_edit.setText("k-123456")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=WAIT_MS)
    assert dialog.last_check.message.startswith("'ftp://files.example.com' is not a web address")
    assert dialog.test_result.text() == (
        "✗ „ftp://files.example.com“ ist keine Webadresse. Verwenden Sie die Basis-URL der API, "
        "z. B. https://api.example.com."
    )
    dialog.url_edit.setText("http://api.example.com")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()  # refused: the dialog stays open and says why
    assert dialog.error_label.text().startswith(
        "Unverschlüsseltes http:// zu api.example.com wird abgelehnt: Der API-Schlüssel würde "
    )
    dialog.reject()


def _templates() -> set[str]:
    """Literal templates of Phrase(…) and Phrase.of(…) in the modules that word connections."""
    found = set()
    for module in (reachability, transport, upload_words, urls, profiles):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in ("Phrase", "of") and isinstance(first, ast.Constant):
                found.add(first.value)
    return found


def test_every_connection_template_is_listed_and_translated(german):
    templates = _templates()
    assert len(templates) >= 15  # the scan found them
    listed = set(connection_words())
    assert not templates - listed, sorted(templates - listed)
    untranslated = [t for t in templates if translate("ConnectionWords", t) == t]
    assert not untranslated, untranslated
