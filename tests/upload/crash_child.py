"""Child process for the kill -9 test: uploads one journal job until it is killed.

Usage: python -m tests.upload.crash_child JOURNAL_PATH JOB_ID BASE_URL API_KEY
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from app.core.destinations import RateLimit, get_destination
from app.core.journal import Journal
from app.core.uploader import Uploader, UploadSettings


def main(argv: list[str]) -> int:
    journal_path, job_id, base_url, api_key = argv
    journal = Journal(Path(journal_path))
    job = journal.job(job_id)
    settings = UploadSettings(
        initial_concurrency=4,
        max_concurrency=4,
        min_concurrency=4,
        chunk_size=100,
        backoff_base=0.01,
        backoff_cap=0.05,
        # The sandbox's FloKit budget is raised for this test; ours follows.
        rate_limit=RateLimit(100_000, 60.0),
    )
    uploader = Uploader(
        get_destination(job.destination_id),
        journal,
        job_id,
        base_url=base_url,
        api_key=api_key,
        settings=settings,
        on_chunk=lambda entry: print(f"chunk {entry.chunk}", flush=True),
    )
    print("started", flush=True)
    progress = asyncio.run(uploader.run())
    print(f"done {progress.state}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
