"""`backfill upload --then-event` over the sandbox: users first, then an event for each user
accepted; both parts' counts, the report naming the part, the template route, resume."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from app.cli import run_cli
from app.core.journal import Journal
from app.core.mapping import load_template
from tests.cli.test_upload import key_env as key_env  # the fixture, shared
from tests.cli.test_upload import upload_args
from tests.upload.pair_files import write_signups_csv

EVENT = ["--then-event", "user_signed_up", "--event-time", "signed_up", "--event-property", "plan"]


def pair_args(path: Path, base_url: str, *extra: str) -> list[str]:
    return upload_args(path, base_url, *extra, dest="vibefollow-users")


def test_users_then_their_events_with_a_rejected_user(sandbox, key_env, tmp_path, capsys):
    sandbox.set_faults(
        reject_field="external_user_id",
        reject_pattern="^u3$",
        reject_message="blocked user",
        endpoints=("vibefollow-users",),
    )
    src = write_signups_csv(tmp_path / "signups.csv", 10, bad_emails=(6,))
    report = tmp_path / "not-delivered.csv"
    template = tmp_path / "signups.json"
    code = run_cli(
        pair_args(
            src, sandbox.base_url, *EVENT, "--report", str(report), "--save-mapping", str(template)
        )
    )
    out = capsys.readouterr().out
    assert code == 1, out
    assert "Sending the users…" in out and "Sending their events…" in out
    assert out.index("Sending the users…") < out.index("Sending their events…")
    assert (
        "Done: users 8 accepted, 1 rejected, 0 failed, 0 pending (of 9); "
        "events 8 accepted, 2 rejected, 0 failed, 0 pending (of 10)"
    ) in out
    events = sandbox.records("vibefollow-events")
    assert sorted(e["external_user_id"] for e in events) == sorted(
        f"u{i}" for i in range(10) if i not in (3, 6)
    )
    with report.open(encoding="utf-8-sig") as fh:
        lines = {int(r["Row"]): r for r in csv.DictReader(fh)}
    assert sorted(lines) == [5, 8]
    assert lines[5]["Field"].startswith("user") and lines[5]["Reason"] == "blocked user"
    assert lines[8]["State"] == "invalid" and lines[8]["Field"] == "user.email"
    saved = load_template(template)
    assert saved.then_event is not None and saved.then_event.name == "user_signed_up"
    assert saved.then_event.time.column == "signed_up"
    assert json.loads(template.read_text())["then_event"]["properties"] == ["plan"]

    # The template route: the event part comes with the mapping, no flags needed.
    sandbox.set_faults()
    more = write_signups_csv(tmp_path / "more.csv", 3, start=100)
    assert run_cli(pair_args(more, sandbox.base_url, "--mapping", str(template))) == 0
    assert "events 3 accepted" in capsys.readouterr().out
    assert {"u100", "u101", "u102"} <= {
        e["external_user_id"] for e in sandbox.records("vibefollow-events")
    }


def test_a_canary_then_resume_finishes_the_pair(sandbox, key_env, tmp_path, capsys):
    src = write_signups_csv(tmp_path / "signups.csv", 6)
    # Not a terminal: the canary's question is answered no.
    assert run_cli(pair_args(src, sandbox.base_url, *EVENT, "--canary", "2")) == 1
    out = capsys.readouterr().out
    assert "Stopped after the canary. Continue with: backfill resume " in out
    assert sorted(e["external_user_id"] for e in sandbox.records("vibefollow-events")) == [
        "u0",
        "u1",
    ]
    with Journal() as journal:
        users_job = next(
            j.id for j in journal.list_jobs() if j.destination_id == "vibefollow-users"
        )
    resume = [
        "resume",
        users_job,
        "--base-url",
        sandbox.base_url,
        "--api-key-env",
        "BACKFILL_TEST_KEY",
    ]
    assert run_cli(resume) == 0
    out = capsys.readouterr().out
    assert "events 6 accepted, 0 rejected, 0 failed, 0 pending (of 6)" in out
    events = [e["external_user_id"] for e in sandbox.records("vibefollow-events")]
    assert sorted(events) == [f"u{i}" for i in range(6)]  # each once
    # A resume of the events part's id continues the same pair: nothing left to send.
    with Journal() as journal:
        events_job = journal.pair_of(users_job).events_job
    assert (
        run_cli(
            [
                "resume",
                events_job,
                "--base-url",
                sandbox.base_url,
                "--api-key-env",
                "BACKFILL_TEST_KEY",
            ]
        )
        == 0
    )
    assert "has no rows to send" in capsys.readouterr().out


def test_then_event_needs_a_users_destination(sandbox, key_env, tmp_path, capsys):
    src = write_signups_csv(tmp_path / "signups.csv", 2)
    assert run_cli(upload_args(src, sandbox.base_url, *EVENT)) == 2  # an events destination
    assert "need a users destination such as vibefollow-users" in capsys.readouterr().err
    assert (
        run_cli(pair_args(src, sandbox.base_url, "--then-event", "x", "--event-time", "nope")) == 2
    )
    assert "'nope'" in capsys.readouterr().err
    assert sandbox.records("vibefollow-users") == []
