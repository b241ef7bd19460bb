"""Quitting: Ctrl+Q on a plan whose every view has been visited, timed until the window
is off the screen and until the process has ended (what the coordinator waits for
before reopening the plan or shutting the computer down).

    python benchmarks/bench_quit.py [--repeat 5] [--plan demo|big] [--tree DIR]

`--tree` times another checkout (a `git archive` of an older commit) in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, big_plan, compile_tree

# Runs inside the app's own start-up (`lipplanner.app.main`), so the quit is the app's.
CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import lipplanner.ui.main_window as main_window

shown = main_window.MainWindow.show

class Hidden(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Hide and isinstance(watched, main_window.MainWindow):
            print("hidden", time.time(), flush=True)
        return False

hidden = Hidden()

def show(window):
    shown(window)
    window.installEventFilter(hidden)
    def visit():
        for entry in window._entries:
            window.show_view(entry.key)
            QApplication.processEvents()
        window.show_view("plan")
        QApplication.processEvents()
        print("quit", time.time(), flush=True)
        window.quit_action.trigger()
    QTimer.singleShot(500, visit)

main_window.MainWindow.show = show
from lipplanner.app import main
sys.exit(main(sys.argv[1:]))
"""


def quit_once(tree: Path, plan_args: list[str], profile: str) -> tuple[float, float]:
    """(seconds until the window hid, seconds until the process ended) after Ctrl+Q."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(tree),
        "HOME": profile,
        "XDG_CONFIG_HOME": profile,
        "XDG_DATA_HOME": profile,
    }
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, *plan_args],
        cwd=tree,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    times: dict[str, float] = {}
    for line in process.stdout:
        name, _, when = line.partition(" ")
        if name in ("quit", "hidden"):
            times[name] = float(when)
    process.wait()
    ended = time.time()
    return times["hidden"] - times["quit"], ended - times["quit"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--plan", choices=("demo", "big"), default="demo")
    parser.add_argument("--tree", type=Path, action="append", default=[])
    options = parser.parse_args()
    trees = [*options.tree, ROOT]
    for tree in trees:
        compile_tree(tree)
    plan_args = ["--demo"] if options.plan == "demo" else [str(big_plan())]
    results: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
    for _ in range(options.repeat):  # interleaved: every tree sees the same load
        for tree in trees:
            with tempfile.TemporaryDirectory(prefix="lipplanner-bench-quit-") as profile:
                results[tree].append(quit_once(tree, plan_args, profile))
    for tree, runs in results.items():
        hidden = statistics.median(r[0] for r in runs)
        ended = statistics.median(r[1] for r in runs)
        best = min(r[1] for r in runs)
        print(
            f"{tree}: window hidden {hidden:.3f} s, process ended {ended:.3f} s "
            f"(median of {len(runs)}; best {best:.3f} s)"
        )


if __name__ == "__main__":
    main()
