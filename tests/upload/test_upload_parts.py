"""The engine's small parts on their own: sorting a chunk's outcomes, the finish rate, the
waits and network failures in words."""

from __future__ import annotations

import httpx
import pytest

from app.core.destinations.base import ACCEPTED, Rejected, Retry
from app.core.journal_store import JournalRow
from app.core.upload_answers import sort_outcomes
from app.core.upload_words import hold_words, network_words
from app.core.upload_work import DoneRate, LazyRecords, identity_order, median
from app.core.words import wait_words as wait_sentence


def rows(n: int) -> list[JournalRow]:
    return [JournalRow(seq, seq + 2, b'{"n":%d}' % seq) for seq in range(n)]


def test_all_accepted_is_one_list_of_seqs() -> None:
    assert sort_outcomes(rows(3), (ACCEPTED,) * 3) == ([0, 1, 2], [], [], [])


def test_mixed_outcomes_keep_send_order() -> None:
    outcomes = (ACCEPTED, Rejected("bad", "email", "not an email"), Retry("busy"), ACCEPTED)
    accepted, rejected, retry, reasons = sort_outcomes(rows(4), outcomes)
    assert accepted == [0, 3]
    assert rejected == [(1, "bad", "email", "not an email")]
    assert (retry, reasons) == ([2], ["busy"])


def test_an_answer_for_the_wrong_number_of_records_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="2 outcomes for 3 records"):
        sort_outcomes(rows(3), (ACCEPTED, ACCEPTED))


def test_lazy_records_decode_only_what_is_looked_at() -> None:
    lazy = LazyRecords(rows(3))
    assert len(lazy) == 3
    assert lazy[1].row == 3 and lazy[1].payload == {"n": 1}
    assert [r.row for r in lazy[1:]] == [3, 4]
    assert identity_order(3) == (0, 1, 2)


def test_the_done_rate_falls_during_a_long_wait() -> None:
    rate = DoneRate()
    rate.add(0.0, 0)
    rate.add(1.0, 100)
    assert rate.per_s(1.0) == pytest.approx(100.0)
    assert rate.per_s(4.0) == pytest.approx(25.0)  # nothing finished for three seconds
    assert median([3.0, 1.0, 2.0]) == 2.0 and median([1.0, 2.0, 3.0, 4.0]) == 2.5


def test_waits_and_holds_in_words() -> None:
    assert wait_sentence(12.3, "rate limit") == "Waiting 12 s: rate limit"
    assert wait_sentence(0.4, "") == "Waiting 0.4 s"
    assert hold_words(429, "x") == "the API asked us to slow down (429)"
    assert hold_words(503, "x") == "the API is overloaded (503)"
    assert hold_words(500, "server error") == "server error"


def test_network_words_are_plain_and_redacted() -> None:
    exc = httpx.ConnectError("proxy http://user:s3cret@proxy.example:8080 refused")
    words = network_words(exc)
    assert words.startswith("could not connect (")
    assert "s3cret" not in words
    assert network_words(httpx.ReadError("")) == "the connection broke while reading the answer"
