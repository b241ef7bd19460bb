"""Keep PySide6 6.12 from killing a long session on Python 3.11.

PySide6 6.12 assumes the immortal `None`, `True` and `False` of Python 3.12+: on 3.11
each call of a Qt method that returns nothing (`setText`, `show`, `processEvents`, …)
drops one reference to `None` it never took, and a signal delivered to a Python slot
drops one to `True`. `None` starts with about 5,000 references, so a few thousand such
calls (an evening of editing, or one long test run) end in "Fatal Python error:
none_dealloc" and the window vanishes with unsaved work. Lifting the three counts far
out of reach does on 3.11 what 3.12 does for every program: they are static objects,
never freed, so a larger count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 dropped references: years of calls, and still far from the 64-bit limit.
_LIFT = 1 << 40


def guard_singleton_refcounts() -> None:
    """Lift the reference counts of None, True and False once (later calls do nothing;
    nothing to do on Python 3.12+, where they are immortal)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _LIFT // 2:
        return
    for singleton in (None, True, False):
        # ob_refcnt is the object's first field in CPython's (non-debug) layout.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _LIFT
