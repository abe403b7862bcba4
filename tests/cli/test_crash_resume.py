"""Crash safety: `backfill upload` killed with SIGKILL at random points, then `backfill resume`
→ the sandbox holds every valid row exactly once and the journal's counts add up."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.journal import Journal
from app.sandbox import DEFAULT_API_KEY
from tests.files import write_events_csv
from tests.waiting import wait_until

KEY_ENV = "BACKFILL_TEST_KEY"
DEST = "vibefollow-events"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _requests(sandbox) -> int:
    return int(sandbox.stats()[DEST]["requests"])


def _job_id() -> str | None:
    with Journal() as journal:
        jobs = journal.list_jobs()
    return jobs[0].id if jobs else None


def _cli_run(sandbox) -> tuple[dict[str, str], list[str]]:
    """(environment, connection options) for `backfill` runs against the sandbox."""
    env = dict(os.environ, **{KEY_ENV: DEFAULT_API_KEY})
    return env, ["--base-url", sandbox.base_url, "--api-key-env", KEY_ENV, "--concurrency", "2"]


def _cli(*args: str) -> list[str]:
    """The argv of `backfill <args>` in a fresh interpreter."""
    return [sys.executable, "-m", "app", *args]


def _resume(job_id: str, env: dict[str, str], common: list[str]) -> subprocess.CompletedProcess:
    """`backfill resume <job>`, run to the end."""
    return subprocess.run(
        _cli("resume", job_id, *common), env=env, capture_output=True, text=True, timeout=120
    )


def crash_and_resume(sandbox, tmp_path: Path, *, rows: int, kills: int, seed: int) -> dict:
    """Kill the upload (then each resume) `kills` times, finish with a resume, return facts."""
    rng = random.Random(seed)
    src = write_events_csv(tmp_path / "events.csv", rows)
    env, common = _cli_run(sandbox)
    upload = _cli("upload", str(src), "-d", DEST, *common)
    killed_mid_job = 0
    job_id: str | None = None
    for _ in range(kills):
        argv = upload if job_id is None else _cli("resume", job_id, *common)
        before = _requests(sandbox)
        log = open(tmp_path / "run.log", "ab")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            # Wait until this process is sending, then kill it somewhere in its first chunks.
            wait_until(
                lambda before=before, proc=proc: (
                    _requests(sandbox) != before or proc.poll() is not None
                ),
                timeout=60,
                what="the upload to start sending",
            )
            # The first kill lands within the first requests' latency, so at least one kill
            # is mid-job every run (what the test asserts), whatever the machine's speed.
            time.sleep(rng.uniform(0.0, 0.9) if job_id is not None else rng.uniform(0.0, 0.1))
            still_running = proc.poll() is None
            proc.kill()
            proc.wait(timeout=30)
        finally:
            log.close()
        job_id = job_id or _job_id()
        assert job_id is not None
        with Journal() as journal:
            job = journal.job(job_id)
            assert job.accepted + job.rejected + job.failed + job.pending == job.rows
            if still_running and job.pending:
                killed_mid_job += 1
    final = _resume(job_id, env, common)
    with Journal() as journal:
        job = journal.job(job_id)
        counts = journal.state_counts(job_id)
    stored = sandbox.records(DEST)
    return {
        "final": final,
        "job": job,
        "counts": counts,
        "stored_ids": [e["external_user_id"] for e in stored],
        "killed_mid_job": killed_mid_job,
        "log": (tmp_path / "run.log").read_text(encoding="utf-8", errors="replace"),
    }


def check(facts: dict, rows: int) -> None:
    final, job = facts["final"], facts["job"]
    assert final.returncode == 0, final.stdout + final.stderr + facts["log"]
    assert "Traceback" not in final.stderr + facts["log"]
    assert job.accepted + job.rejected + job.failed + job.pending == job.rows == rows
    assert facts["counts"] == {"accepted": rows, "rejected": 0, "failed": 0, "pending": 0}
    ids = facts["stored_ids"]
    assert len(ids) == rows, f"{len(ids) - len(set(ids))} duplicates stored"
    assert set(ids) == {f"C{i:06d}" for i in range(rows)}


def test_sigkill_at_random_points_then_resume(sandbox, tmp_path):
    sandbox.configure(latency_ms=250)
    facts = crash_and_resume(sandbox, tmp_path, rows=8_000, kills=3, seed=20240304)
    check(facts, 8_000)
    assert facts["killed_mid_job"] >= 1  # the kills really landed while rows were pending


@pytest.mark.soak
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_many_times_soak(sandbox, tmp_path, seed):
    sandbox.configure(latency_ms=150)
    facts = crash_and_resume(sandbox, tmp_path, rows=30_000, kills=10, seed=seed)
    check(facts, 30_000)
    assert facts["killed_mid_job"] >= 5


def test_ctrl_c_stops_after_requests_in_flight_and_resumes(sandbox, tmp_path):
    sandbox.configure(latency_ms=300)
    rows = 8_000
    src = write_events_csv(tmp_path / "events.csv", rows)
    env, common = _cli_run(sandbox)
    proc = subprocess.Popen(
        _cli("upload", str(src), "-d", DEST, *common),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def sending() -> bool:
        assert proc.poll() is None
        return _requests(sandbox) > 0

    wait_until(sending, timeout=60)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, out + err
    assert "Stopping after the requests in flight" in err
    assert "Traceback" not in out + err
    job_id = _job_id()
    assert f"Continue with: backfill resume {job_id}" in out
    with Journal() as journal:
        job = journal.job(job_id)
    assert job.state == "cancelled" and 0 < job.pending < rows
    # The requests in flight were allowed to finish: the server holds exactly what the
    # journal recorded as accepted, nothing more.
    assert len(sandbox.records(DEST)) == job.accepted
    final = _resume(job_id, env, common)
    assert final.returncode == 0, final.stdout + final.stderr
    ids = [e["external_user_id"] for e in sandbox.records(DEST)]
    assert len(ids) == len(set(ids)) == rows


def test_sigkill_while_preparing_and_sending_then_resume_goes_on_from_the_file(sandbox, tmp_path):
    """`backfill upload` sends blocks while it still reads the file; killed then, `backfill
    resume` reads the file again, writes the rows the job lacks and sends them: every row
    delivered exactly once."""
    sandbox.configure(latency_ms=50)
    rows = 150_000  # above the streaming threshold: read and validated 10,000 rows at a time
    src = write_events_csv(tmp_path / "events.csv", rows)
    env, common = _cli_run(sandbox)
    with open(tmp_path / "run.log", "wb") as log:
        proc = subprocess.Popen(
            _cli("upload", str(src), "-d", DEST, *common), env=env, stdout=log, stderr=log
        )
        try:
            wait_until(
                lambda: _requests(sandbox) > 0 or proc.poll() is not None,
                timeout=60,
                what="the upload to start sending",
            )
        finally:
            proc.kill()
            proc.wait(timeout=30)
    job_id = _job_id()
    assert job_id is not None
    with Journal() as journal:
        job = journal.job(job_id)
    # Killed while sending and still preparing: some rows written, not all of them.
    assert job.preparing and 0 < job.rows < rows, (job, (tmp_path / "run.log").read_text())
    assert job.accepted + job.rejected + job.failed + job.pending == job.rows
    final = _resume(job_id, env, common)
    assert final.returncode == 0, final.stdout + final.stderr
    assert "again to write the rows after the first" in final.stdout
    with Journal() as journal:
        job = journal.job(job_id)
        counts = journal.state_counts(job_id)
    assert not job.preparing and job.rows == rows
    assert counts == {"accepted": rows, "rejected": 0, "failed": 0, "pending": 0}
    ids = [e["external_user_id"] for e in sandbox.records(DEST)]
    assert len(ids) == rows, f"{len(ids) - len(set(ids))} duplicates stored"
    assert set(ids) == {f"C{i:06d}" for i in range(rows)}
