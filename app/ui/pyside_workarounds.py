"""Work-arounds for bugs in the Qt binding that would otherwise crash the app.

PySide6 6.12.0 returns the bool result of `SignalInstance.emit()` and `.disconnect()` without
a reference of its own, so every call from Python takes one reference away from True or
False — and the None of every call to a method returning nothing (`setText`, `processEvents`
…). On Python 3.11, where these are ordinary counted objects, a long session (or test run)
drives a count to zero: Python frees the object and dies ("bool_dealloc", "none_dealloc"), or
the garbage collector segfaults in whatever thread it runs. Python 3.12 made them immortal;
here they are given the same kind of headroom. pyproject.toml keeps 6.12.0 out; this stays as
the guard for an environment that has it anyway (a bundle, a distribution's package).
"""

from __future__ import annotations

import ctypes
import sys

# References added to True and False: far more than any session can lose (the loss is one
# per signal emitted), and far below the overflow of a 64-bit count.
HEADROOM = 1 << 40


def immortalise_singletons() -> None:
    """Give True, False and None enough references that the stolen ones can never free them."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # immortal already
    for value in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < HEADROOM // 2:  # once per process
            count.value += HEADROOM
