"""`backfill upload` end to end over the real sandbox: estimate, canary, duplicates, report,
receipt, exit codes; keys never written anywhere (log at DEBUG, journal, receipt, report)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from app.cli import run_cli
from app.core.appdirs import data_dir
from app.core.journal import Journal
from app.sandbox import DEFAULT_API_KEY
from tests.files import write_events_csv
from tests.network.tls_server import cert_tools_available, self_signed_https_server

KEY_ENV = "BACKFILL_TEST_KEY"


def upload_args(
    path: Path, base_url: str, *extra: str, dest: str = "vibefollow-events"
) -> list[str]:
    return [
        "upload",
        str(path),
        "--destination",
        dest,
        "--base-url",
        base_url,
        "--api-key-env",
        KEY_ENV,
        *extra,
    ]


@pytest.fixture
def key_env(monkeypatch):
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)
    return DEFAULT_API_KEY


def only_job(journal: Journal):
    (job,) = journal.list_jobs()
    return job


def test_upload_all_accepted_exit_0(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 2_500)
    assert run_cli(upload_args(src, sandbox.base_url)) == 0
    out = capsys.readouterr().out
    assert "Suggested mapping" in out and "'Customer ID'" in out
    assert "Estimate: " in out and "3 requests" in out
    assert "Done: 2,500 accepted, 0 rejected, 0 failed, 0 pending (of 2,500)" in out
    assert "Receipt: " in out
    stored = sandbox.records("vibefollow-events")
    assert len(stored) == 2_500
    assert len({e["external_user_id"] for e in stored}) == 2_500
    with Journal() as journal:
        job = only_job(journal)
        assert (job.accepted, job.pending, job.state) == (2_500, 0, "finished")
    receipts = sorted((data_dir() / "receipts").glob("*.json"))
    assert len(receipts) == 1
    receipt = json.loads(receipts[0].read_text(encoding="utf-8"))
    assert receipt["totals"]["accepted"] == 2_500 and receipt["balanced"]


def test_invalid_rows_reported_and_exit_1(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 300, invalid_rows=4)
    report = tmp_path / "not-accepted.csv"
    assert run_cli(upload_args(src, sandbox.base_url, "--report", str(report))) == 1
    out = capsys.readouterr().out
    assert "4 invalid rows not sent" in out
    assert len(sandbox.records("vibefollow-events")) == 300
    with open(report, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["Row"]) for r in rows] == [302, 303, 304, 305]
    assert {r["State"] for r in rows} == {"invalid"}
    assert rows[0]["Note"] == "missing user"
    (receipt,) = (data_dir() / "receipts").glob("*.json")
    notes = json.loads(receipt.read_text(encoding="utf-8"))["notes"]
    assert notes == ["4 rows failed validation and were not sent (see the report)."]


def test_canary_then_confirm_with_yes(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 1_200)
    assert run_cli(upload_args(src, sandbox.base_url, "--canary", "50", "--yes")) == 0
    out = capsys.readouterr().out
    assert "Canary result: 50 accepted, 0 rejected, 0 failed" in out
    assert len(sandbox.records("vibefollow-events")) == 1_200


def test_canary_without_confirmation_stops_resumable(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 400)
    assert run_cli(upload_args(src, sandbox.base_url, "--canary", "25")) == 1
    out = capsys.readouterr().out
    assert "Stopped after the canary" in out
    assert len(sandbox.records("vibefollow-events")) == 25
    with Journal() as journal:
        job = only_job(journal)
    assert (job.accepted, job.pending) == (25, 375)
    assert (
        run_cli(["resume", job.id, "--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]) == 0
    )
    assert len(sandbox.records("vibefollow-events")) == 400


def test_duplicate_guard_across_runs(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 150)
    assert run_cli(upload_args(src, sandbox.base_url)) == 0
    capsys.readouterr()
    assert run_cli(upload_args(src, sandbox.base_url)) == 2
    captured = capsys.readouterr()
    assert "150 rows of this file were already accepted" in captured.out
    assert "--allow-duplicates" in captured.err
    with Journal() as journal:
        assert len(journal.list_jobs()) == 1  # nothing created, nothing sent
    assert run_cli(upload_args(src, sandbox.base_url, "--allow-duplicates")) == 0
    assert sandbox.stats()["vibefollow-events"]["records_received"] == 300


def test_bad_key_stops_with_exit_2_and_resumes_with_good_key(
    sandbox, monkeypatch, tmp_path, capsys
):
    monkeypatch.setenv(KEY_ENV, "sk_wrong_key_123456")
    src = write_events_csv(tmp_path / "events.csv", 100)
    assert run_cli(upload_args(src, sandbox.base_url)) == 2
    out = capsys.readouterr().out
    assert "refused the API key" in out
    assert "sk_wrong_key_123456" not in out
    with Journal() as journal:
        job = only_job(journal)
    assert job.pending == 100
    monkeypatch.setenv(KEY_ENV, DEFAULT_API_KEY)
    assert (
        run_cli(["resume", job.id, "--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]) == 0
    )
    assert len(sandbox.records("vibefollow-events")) == 100


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["upload", "missing.csv", "-d", "vibefollow-events"], "does not exist"),
        (["upload", "{src}", "-d", "nope"], "Unknown destination 'nope'"),
        (
            ["upload", "{src}", "-d", "vibefollow-events", "--base-url", "http://example.com"],
            "Refusing plain http://",
        ),
        (
            [
                "upload",
                "{src}",
                "-d",
                "vibefollow-events",
                "--base-url",
                "{url}",
                "--api-key-env",
                "BACKFILL_UNSET_VAR",
            ],
            "BACKFILL_UNSET_VAR is not set",
        ),
        (["upload", "{src}", "-d", "vibefollow-events", "--mapping", "{src}"], "could not be read"),
        (["resume", "no-such-job"], "No job 'no-such-job'"),
    ],
)
def test_unusable_input_is_one_line_exit_2(sandbox, tmp_path, capsys, argv, needle, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = write_events_csv(tmp_path / "events.csv", 10)
    argv = [a.format(src=src, url=sandbox.base_url) for a in argv]
    assert run_cli(argv) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_without_base_url_uses_embedded_sandbox(tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 20)
    assert run_cli(["upload", str(src), "-d", "flokit-events"]) == 0
    out = capsys.readouterr().out
    assert "No --base-url: sending to the built-in sandbox at http://127.0.0.1:" in out
    assert "Done: 20 accepted" in out


@pytest.mark.skipif(
    not cert_tools_available(), reason="neither cryptography nor openssl is installed"
)
def test_self_signed_https_fails_clearly(key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 10)
    with self_signed_https_server(tmp_path) as (base_url, seen):
        code = run_cli(upload_args(src, base_url))
    err = capsys.readouterr().err
    assert code == 2
    assert "self-signed TLS certificate" in err and err.count("\n") == 1
    assert "Traceback" not in err
    assert seen == []
    with Journal() as journal:
        assert journal.list_jobs() == []


def test_key_never_written_anywhere(sandbox_factory, monkeypatch, tmp_path, capsys):
    secret = "sk_live_SUPERSECRET_4b1d"
    server = sandbox_factory(api_keys=(secret,))
    monkeypatch.setenv(KEY_ENV, secret)
    log_file = tmp_path / "debug.log"
    report = tmp_path / "report.xlsx"
    src = write_events_csv(tmp_path / "events.csv", 400, invalid_rows=2)
    # One destination with the key in a header, one with the key in the JSON body.
    for dest in ("vibefollow-events", "ourspriv-events"):
        code = run_cli(
            upload_args(
                src,
                server.base_url,
                "--log-file",
                str(log_file),
                "--report",
                str(report),
                "--allow-duplicates",
                dest=dest,
            )
        )
        assert code == 1  # the invalid rows
    # Something to find: the debug log really has httpx/httpcore traffic in it.
    text = log_file.read_text(encoding="utf-8")
    assert "httpcore" in text and "HTTP Request: POST" in text
    files = [log_file, report, *data_dir().rglob("*")]
    assert any(p.name.startswith("journal.sqlite3") for p in files)
    assert any(p.suffix == ".txt" and "receipt" in p.name for p in files)
    for path in files:
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    captured = capsys.readouterr()
    assert secret not in captured.out + captured.err


def test_key_from_profile_in_keyring(sandbox, tmp_path, capsys):
    from app.core.secrets import SecretStore

    store = SecretStore()  # the test keyring (in memory), the same one the CLI opens
    assert store.set("acme-staging", DEFAULT_API_KEY) == "keyring"
    src = write_events_csv(tmp_path / "events.csv", 30)
    argv = ["upload", str(src), "-d", "vibefollow-events", "--base-url", sandbox.base_url]
    assert run_cli([*argv, "--profile", "acme-staging"]) == 0
    with Journal() as journal:
        assert only_job(journal).profile_name == "acme-staging"
    capsys.readouterr()
    assert run_cli([*argv, "--profile", "nobody", "--allow-duplicates"]) == 2
    assert "No key is stored for profile 'nobody'" in capsys.readouterr().err
    # Not interactive and no key source at all: a clear reason, not a prompt.
    assert run_cli([*argv, "--allow-duplicates"]) == 2
    assert "pass --api-key-env VAR" in capsys.readouterr().err


def test_resume_of_embedded_sandbox_job_starts_a_fresh_sandbox(tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 60)
    assert run_cli(["upload", str(src), "-d", "ourspriv-events", "--canary", "10"]) == 1
    with Journal() as journal:
        job = only_job(journal)
    assert (job.accepted, job.pending) == (10, 50)
    capsys.readouterr()
    assert run_cli(["resume", job.id]) == 0
    out = capsys.readouterr().out
    assert "continuing with a fresh one" in out
    assert "Done: 60 accepted" in out


def test_server_rejections_and_transient_faults(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 1_500)
    sandbox.set_faults(
        reject_field="properties.note",
        reject_pattern=r"^note 1\d$",
        reject_code="bad_note",
        p503=1.0,
        retry_after=0,
        budget=2,
    )
    report = tmp_path / "rejected.xlsx"
    assert run_cli(upload_args(src, sandbox.base_url, "--report", str(report))) == 1
    out = capsys.readouterr().out
    assert "Done: 1,490 accepted, 10 rejected, 0 failed, 0 pending (of 1,500)" in out
    assert "rejected: 10 rows (rows 12–21)" in out
    ws = openpyxl.load_workbook(report).active
    rows = [[c.value for c in r] for r in ws.iter_rows(values_only=False)]
    assert rows[0] == [
        "Customer ID",
        "Action",
        "When",
        "Plan",
        "Note",
        "Row",
        "Field",
        "Code",
        "Reason",
        "State",
    ]
    assert [r[5] for r in rows[1:]] == list(range(12, 22))
    assert rows[1][0] == "C000010" and rows[1][4] == "note 10"
    assert {r[7] for r in rows[1:]} == {"bad_note"} and {r[9] for r in rows[1:]} == {"rejected"}
    assert sandbox.stats()["vibefollow-events"]["status_codes"].get("503") == 2
    assert len(sandbox.records("vibefollow-events")) == 1_490


def test_saved_profile_supplies_base_url_and_key(sandbox, tmp_path, capsys):
    from app.core.profiles import Profile, ProfileStore
    from app.core.secrets import SecretStore

    ProfileStore().save(Profile("local-stage", "flokit-events", sandbox.base_url, "staging"))
    SecretStore().set("local-stage", DEFAULT_API_KEY)
    src = write_events_csv(tmp_path / "events.csv", 40)
    assert run_cli(["upload", str(src), "-d", "flokit-events", "--profile", "local-stage"]) == 0
    out = capsys.readouterr().out
    assert f"Profile 'local-stage' (staging): FloKit at {sandbox.base_url}" in out
    assert len(sandbox.records("flokit-events")) == 40
    assert run_cli(["upload", str(src), "-d", "vibefollow-events", "--profile", "local-stage"]) == 2
    assert "is for flokit-events, not vibefollow-events" in capsys.readouterr().err


def test_resume_of_finished_job_keeps_its_receipt(sandbox, key_env, tmp_path, capsys):
    src = write_events_csv(tmp_path / "events.csv", 30)
    assert run_cli(upload_args(src, sandbox.base_url)) == 0
    with Journal() as journal:
        job = only_job(journal)
    capsys.readouterr()
    resume = ["resume", job.id, "--base-url", sandbox.base_url, "--api-key-env", KEY_ENV]
    assert run_cli(resume) == 0
    out = capsys.readouterr().out
    assert f"Job {job.id} has no pending rows." in out
    assert len(list((data_dir() / "receipts").glob("*.txt"))) == 1
    assert sandbox.stats()["vibefollow-events"]["records_received"] == 30


def test_closed_output_pipe_does_not_stop_the_upload(tmp_path):
    import subprocess
    import sys

    src = write_events_csv(tmp_path / "events.csv", 50)
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "upload", str(src), "-d", "flokit-events"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"Read events.csv")
    proc.stdout.close()  # like `backfill upload … | head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err
    with Journal() as journal:
        assert only_job(journal).accepted == 50
