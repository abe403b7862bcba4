"""The deadline helpers tests wait with: they return on the condition, and fail in words."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests.waiting import until, wait_until


def test_wait_until_returns_once_another_thread_makes_it_true() -> None:
    done = threading.Event()
    threading.Timer(0.05, done.set).start()
    wait_until(done.is_set, timeout=5)
    assert done.is_set()


def test_wait_until_names_what_it_waited_for() -> None:
    with pytest.raises(TimeoutError, match="after 0.05 s for the sandbox to answer"):
        wait_until(lambda: False, timeout=0.05, what="the sandbox to answer")


def test_until_lets_the_loop_run_and_returns_on_the_condition() -> None:
    seen: list[int] = []

    async def scenario() -> None:
        async def work() -> None:
            for i in range(3):
                seen.append(i)
                await asyncio.sleep(0)

        task = asyncio.create_task(work())
        await until(lambda: len(seen) == 3, task=task, timeout=5)
        await task

    asyncio.run(scenario())
    assert seen == [0, 1, 2]


def test_until_fails_at_once_when_the_watched_task_ends_first() -> None:
    async def scenario(work: object) -> None:
        task = asyncio.create_task(work)  # type: ignore[arg-type]
        await until(lambda: False, task=task, timeout=30, what="row 500")

    async def crashes() -> None:
        raise ValueError("the uploader broke")

    async def returns() -> None:
        return None

    with pytest.raises(ValueError, match="the uploader broke"):
        asyncio.run(scenario(crashes()))
    with pytest.raises(AssertionError, match="ended before row 500"):
        asyncio.run(scenario(returns()))


def test_until_times_out_in_words() -> None:
    with pytest.raises(TimeoutError, match="for the first answer"):
        asyncio.run(until(lambda: False, timeout=0.05, what="the first answer"))
