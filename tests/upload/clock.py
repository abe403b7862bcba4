"""A manual clock for pacing tests: sleeping advances time instantly."""

from __future__ import annotations


class ManualClock:
    """Implements app.core.ratelimit.Clock; `sleep` moves time forward and yields once."""

    def __init__(self, start: float = 1000.0, wall: float = 1_700_000_000.0) -> None:
        self.now = start
        self.wall_offset = wall - start
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now + self.wall_offset

    def advance(self, seconds: float) -> None:
        self.now += seconds

    async def sleep(self, seconds: float) -> None:
        import asyncio

        self.slept.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)
