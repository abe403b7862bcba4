"""Issue 13.3: how many of a file's users a destination (id + base URL) already accepted from
Backfill, read from a real journal after real uploads to the sandbox."""

from __future__ import annotations

import sqlite3

import numpy as np

from app.core.identity import IdentityTally
from app.core.journal import Journal
from app.core.records import Record
from tests.upload.jobs import make_job, run, uploader


def _event(user: str, n: int, name: str = "signed_up") -> dict:
    return {
        "external_user_id": user,
        "name": name,
        "timestamp": f"2024-01-01T00:00:{n:02d}Z",
        "properties": {"n": n},
    }


def _known(journal: Journal, dest: str, base_url: str, ids: list[str]) -> tuple[int, int]:
    tally = IdentityTally()
    tally.add(ids, np.arange(2, 2 + len(ids)))
    preview = tally.result(journal.accepted_user_hashes(dest, base_url))
    assert preview.known is not None and preview.new is not None
    return preview.known, preview.new


def test_only_users_this_destination_accepted_count_as_known(sandbox, tmp_path):
    with Journal(tmp_path / "journal.sqlite3") as journal:
        events = [_event(f"u{i}", i) for i in range(10)]
        events.append(_event("ghost", 11, name=""))  # the API rejects it: ghost is not known
        first = make_job(
            journal,
            "vibefollow-events",
            sandbox.base_url,
            [Record(2 + i, p) for i, p in enumerate(events)],
        )
        run(uploader(journal, first, sandbox))
        assert journal.job(first).rejected == 1 and journal.job(first).accepted == 10
        # Another destination at the same base URL: its users are not this one's.
        users = make_job(
            journal,
            "vibefollow-users",
            sandbox.base_url,
            [Record(2, {"external_user_id": "w1", "traits": {}})],
        )
        run(uploader(journal, users, sandbox))
        assert journal.job(users).accepted == 1

        file_ids = ["u1", "u5", "u5", "ghost", "w1", "new", "U1", " u1"]
        # Distinct: u1, u5, ghost, w1, new, U1, " u1" (spellings differ: the API sees 7 users).
        assert _known(journal, "vibefollow-events", sandbox.base_url, file_ids) == (2, 5)
        assert _known(journal, "vibefollow-users", sandbox.base_url, file_ids) == (1, 6)
        # The same destination at another base URL has received nobody.
        assert _known(journal, "vibefollow-events", "http://127.0.0.1:1", file_ids) == (0, 7)

        # A second events job: its accepted users join the history; the first job's blocks
        # were hashed once and are read from the cache.
        second = make_job(
            journal,
            "vibefollow-events",
            sandbox.base_url + "/",  # the same base URL as stored
            [Record(2, _event("new", 20))],
        )
        run(uploader(journal, second, sandbox))
        assert _known(journal, "vibefollow-events", sandbox.base_url, file_ids) == (3, 4)
    db = sqlite3.connect(tmp_path / "journal.sqlite3")
    cached = db.execute("SELECT COUNT(*) FROM user_hashes").fetchone()[0]
    db.close()
    assert cached == 3  # one block per job that accepted rows, hashed once each


def test_a_changed_hash_is_noticed_and_the_cache_rebuilt(sandbox, tmp_path):
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        job = make_job(journal, "vibefollow-events", sandbox.base_url, [Record(2, _event("a", 1))])
        run(uploader(journal, job, sandbox))
        assert _known(journal, "vibefollow-events", sandbox.base_url, ["a", "b"]) == (1, 1)
    db = sqlite3.connect(path)
    # As if another build had stored different hashes: the probe no longer matches.
    db.execute("UPDATE user_hashes SET hashes = zeroblob(length(hashes))")
    db.execute("UPDATE meta SET value = 'other' WHERE key = 'user_hash_probe'")
    db.commit()
    db.close()
    with Journal(path) as journal:
        assert _known(journal, "vibefollow-events", sandbox.base_url, ["a", "b"]) == (1, 1)
