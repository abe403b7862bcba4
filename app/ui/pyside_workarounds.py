"""Work-arounds for bugs in the Qt binding that would otherwise crash the app.

PySide6 6.12 returns the bool result of `SignalInstance.emit()` and `.disconnect()` without
a reference of its own, so every call from Python takes one reference away from True or
False. On Python 3.11, where True and False are ordinary counted objects, a long session (or
test run) drives the count to zero: Python frees True and dies ("bool_dealloc"), or the
garbage collector segfaults in whatever thread it runs. Python 3.12 made these objects
immortal; here they are given the same kind of headroom.
"""

from __future__ import annotations

import ctypes
import sys

# References added to True and False: far more than any session can lose (the loss is one
# per signal emitted), and far below the overflow of a 64-bit count.
HEADROOM = 1 << 40


def immortalise_bools() -> None:
    """Give True and False enough references that the stolen ones can never free them."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # immortal already
    for value in (True, False):
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < HEADROOM // 2:  # once per process
            count.value += HEADROOM
