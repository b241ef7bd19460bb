"""The GUI on the big plan, each figure beside a floor measured in the same run.

* startup: a fresh process until the big plan is visible in the main window, against
  our stack's floor — a bare PySide6 QMainWindow with one table, plus
  `import sqlalchemy.orm`, shown and painted. Both processes end with `os._exit` once
  painted: freeing a 20,000-action plan's objects at interpreter exit (≈ 0.6 s of CPU,
  against ≈ 0.3 s for the floor) is paid when the coordinator quits, not while waiting;
* filter: one keystroke in the Actions search box until the view has repainted, against
  repainting the same view with no change;
* switch: showing another view (Partners, then back to Actions), and opening an action's
  detail (selecting a row until its form is filled), against the same repaint floor;
* memory: peak RSS of the GUI after visiting every view, against the floor process.

    python benchmarks/bench_gui.py [--actions 2000] [--no-startup]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, big_plan, compile_tree, line

FLOOR_STARTUP = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
import sqlalchemy.orm
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableWidget(50, 8))
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab()
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
os._exit(0)  # timed until the window is visible: not the interpreter's teardown
"""

APP_STARTUP = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from lipplanner.ui.application import make_application
app = make_application()
from lipplanner.ui.main_window import MainWindow
window = MainWindow()
window.resize(1400, 900)
window.show()
assert window.open_plan(sys.argv[1], read_only=True)
app.processEvents()
window.grab()
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
os._exit(0)  # timed until the window is visible: not the interpreter's teardown
"""


# A first-run profile: no remembered window state or last view skews the figures.
PROFILE = tempfile.mkdtemp(prefix="lipplanner-bench-")
ENV = {**os.environ, "HOME": PROFILE, "XDG_CONFIG_HOME": PROFILE, "XDG_DATA_HOME": PROFILE}


def _run(code: str, *args: str) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=ENV,
    )
    return time.perf_counter() - start, int(done.stdout.strip().splitlines()[-1])


def startup(plan: Path, repeat: int) -> tuple[float, float, int, int]:
    app_times, floor_times, app_rss, floor_rss = [], [], 0, 0
    for _ in range(repeat):
        t, floor_rss = _run(FLOOR_STARTUP)
        floor_times.append(t)
        t, app_rss = _run(APP_STARTUP, str(plan))
        app_times.append(t)
    return min(app_times), min(floor_times), app_rss, floor_rss


def in_process(plan: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Filter, switch and detail timings (best of `repeat`), each with the repaint floor."""
    os.environ.update(ENV, QT_QPA_PLATFORM="offscreen")
    from PySide6.QtCore import QItemSelectionModel

    from lipplanner.ui.application import make_application
    from lipplanner.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.open_plan(str(plan), read_only=True)
    window.show_view("actions")
    app.processEvents()
    page = window.current_view("actions")
    table = page.table  # type: ignore[union-attr]

    def settle() -> None:
        app.processEvents()
        table.viewport().repaint()

    def best(action: object) -> float:
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            action()  # type: ignore[operator]
            settle()
            timings.append(time.perf_counter() - start)
        return min(timings)

    floor = best(lambda: None)
    results: dict[str, tuple[float, float]] = {}

    def type_key() -> None:
        page.search.setText("")  # type: ignore[union-attr]
        settle()
        start = time.perf_counter()
        settle()  # the floor, alternating with the keystroke: both see the same load
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        page.search.setText("n")  # type: ignore[union-attr]
        settle()
        typed.append(time.perf_counter() - start)

    typed: list[float] = []
    floors: list[float] = []
    for _ in range(max(repeat, 5)):
        type_key()
    results["filter_keystroke"] = (min(typed), min(floors))

    def narrow() -> None:
        page.search.setText("ne")  # type: ignore[union-attr]

    page.search.setText("n")  # type: ignore[union-attr]
    settle()
    results["filter_second_keystroke"] = (best(narrow), floor)
    page.search.setText("")  # type: ignore[union-attr]
    settle()

    def switch() -> None:
        window.show_view("partners")
        settle()
        window.show_view("actions")

    window.show_view("partners")  # built once, like a user who has visited it
    settle()
    results["switch_views_twice"] = (best(switch), floor)

    rows = table.model().rowCount()
    selection = table.selectionModel()
    picked = iter(range(0, rows, max(1, rows // (repeat + 1))))

    def open_detail() -> None:
        index = table.model().index(next(picked), 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    results["open_action_detail"] = (best(open_detail), floor)
    for key in [e.key for e in window._entries]:
        window.show_view(key)
        settle()
    results["peak_rss_after_every_view"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        0.0,
    )
    window.close_plan()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--no-startup", action="store_true", help="only the in-process figures (quicker)"
    )
    args = parser.parse_args()
    compile_tree()
    plan = big_plan(args.actions)
    n = args.actions
    floor_rss = 0
    if not args.no_startup:
        app_time, floor_time, app_rss, floor_rss = startup(plan, args.repeat)
        print(line(f"gui_startup_{n}", app_time, "s", floor_time))
        print(line(f"gui_startup_peak_rss_{n}", app_rss / 1024, "MB", floor_rss / 1024))
    for name, (value, floor) in in_process(plan, args.repeat).items():
        if name.startswith("peak_rss"):
            print(line(f"gui_{name}_{n}", value, "MB", floor_rss / 1024))
        else:
            print(line(f"gui_{name}_{n}", value * 1000, "ms", floor * 1000))
    # Skip interpreter teardown: PySide6 6.12 can crash while garbage-collecting Qt
    # objects at exit after a 20,000-row session ("none_dealloc"); the figures are out.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
