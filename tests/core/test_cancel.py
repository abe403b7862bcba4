"""The one cancel idiom of the core: an Event, a callable or None; each work's own Cancelled."""

from __future__ import annotations

import threading

import pytest

from app.core.cancel import Cancelled, cancelled, raise_if_cancelled
from app.core.jobs import PreparationCancelled
from app.core.sources import LoadCancelled


def test_no_request_never_cancels():
    assert not cancelled(None)
    raise_if_cancelled(None)


def test_an_event_cancels_once_set():
    stop = threading.Event()
    assert not cancelled(stop)
    stop.set()
    assert cancelled(stop)
    with pytest.raises(Cancelled, match="cancelled"):
        raise_if_cancelled(stop)


def test_a_callable_is_asked_each_time():
    answers = iter([False, True])
    assert not cancelled(lambda: next(answers))
    assert cancelled(lambda: next(answers))


def test_each_kind_keeps_its_words_and_is_caught_as_one():
    with pytest.raises(LoadCancelled, match="^Loading was cancelled.$"):
        raise_if_cancelled(lambda: True, LoadCancelled)
    with pytest.raises(Cancelled, match="not prepared"):
        raise_if_cancelled(lambda: True, PreparationCancelled)
    assert str(LoadCancelled("Stopped.")) == "Stopped."
