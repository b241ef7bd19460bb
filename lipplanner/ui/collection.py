"""Python's cyclic garbage collector held off while the window and the first plan come up.

Start-up allocates some 90,000 objects that live as long as the process (modules,
classes, PySide6's wrappers, SQLAlchemy's constructs, the plan's picture) and frees few:
the collector's default thresholds scan the survivors again and again for almost nothing
to collect (0.17 s of the CPU of a 2,000-action start-up on the loaded shared machine,
best of 8: 1.23 s against 1.07 s held). Collection resumes once the first plan is shown,
or a few seconds after start when none is opened; objects are still freed by their
reference counts meanwhile, only cycles wait.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

# Resume even if no plan is opened (the welcome page, a dialog at start).
LONGEST_HOLD_MS = 5_000

_held = False


def hold() -> None:
    """Hold collection off from now until `resume()` (or LONGEST_HOLD_MS at most, once
    the event loop runs). For the process that starts the application, not for one
    embedding it (a test session, which keeps its own collector)."""
    global _held
    if _held or not gc.isenabled():
        return
    gc.disable()
    _held = True
    QTimer.singleShot(LONGEST_HOLD_MS, resume)


def resume() -> None:
    """Collect as usual from now on (a no-op if nothing was held)."""
    global _held
    if _held:
        _held = False
        gc.enable()


def holding() -> bool:
    return _held
