"""One edit through the undo stack until the visible view has repainted, on the big plan.

In each of the Plan, Actions and Progress entry views, with the real main window
offscreen: an action's title edited, its status and percent edited, and its progress
update for the quarter saved — each pushed on the undo stack, then undone, then
redone, timed from the call until the events are processed and the view repainted.
The floor is the same repaint with no change. Figures are medians of `--repeat`.

    python benchmarks/bench_edit.py [--actions 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import big_plan, guard_none_refcount, line

PROFILE = tempfile.mkdtemp(prefix="lipplanner-bench-")
ENV = {"HOME": PROFILE, "XDG_CONFIG_HOME": PROFILE, "XDG_DATA_HOME": PROFILE}
VIEWS = ("plan", "actions", "progress_entry")
EDITS = ("title", "status", "progress")
STEPS = ("push", "undo", "redo")


def measure(plan: Path, repeat: int) -> tuple[dict[tuple[str, str, str], float], float]:
    """{(view, edit, step): median seconds}, and the repaint floor's median."""
    os.environ.update(ENV, QT_QPA_PLATFORM="offscreen")
    guard_none_refcount()
    from PySide6.QtCore import QItemSelectionModel

    from lipplanner.core.periods import Period
    from lipplanner.ui.application import make_application
    from lipplanner.ui.main_window import MainWindow
    from lipplanner.ui.undo import EditCommand, push_command
    from lipplanner.ui.views.progress_entry import SaveUpdateCommand

    app = make_application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    work = Path(PROFILE) / plan.name  # a copy: the edits must not change the shared plan
    shutil.copyfile(plan, work)
    assert window.open_plan(str(work))
    context = window.context
    assert context is not None
    if context.period.quarter is None:
        context.set_period(Period(context.period.year, 2))
    app.processEvents()

    results: dict[tuple[str, str, str], float] = {}
    floors: list[float] = []
    for offset, key in enumerate(VIEWS):
        window.show_view(key)
        app.processEvents()
        shown = window.current_view(key)
        assert shown is not None

        def settle(shown: object = shown) -> None:
            app.processEvents()
            shown.repaint()  # type: ignore[attr-defined]

        def timed(step: Callable[[], object], settle: Callable[[], None] = settle) -> float:
            start = time.perf_counter()
            step()
            settle()
            return time.perf_counter() - start

        view = context.view()
        if key == "progress_entry":
            action_id = shown._action_id  # type: ignore[attr-defined]
        else:
            action_id = view.ordered_actions[len(view.ordered_actions) // 2].id
            index = shown.index_of("action", action_id)  # type: ignore[attr-defined]
            shown.view_widget.selectionModel().setCurrentIndex(  # type: ignore[attr-defined]
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            shown.view_widget.scrollTo(index)  # type: ignore[attr-defined]
        assert action_id is not None
        settle()
        statuses = sorted(view.statuses)
        for _ in range(repeat):
            floors.append(timed(lambda: None))

        for edit in EDITS:
            timings: dict[str, list[float]] = {step: [] for step in STEPS}
            for n in range(repeat):
                if edit == "title":
                    command = EditCommand(
                        context, "action", action_id, {"title_en": f"Edited {key} {n}"}, "bench"
                    )
                elif edit == "status":
                    command = EditCommand(
                        context,
                        "action",
                        action_id,
                        {
                            "status_id": statuses[n % len(statuses)],
                            "percent_complete": 10 + n + 20 * offset,
                        },
                        "bench",
                    )
                else:
                    values = {
                        "status_id": statuses[n % len(statuses)],
                        "percent_complete": 15 + n + 20 * offset,
                        "outputs": f"Outputs {n}",
                        "successes": "",
                        "challenges": "",
                        "next_steps": "",
                        "reported_by": "Bench",
                        "reported_on": context.period.end,
                    }
                    command = SaveUpdateCommand(context, action_id, context.period, values, "bench")
                # Each view edits with its own values: a save equal to what is stored
                # would change nothing and leave the undo stack alone.
                timings["push"].append(
                    timed(lambda command=command: push_command(context, command))
                )
                assert command.error is None, command.error
                timings["undo"].append(timed(context.undo_stack.undo))
                timings["redo"].append(timed(context.undo_stack.redo))
            for step in STEPS:
                results[key, edit, step] = statistics.median(timings[step])
    window.close_plan()
    return results, statistics.median(floors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results, floor = measure(big_plan(args.actions), args.repeat)
    n = args.actions
    for (view, edit, step), value in results.items():
        print(line(f"edit_{view}_{edit}_{step}_{n}", value * 1000, "ms", floor * 1000))
    # As bench_gui: skip the interpreter teardown that PySide6 can crash in.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
