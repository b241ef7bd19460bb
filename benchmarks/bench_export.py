"""Report export on a big synthetic plan, against openpyxl writing the same cells bare.

    python benchmarks/bench_export.py [--actions 2000] [--also-20000] [--repeat 3]

The floor is measured in the same run: openpyxl writing the same number of cells per
sheet (same sheet count, values only, no formatting) to a file. Loading the plan from
the database is timed on its own line: the floor has no counterpart for it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def big_plan(actions: int) -> Path:
    """The synthetic plan of `actions` actions, built once and kept in benchmarks/data/."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"big-{actions}.lip"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "lipplanner", "demo", str(path), "--actions", str(actions)],
            check=True,
            cwd=ROOT,
        )
    return path


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def floor_writer(shape: list[tuple[str, int, int]], target: Path) -> Callable[[], None]:
    """openpyxl writing `rows × columns` plain values on each sheet, nothing else."""

    def write() -> None:
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for name, rows, columns in shape:
            ws = wb.create_sheet(name)
            values = [f"text {c}" if c % 2 else c for c in range(columns)]
            for _ in range(rows):
                ws.append(values)
        wb.save(target)

    return write


def measure(actions: int, repeat: int) -> None:
    from openpyxl import load_workbook

    from lipplanner.core.db import open_plan
    from lipplanner.core.periods import Period
    from lipplanner.core.reports.progress_report import ReportOptions, export_progress_report
    from lipplanner.core.services.plan_view import load_plan_view

    path = big_plan(actions)
    db = open_plan(path, read_only=True)
    period = Period(2026, 2)
    try:
        load = best_of(repeat, lambda: load_plan_view(db, period))
        view = load_plan_view(db, period)
    finally:
        db.close()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.xlsx"
        export = best_of(
            repeat, lambda: export_progress_report(view, report, ReportOptions("en", "Bench"))
        )
        wb = load_workbook(report, read_only=True)
        shape = [(ws.title, ws.max_row or 0, ws.max_column or 0) for ws in wb.worksheets]
        wb.close()
        cells = sum(rows * columns for _, rows, columns in shape)
        floor = best_of(repeat, floor_writer(shape, Path(folder) / "floor.xlsx"))
    name = f"export_{actions}"
    print(f"{name}: {export:.2f} s ({export / floor:.1f}× floor {floor:.2f} s; {cells:,} cells)")
    print(f"load_view_{actions}: {load:.2f} s (loading the plan for the report, no floor)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actions", type=int, default=2000, help="plan size (default 2000)")
    parser.add_argument("--also-20000", action="store_true", help="also measure 20,000 actions")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    args = parser.parse_args(argv)
    sizes = [args.actions] + ([20_000] if args.also_20000 and args.actions != 20_000 else [])
    for size in sizes:
        measure(size, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
