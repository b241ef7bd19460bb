"""A long session survives PySide6 6.12's dropped references to None and True."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What an evening of editing does, compressed: void Qt calls (each drops a reference to
# None on Python 3.11) and signals delivered to Python slots (each drops one to True),
# 20,000 of each — about four times what None holds when the app starts.
SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from lipplanner.ui.application import make_application
app = make_application()
from PySide6.QtWidgets import QLineEdit
edit = QLineEdit()
seen = []
edit.textChanged.connect(seen.append)
for n in range(20000):
    edit.setText(str(n))
app.processEvents()
print(len(seen))
"""


def test_a_long_session_does_not_abort() -> None:
    # A fresh interpreter: this test process is already guarded by the conftest.
    done = subprocess.run(
        [sys.executable, "-c", SESSION], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["20000"]


def test_the_guard_is_applied_once() -> None:
    from lipplanner.ui.refcounts import guard_singleton_refcounts

    before = sys.getrefcount(None)
    guard_singleton_refcounts()  # the conftest did it already
    assert abs(sys.getrefcount(None) - before) < 1000
