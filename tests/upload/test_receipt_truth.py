"""The receipt's figures match what the server saw, after a crash (SIGKILL mid-flight) and after
an orderly stop: requests counted as they leave, "sent again after a lost answer" only for
chunks that really were on the wire (planned ahead and never sent is not a lost answer)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from app.core.journal import Journal
from app.core.receipt import receipt_from_journal
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import FAST, assert_journal_consistent, run, sandbox_job, uploader
from tests.upload.test_stop_paths import WAVES
from tests.waiting import until, wait_until

REPO = Path(__file__).resolve().parents[2]
DEST = "ourspriv-events"  # keeps every copy: the sandbox counts duplicates_stored


def _server(sandbox) -> dict:
    return sandbox.stats()["ourspriv-batch"]


def test_after_a_crash_the_receipt_counts_what_the_server_saw(sandbox, tmp_path) -> None:
    sandbox.configure(latency_ms=1000)  # stored on arrival, answered a second later
    rows = 2000
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        job_id = sandbox_job(journal, sandbox, DEST, rows)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.upload.crash_child",
            str(path),
            job_id,
            sandbox.base_url,
            DEFAULT_API_KEY,
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "started"

    # Four requests in flight (100 rows each): the first wave answered, the second stored by
    # the server and its answers a second away. Chunks planned ahead were never sent.
    def second_wave_stored() -> bool:
        assert child.poll() is None
        return _server(sandbox)["stored"] >= 800

    wait_until(second_wave_stored, timeout=30)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    with Journal(path) as journal:
        assert journal.job(job_id).accepted == 400
        final = run(uploader(journal, job_id, sandbox, settings=FAST))
        assert final.state == "finished" and final.accepted == rows
        assert_journal_consistent(journal, job_id)
        receipt = receipt_from_journal(journal, job_id)
    server = _server(sandbox)
    assert receipt.requests == server["requests"], server
    assert receipt.resent_after_lost_answer == server["duplicates_stored"] == 400, server
    assert receipt.duplicate_warning is not None and "up to 400 " in receipt.duplicate_warning
    text = receipt.to_text()
    assert f"Requests:         {server['requests']:,} (" in text
    assert "Sent again after a lost answer: 400 rows" in text


def test_after_an_orderly_stop_nothing_is_counted_as_sent_again(sandbox) -> None:
    sandbox.configure(latency_ms=200)
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, DEST, 600)

        async def stop_mid_way():
            up = uploader(journal, job_id, sandbox, settings=WAVES)
            task = asyncio.create_task(up.run())
            await until(lambda: _server(sandbox)["requests"] >= 6, task=task)
            await up.stop_when_idle()
            return await task

        assert asyncio.run(stop_mid_way()).state == "paused"
        assert run(uploader(journal, job_id, sandbox, settings=WAVES)).accepted == 600
        receipt = receipt_from_journal(journal, job_id)
    server = _server(sandbox)
    assert receipt.requests == server["requests"] and receipt.chunks == 12
    assert receipt.resent_after_lost_answer == server["duplicates_stored"] == 0
    assert receipt.duplicate_warning is None
    assert "Requests:         12 (12 batches of rows)" in receipt.to_text()


def test_a_single_request_reads_as_one_batch() -> None:
    from app.core.receipt import Receipt

    receipt = Receipt(
        job_id="j",
        file_name="f.csv",
        file_path="/f.csv",
        file_sha256="0" * 64,
        destination_id="flokit-events",
        destination_label="FloKit",
        base_url="http://x",
        profile_name="p",
        job_state="finished",
        rows=3,
        totals={"accepted": 3, "rejected": 0, "failed": 0, "pending": 0},
        requests=1,
        chunks=1,
    )
    assert "Requests:         1 (1 batch of rows)" in receipt.to_text()
