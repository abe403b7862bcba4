"""Sending one chunk: the request built from the journal's stored JSON, noted in the journal
before it leaves, put on the least busy of a few small connection pools, and its answer (or
the way it failed in transit) handed on to `AnswerHandling`. TLS certificates are always
verified; a certificate problem or a plain-HTTP server behind https:// stops the job.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Sequence

import httpx

from app import __version__
from app.core import transport
from app.core.destinations.base import PreparedRequest
from app.core.journal_store import JournalRow
from app.core.reachability import plain_http_words
from app.core.upload_answers import AnswerHandling
from app.core.upload_base import log
from app.core.upload_words import network_words, plain_http_answer, tls_problem
from app.core.upload_work import LazyRecords, StopUpload, Work, identity_order

# Connections per httpx client: its pool scans every connection on each request, so a few
# small pools cost far less CPU than one large one at 32 requests in flight.
CONNECTIONS_PER_CLIENT = 8


class ChunkSender(AnswerHandling):
    """How `Uploader` sends one chunk (see the module docstring)."""

    async def _send(self, work: Work) -> None:
        """One request for `work`, noted in the journal before it leaves; its answer applied."""
        request, sent_rows = self._build_request(work)
        work.attempts += 1
        await self._note_leaving(work)
        started = self._clock.monotonic()
        response = await self._post(work, request)
        if response is None:
            return  # failed in transit: already retried, failed or stopping the job
        latency = self._clock.monotonic() - started
        self._note_latency(latency)
        log.debug(
            "chunk %s attempt %s: %s %s in %.0f ms",
            work.plan.no,
            work.attempts,
            request.path,
            response.status_code,
            latency * 1000,
        )
        result = self.destination.parse_response(
            response.status_code, response.headers, response.content, LazyRecords(sent_rows)
        ).redacted(self._redact)  # server text is stored and shown: never with the key in it
        await self._apply(work, sent_rows, result, response.headers, latency)

    def _build_request(self, work: Work) -> tuple[PreparedRequest, Sequence[JournalRow]]:
        """The request for this chunk's rows (same key on every attempt) and the rows in the
        order the request carries them."""
        dest = self.destination
        key = work.plan.idem_key
        raw_builder = getattr(dest, "build_request_raw", None)
        if raw_builder is not None:
            # The stored JSON goes on the wire as is: no decode and re-encode per row.
            request = raw_builder(
                [r.raw for r in work.rows], api_key=self._api_key, idempotency_key=key
            )
        else:
            request = dest.build_request(
                [r.record for r in work.rows], api_key=self._api_key, idempotency_key=key
            )
        order = request.sent_order
        sent_rows = (
            work.rows if order == identity_order(len(work.rows)) else [work.rows[i] for i in order]
        )
        return request, sent_rows

    async def _note_leaving(self, work: Work) -> None:
        """In the journal before it leaves: a crash from here on still counts this request,
        and the next run knows whether its answer may be lost (receipts stay true)."""
        # The server may hold these rows already (without server-side dedupe, twice now).
        resent = len(work.rows) if work.answer_lost else 0
        retry = work.attempts > 1
        noted = self._note_send(work.plan.pk, retry, resent)
        try:
            await asyncio.shield(noted)
        except asyncio.CancelledError:
            # Cancelled before it left: once the note is in the journal, take it back.
            noted.add_done_callback(lambda f: self._unnote_send(f, work.plan.pk, retry, resent))
            raise
        work.sent_once = True
        work.answer_lost = False
        self._total_requests += 1
        if work.attempts > 1:
            self._total_retries += 1

    async def _post(self, work: Work, request: PreparedRequest) -> httpx.Response | None:
        """The request on the least busy pool; None when it failed in transit (handled here:
        the same payload goes again, its rows fail, or the job stops)."""
        shard = min(range(len(self._clients)), key=self._client_load.__getitem__)
        self._client_load[shard] += 1
        work.on_wire = True
        try:
            try:
                return await self._clients[shard].request(
                    request.method,
                    self.base_url + request.path,
                    content=request.body,
                    headers=request.headers,
                )
            finally:
                work.on_wire = False
                self._client_load[shard] -= 1
        except httpx.ConnectTimeout:
            await self._transient(
                work,
                None,
                f"could not connect within {self.settings.connect_timeout:g} s",
                unreachable=True,
            )
        except httpx.TimeoutException as exc:
            # A read timeout comes after the whole request went out: it may have been stored.
            work.answer_lost = isinstance(exc, httpx.ReadTimeout)
            self.concurrency.on_throttle()
            await self._transient(
                work, None, f"no answer within the timeout ({self._timeout_words()})"
            )
        except httpx.TransportError as exc:
            await self._connection_failed(work, exc)
        return None

    async def _connection_failed(self, work: Work, exc: httpx.TransportError) -> None:
        """A broken or refused connection: the job stops for a certificate problem or a
        plain-HTTP server; otherwise the same payload goes again."""
        if self.base_url.startswith("https://") and plain_http_answer(exc):
            raise StopUpload("stopped", plain_http_words(self.base_url)) from None
        tls = tls_problem(exc, self.base_url)
        if tls:
            raise StopUpload("stopped", tls) from None
        log.debug("chunk %s attempt %s: %s", work.plan.no, work.attempts, network_words(exc))
        # Broken while waiting for the answer (not while connecting or writing): maybe stored.
        work.answer_lost = isinstance(exc, (httpx.ReadError, httpx.RemoteProtocolError))
        await self._transient(
            work,
            None,
            f"connection problem: {network_words(exc)}",
            unreachable=isinstance(exc, httpx.ConnectError),
        )

    def _make_clients(self) -> list[httpx.AsyncClient]:
        """A few small connection pools sharing one TLS context (see CONNECTIONS_PER_CLIENT)."""
        s = self.settings
        timeout = httpx.Timeout(
            connect=s.connect_timeout,
            read=s.read_timeout,
            write=s.write_timeout,
            pool=s.pool_timeout,
        )
        total = max(1, s.max_concurrency)
        shards = -(-total // CONNECTIONS_PER_CLIENT)
        per_shard = -(-total // shards)
        tls = self._tls_context()  # one context (one CA bundle load) shared by every shard
        return [
            transport.async_client(
                self.base_url,
                timeout=timeout,
                limits=httpx.Limits(max_connections=per_shard, max_keepalive_connections=per_shard),
                headers={"User-Agent": f"Backfill/{__version__}"},
                verify=tls,
            )
            for _ in range(shards)
        ]

    def _tls_context(self) -> ssl.SSLContext:
        """Verification always on; decided with the proxies in `app.core.transport`."""
        return transport.tls_context(self.base_url)
