"""Start-up and `summary` of two versions of the app, with their floors, in one run.

Floor, before and after are interleaved (best of N each) so all three see the same load
on a shared machine. Each tree is a plain copy of a commit:

    git archive 700afec | tar -x -C /tmp/before
    git archive HEAD | tar -x -C /tmp/after
    python -m benchmarks.compare_startup /tmp/before /tmp/after --repeat 5 3
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_cli_summary import FLOOR as CLI_FLOOR
from benchmarks.bench_gui import APP_STARTUP, ENV, FLOOR_STARTUP
from benchmarks.common import big_plan, compile_tree


def _seconds(args: list[str], tree: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run in a fresh interpreter. On a
    shared machine the CPU time is the steadier figure: waiting for a core is not in it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        cwd=tree,
        env={**ENV, "PYTHONPATH": str(tree)},
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--actions", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--repeat", type=int, nargs="+", default=[5, 3])
    args = parser.parse_args()
    for tree in (args.before, args.after):
        compile_tree(tree)
    for actions, repeat in zip(args.actions, args.repeat, strict=True):
        plan = str(big_plan(actions))
        for name, floor, subject in (
            ("gui_startup", ["-c", FLOOR_STARTUP], ["-c", APP_STARTUP, plan]),
            ("cli_summary", ["-c", CLI_FLOOR, plan], ["-m", "lipplanner", "summary", plan]),
        ):
            best = {label: [float("inf"), float("inf")] for label in ("floor", "before", "after")}
            for _ in range(repeat):
                for label, tree, command in (
                    ("floor", args.after, floor),
                    ("before", args.before, subject),
                    ("after", args.after, subject),
                ):
                    for n, value in enumerate(_seconds(command, tree)):
                        best[label][n] = min(best[label][n], value)
            for n, kind in enumerate(("wall", "cpu")):
                low = best["floor"][n]
                print(
                    f"{name}_{actions} ({kind}): floor {low:.2f} s; "
                    f"before {best['before'][n]:.2f} s ({best['before'][n] / low:.2f}×); "
                    f"after {best['after'][n]:.2f} s ({best['after'][n] / low:.2f}×)",
                    flush=True,
                )


if __name__ == "__main__":
    main()
