"""Exporting a report while the session holds garbage Qt objects does not crash the app.

The report is written in a worker thread. Had Python's cycle collector run there, a
context left in a reference cycle would be freed from the wrong thread: Qt cannot stop
its timers from there, and their next tick reads freed memory (a segmentation fault,
seconds after the export). This runs in a fresh interpreter: a crash takes only it down.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lipplanner.core.db import PlanDatabase
from lipplanner.ui import collection
from lipplanner.ui.context import PlanContext

ROOT = Path(__file__).resolve().parents[2]

SESSION = """
import gc, os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from lipplanner.ui.application import make_application
app = make_application()
from lipplanner.ui import collection
collection.resume()  # start-up is over: collect as usual
from PySide6.QtCore import QEventLoop, QTimer
from lipplanner.core.db import open_plan
from lipplanner.core.periods import Period
from lipplanner.core.reports import progress_report
from lipplanner.ui.context import OUTSIDE_CHECK_MS, PlanContext
from lipplanner.ui.dialogs import export_report

plan, target = Path(sys.argv[1]), Path(sys.argv[2])
db = open_plan(plan)
context = PlanContext(db, period=Period(2026, 2))
write = progress_report.export_progress_report

def export_that_allocates(*args):
    if gc.isenabled():  # what the worker's own allocations set off sooner or later
        gc.collect()
    return write(*args)

progress_report.export_progress_report = export_that_allocates
gc.set_threshold(10**9)  # no other collection: the test says which thread collects
for _ in range(5):
    forgotten = PlanContext(db)
    forgotten.itself = forgotten  # a cycle, as a closed dialog's slots often make
del forgotten
choice = export_report.ExportChoice(Period(2026, 2), "en", target, "Tester", False)
assert export_report.run_export(None, context, choice) == target
assert gc.isenabled(), "collection is back once the export is over"

def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

wait(2 * OUTSIDE_CHECK_MS)  # the forgotten contexts' watch timers tick here
gc.collect()  # in the GUI thread, as it should be
wait(2 * OUTSIDE_CHECK_MS)
db.close()
print("exported", target.stat().st_size > 0)
"""


def test_an_export_with_garbage_qt_objects_around_does_not_crash(
    riverside_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.xlsx"
    done = subprocess.run(
        [sys.executable, "-c", SESSION, str(riverside_file), str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split() == ["exported", "True"]
    assert "Timers cannot be stopped from another thread" not in done.stderr


def test_a_closed_plan_leaves_no_timer_running(qapp: QApplication, riverside: PlanDatabase) -> None:
    """Nothing is watched or settled after close, so nothing ticks on a freed context."""
    context = PlanContext(riverside)
    timers = context.findChildren(QTimer)
    assert any(timer.isActive() for timer in timers)  # the outside-writes watch
    riverside.close()
    assert not any(timer.isActive() for timer in timers)


def test_start_up_ending_during_an_export_does_not_let_the_worker_collect(
    qapp: QApplication,
) -> None:
    assert gc.isenabled()
    try:
        collection.hold()
        with collection.only_in_this_thread():
            collection.resume()  # the first plan is up, the export still runs
            assert not gc.isenabled()
        assert gc.isenabled() and not collection.holding()
    finally:
        collection.resume()
        gc.enable()
