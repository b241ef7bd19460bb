"""Pausing Python's cyclic garbage collector while a bulk of plain values is built.

Each few hundred new container objects set off a collection, and every tenth of those
walks older generations too: building a 20,000-action plan view or reading a big
sheet makes some hundred thousand objects, none in a cycle, and the collector's walks
over the growing heap cost a third of the build. Reference counting still frees
everything as usual; only the search for cycles waits until the build is done.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the block (as it was, after; nesting is safe)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def collector_paused_in(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function` run with the cyclic collector off, as `collector_paused` does. A
    decorator of its own because it turns the collector off before allocating anything:
    creating the context manager's generator can itself set off one last collection."""

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
