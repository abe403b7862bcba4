"""An https:// address served by a plain-HTTP server stops the upload at once, in plain words."""

from __future__ import annotations

import asyncio

from app.core.destinations import get_destination
from app.core.journal import Journal
from app.core.uploader import Uploader
from app.sandbox import DEFAULT_API_KEY
from tests.upload.jobs import FAST, sandbox_job


def test_upload_to_https_on_a_plain_http_server_stops_in_plain_words(sandbox) -> None:
    url = sandbox.base_url.replace("http://", "https://")
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-users", 50)
        up = Uploader(
            get_destination("vibefollow-users"),
            journal,
            job_id,
            base_url=url,
            api_key=DEFAULT_API_KEY,
            settings=FAST,
        )
        final = asyncio.run(up.run())
        assert final.state == "stopped" and final.pending == 50
        assert final.requests == 1  # not retried: it can never work
        host = url.split("://", 1)[1]
        assert final.last_error == (
            f"The server at {host} did not answer HTTPS. Check the address: does it start "
            "with http:// instead? Nothing was sent."
        )
        assert journal.job(job_id).state == "stopped"
    assert sandbox.records("vibefollow-users") == []
