"""Applying the server's answers to the journal: a stop, the same payload again (same key),
a split into smaller chunks, or each record's own outcome; rows whose attempts are used up
fail (or, when the server cannot be reached at all, the job stops with them pending).

A row's state changes only here, on a parsed response, in one journal transaction
(`Journal.settle_chunks`: answers arriving together share one), so accepted + rejected +
failed + pending == rows holds throughout.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import httpx

from app.core.destinations.base import (
    ACCEPTED,
    Accepted,
    ChunkResult,
    Outcome,
    Rejected,
    Retry,
    Verdict,
)
from app.core.journal_engine import Settle
from app.core.journal_store import NO_ANSWER, TRANSIENT_CODE, JournalRow
from app.core.retry import RetryAction, decide_retry, parse_retry_after
from app.core.upload_base import UploaderBase
from app.core.upload_words import hold_words
from app.core.upload_work import StopUpload, Work

Rejection = tuple[int, str, str | None, str]  # seq, code, field, message


def sort_outcomes(
    sent_rows: Sequence[JournalRow], outcomes: Sequence[Outcome]
) -> tuple[list[int], list[Rejection], list[int], list[str]]:
    """The seqs accepted, the rejections, the seqs to retry and their reasons (in send order)."""
    accepted: list[int] = []
    rejected: list[Rejection] = []
    retry: list[int] = []
    reasons: list[str] = []
    if len(outcomes) != len(sent_rows):
        raise RuntimeError(f"{len(outcomes)} outcomes for {len(sent_rows)} records")
    if all(o is ACCEPTED for o in outcomes):
        # The common case, fast: no per-row work in Python beyond taking the seqs.
        return list(map(itemgetter(0), sent_rows)), rejected, retry, reasons
    for row, outcome in zip(sent_rows, outcomes, strict=True):
        if isinstance(outcome, Accepted):
            accepted.append(row.seq)
        elif isinstance(outcome, Rejected):
            rejected.append((row.seq, outcome.code, outcome.field, outcome.message))
        elif isinstance(outcome, Retry):
            retry.append(row.seq)
            reasons.append(outcome.reason)
    return accepted, rejected, retry, reasons


class AnswerHandling(UploaderBase):
    """What `Uploader` does with each answer (see the module docstring)."""

    async def _apply(
        self,
        work: Work,
        sent_rows: Sequence[JournalRow],
        result: ChunkResult,
        headers: httpx.Headers,
        latency: float,
    ) -> None:
        """Act on a parsed answer: stop the job, send the same payload again, split the
        chunk, or settle its rows one by one."""
        status = result.status
        if result.verdict is Verdict.STOP_AUTH:
            raise StopUpload("stopped_auth", result.message)
        if result.verdict is Verdict.STOP:
            raise StopUpload("stopped", result.message)
        if result.verdict is Verdict.RETRY:
            if result.throttled:
                self.concurrency.on_throttle()
            retry_after = parse_retry_after(
                headers.get("retry-after"),
                now=self._clock.time(),
                cap=self.settings.retry_after_cap,
            )
            await self._transient(
                work, status, result.message, retry_after=retry_after, throttled=result.throttled
            )
            return
        if result.verdict is Verdict.SPLIT:
            await self._apply_split(work, result)
            return
        await self._apply_outcomes(work, sent_rows, result, latency)

    async def _apply_split(self, work: Work, result: ChunkResult) -> None:
        """Too large for the server: the chunk is settled as parts (new keys), sent first."""
        status = result.status
        limit = max(1, result.split_limit or (len(work.rows) + 1) // 2)
        if status == 413:
            self._max_batch = min(self._max_batch, limit)
        parts = await self._split(
            work,
            limit,
            attempts=work.attempts,
            status=status,
            note=result.message,
            **self._stats.take(),
        )
        self._fresh.extendleft(reversed(parts))
        self._log(work, status, len(work.rows), 0, 0, 0, result.message)
        if status == 413:
            await self._resplit_unsent(limit)
        self._emit()

    async def _apply_outcomes(
        self, work: Work, sent_rows: Sequence[JournalRow], result: ChunkResult, latency: float
    ) -> None:
        """Settle each record as the server answered it; records to retry go again as a new
        chunk (a different payload: its own key) after a backoff, or fail when out of attempts."""
        status = result.status
        accepted, rejected, retry, reasons = sort_outcomes(sent_rows, result.outcomes)
        if retry and not accepted and not rejected:
            # Nothing settled: the same payload goes again under the same key.
            await self._transient(work, status, reasons[0])
            return
        if not retry:
            self.concurrency.on_success(latency)
        retry_set = set(retry)
        # In the chunk's original order (none, and no pass over its rows, in the common case).
        retry_rows = [r for r in work.rows if r.seq in retry_set] if retry else []
        failed: list[tuple[int, str, str]] = []
        groups: list[list[int]] = []
        if retry_rows:
            if work.attempts >= self.settings.max_attempts:
                failed = [(r.seq, TRANSIENT_CODE, reasons[0]) for r in retry_rows]
            else:
                groups = [[r.seq for r in retry_rows]]
        plans, changed = await self._settle(
            Settle(
                work.plan,
                chunk_state="done",
                accepted=accepted,
                rejected=rejected,
                failed=failed,
                new_groups=groups,
                new_attempts=work.attempts,
                attempts=work.attempts,
                status=status,
                note=result.message,
                **self._stats.take(),
            )
        )
        self._count(changed)
        for plan in plans:
            # A different payload (the failed rows only): its own new key, after a backoff.
            follow = Work(plan, retry_rows, work.attempts, sent_once=False)
            self._schedule(follow, self._backoff(work.attempts), reasons[0])
        note = result.message
        if failed:
            note = f"{len(failed)} rows failed after {work.attempts} attempts: {reasons[0]}"
        elif retry_rows:
            note = f"{len(retry_rows)} rows will be retried: {reasons[0]}"
        self._log(work, status, len(sent_rows), len(accepted), len(rejected), len(retry_rows), note)
        self._emit()

    async def _resplit_unsent(self, limit: int) -> None:
        """Chunks planned but never sent are cut to a newly learned size limit now, instead of
        each collecting its own 413."""
        keep: deque[Work] = deque()
        while self._fresh:
            work = self._fresh.popleft()
            if work.sent_once or len(work.rows) <= limit:
                keep.append(work)
                continue
            keep.extend(
                await self._split(
                    work, limit, note=f"never sent; split to the limit of {limit}", sent=False
                )
            )
        keep.extend(self._fresh)
        self._fresh = keep

    async def _split(self, work: Work, limit: int, **settle: Any) -> list[Work]:
        """Settle `work` as split into parts of at most `limit` rows; the parts, in row order."""
        seqs = [r.seq for r in work.rows]
        groups = [seqs[i : i + limit] for i in range(0, len(seqs), limit)]
        plans, _ = await self._settle(
            Settle(work.plan, chunk_state="split", new_groups=groups, **settle)
        )
        by_seq = {r.seq: r for r in work.rows}
        return [Work(plan, [by_seq[s] for s in plan.seqs], 0) for plan in plans]

    async def _transient(
        self,
        work: Work,
        status: int | None,
        reason: str,
        *,
        retry_after: float | None = None,
        throttled: bool = False,
        unreachable: bool = False,
    ) -> None:
        """The same payload must go again (same key), unless the attempts are used up: then its
        rows fail, or, when the server cannot be reached at all, the job stops (rows pending)."""
        self.last_error = reason
        ending = decide_retry(
            attempts=work.attempts,
            max_attempts=self.settings.max_attempts,
            status=status,
            backoff=0.0,
            unreachable=unreachable,
        ).action
        if ending is RetryAction.STOP_JOB:
            await self._db_call(
                self.journal.record_attempt, work.plan, work.attempts, status=None, error=reason
            )
            raise StopUpload(
                "stopped",
                f"Cannot reach {self.base_url} ({reason}) after {work.attempts} attempts. "
                "No rows were marked failed; check the network or the base URL, then resume "
                "the job.",
            )
        if ending is RetryAction.FAIL_ROWS:
            failed = [(r.seq, TRANSIENT_CODE, reason) for r in work.rows]
            _, changed = await self._settle(
                Settle(
                    work.plan,
                    chunk_state="failed",
                    failed=failed,
                    attempts=work.attempts,
                    status=status,
                    note=reason,
                    **self._stats.take(),
                )
            )
            self._count(changed)
            note = f"failed after {work.attempts} attempts: {reason}"
            self._log(work, status, len(work.rows), 0, 0, 0, note)
            self._emit()
            return
        # No answer (a timeout after sending, a broken connection): its rows may be stored.
        recorded = NO_ANSWER if work.answer_lost else status
        await self._db_call(
            self.journal.record_attempt, work.plan, work.attempts, status=recorded, error=reason
        )
        decision = decide_retry(
            attempts=work.attempts,
            max_attempts=self.settings.max_attempts,
            status=status,
            backoff=self._backoff(work.attempts),
            retry_after=retry_after,
            throttled=throttled,
        )
        if decision.hold_all:
            self.gate.hold(decision.hold_all, hold_words(status, reason))
        limiter = self.gate.limiter
        if decision.widen_margin and limiter is not None:
            # Within our budget yet refused: the server counts our requests closer together
            # than we sent them (its queueing varies). Leave more room from now on.
            limiter.margin = min(limiter.window * 0.1, max(0.25, limiter.margin * 2))
        self._schedule(work, decision.delay, reason)
        self._log(work, status, len(work.rows), 0, 0, len(work.rows), f"will retry: {reason}")
        self._emit()
