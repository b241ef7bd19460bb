"""When Python's cyclic garbage collector may run in the GUI process.

Start-up allocates some 90,000 objects that live as long as the process (modules,
classes, PySide6's wrappers, SQLAlchemy's constructs, the plan's picture) and frees few:
the collector's default thresholds scan the survivors again and again for almost nothing
to collect (0.17 s of the CPU of a 2,000-action start-up on the loaded shared machine,
best of 8: 1.23 s against 1.07 s held). Collection resumes once the first plan is shown,
or a few seconds after start when none is opened; objects are still freed by their
reference counts meanwhile, only cycles wait.

While a worker thread runs Python (the report export) collection is held off too: a
collection runs in whichever thread happens to allocate, and a Qt object of the GUI
thread freed from another thread leaves its timers registered behind it; the next tick
then lands on freed memory and the process dies.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer

# Resume even if no plan is opened (the welcome page, a dialog at start).
LONGEST_HOLD_MS = 5_000
# Start-up's survivors back among the collected ones, once the window is up and idle.
UNFREEZE_MS = 10_000

_START_UP = "start-up"
_WORKER = "worker thread"

_holds: Counter[str] = Counter()
_restore = True  # whether collection was on when the first hold began


def _hold(reason: str) -> None:
    global _restore
    if not _holds:
        _restore = gc.isenabled()
        gc.disable()
    _holds[reason] += 1


def _release(reason: str) -> None:
    if not _holds[reason]:
        return
    _holds[reason] -= 1
    if not _holds[reason]:
        del _holds[reason]
    if not _holds and _restore:
        gc.enable()


def hold() -> None:
    """Hold collection off from now until `resume()` (or LONGEST_HOLD_MS at most, once
    the event loop runs). For the process that starts the application, not for one
    embedding it (a test session, which keeps its own collector)."""
    if holding() or not gc.isenabled():
        return
    _hold(_START_UP)
    QTimer.singleShot(LONGEST_HOLD_MS, resume)


def resume() -> None:
    """Start-up is over: collect as usual from now on, once no worker thread runs (a
    no-op if nothing was held).

    What start-up made is frozen first: all of it was allocated while collection was
    off, so the first collection after would walk it as if it were young (31 ms at
    2,000 actions, 66 ms at 20,000, before the plan is painted). It rejoins the old
    generation once the window is up, where only the rare full collections see it."""
    if not holding():
        return
    gc.freeze()
    _release(_START_UP)
    QTimer.singleShot(UNFREEZE_MS, gc.unfreeze)


def holding() -> bool:
    """True while start-up holds collection off."""
    return _START_UP in _holds


@contextmanager
def only_in_this_thread() -> Iterator[None]:
    """For the GUI thread while it runs a worker thread: no cycle is collected until the
    block ends, so none is collected in the worker. The GUI thread's own cycles wait too;
    reference counts free everything else as usual."""
    _hold(_WORKER)
    try:
        yield
    finally:
        _release(_WORKER)
