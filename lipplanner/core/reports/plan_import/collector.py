"""Python's cycle collector held off while a plan is read.

Reading a big sheet allocates hundreds of thousands of small tuples and objects that
live until the preview is dropped; the collector, counting them, stops the import
again and again to look for cycles that are not there (on the benchmark's 2,000
actions its full passes took ~55 ms, about as long as the rest of the import). Objects
are still freed by reference counting; the collector resumes, on its own schedule,
when the outermost reading step ends, whether it ended well or not.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


def collector_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function` run with the cycle collector off, unless someone else turned it off
    (then it is theirs to turn on: nested and concurrent steps leave it as they found it)."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
