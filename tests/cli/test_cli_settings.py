"""The CLI's engine settings: a faster, still adaptive start where no limit is published."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from app.cli.run import OPEN_START_CONCURRENCY, cli_settings
from app.core.destinations import get_destination
from app.core.ratelimit import AdaptiveConcurrency
from app.core.uploader import UploadSettings
from tests.upload.clock import ManualClock


def test_no_published_limit_starts_one_round_further_and_stays_adaptive() -> None:
    destination = get_destination("vibefollow-events")
    assert destination.rate_limit is None
    s = cli_settings(destination, None)
    defaults = UploadSettings()
    assert s.initial_concurrency == OPEN_START_CONCURRENCY == 2 * defaults.initial_concurrency
    assert (s.min_concurrency, s.max_concurrency) == (1, defaults.max_concurrency)


def test_a_published_limit_keeps_the_default_start() -> None:
    destination = get_destination("flokit-events")
    assert destination.rate_limit is not None
    assert cli_settings(destination, None) == UploadSettings()


def test_concurrency_option_is_fixed() -> None:
    s = cli_settings(get_destination("vibefollow-events"), 5)
    assert (s.initial_concurrency, s.min_concurrency, s.max_concurrency) == (5, 5, 5)


def test_the_open_start_still_backs_off_at_the_first_throttle() -> None:
    s = cli_settings(get_destination("vibefollow-events"), None)
    aimd = AdaptiveConcurrency(
        s.initial_concurrency, s.min_concurrency, s.max_concurrency, clock=ManualClock()
    )
    aimd.on_throttle()
    assert aimd.limit == OPEN_START_CONCURRENCY // 2
    aimd.on_success(0.1)
    assert aimd.limit == OPEN_START_CONCURRENCY // 2  # slow start is over: no doubling


def test_cheap_exit_keeps_exit_handlers_and_output() -> None:
    code = textwrap.dedent(
        """
        import atexit, sys
        from app.cli import run
        run._cheap_exit(); run._cheap_exit()
        atexit.register(lambda: print("handler ran", flush=True))
        sys.stdout.write("buffered")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "bufferedhandler ran\n"
