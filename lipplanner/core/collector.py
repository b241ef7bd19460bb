"""Pausing Python's cyclic garbage collector while a bulk of plain values is built.

Each few hundred new container objects set off a collection, and every tenth of those
walks older generations too: building a 20,000-action plan view or reading a big
sheet makes some hundred thousand objects, none in a cycle, and the collector's walks
over the growing heap cost a third of the build. Reference counting still frees
everything as usual; only the search for cycles waits until the build is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
