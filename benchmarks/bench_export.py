"""Report export on a big synthetic plan, against openpyxl writing the same cells bare.

    python benchmarks/bench_export.py [--actions 2000] [--also-20000] [--repeat 3]

The floor is measured in the same run, alternating with the export so both see the
same machine load: openpyxl writing the very values of the report (same sheets, same
cells, no styles, widths, chart or print settings) to a file. Reading the plan from
the database is timed on its own line; the floor has no counterpart for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import big_plan


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def line(name: str, value: float, unit: str, floor: float | None = None) -> str:
    """`export_2000: 1.84 s (1.60× floor 1.15 s)`."""
    text = f"{name}: {value:.3g} {unit}"
    if floor:
        text += f" ({value / floor:.2f}× floor {floor:.3g} {unit})"
    return text


def report_values(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet of a workbook as plain rows of values."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [(ws.title, [tuple(row) for row in ws.iter_rows(values_only=True)]) for ws in wb]
    finally:
        wb.close()


def floor_writer(
    sheets: list[tuple[str, list[tuple[Any, ...]]]], target: Path
) -> Callable[[], None]:
    """openpyxl writing the same values, nothing else."""

    def write() -> None:
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in sheets:
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(target)

    return write


def measure(actions: int, repeat: int) -> None:
    from lipplanner.core.db import open_plan
    from lipplanner.core.periods import Period
    from lipplanner.core.reports.progress_report import ReportOptions, export_progress_report
    from lipplanner.core.services.plan_view import load_plan_view

    path = big_plan(actions)
    period = Period(2026, 2)
    db = open_plan(path, read_only=True)
    try:
        load = min(timed(lambda: load_plan_view(db, period)) for _ in range(repeat))
        view = load_plan_view(db, period)
    finally:
        db.close()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.xlsx"

        def export() -> None:
            export_progress_report(view, report, ReportOptions("en", "Benchmark"))

        export()
        sheets = report_values(report)
        # Values read back come without the sanitising the report does: keep them text.
        sheets = [
            (
                t,
                [
                    tuple(v[1:] if isinstance(v, str) and v.startswith("=") else v for v in r)
                    for r in rows
                ],
            )
            for t, rows in sheets
        ]
        floor = floor_writer(sheets, Path(folder) / "floor.xlsx")
        subject_times, floor_times = [], []
        for _ in range(repeat):
            floor_times.append(timed(floor))
            subject_times.append(timed(export))
    cells = sum(len(row) for _title, rows in sheets for row in rows)
    print(
        line(f"export_{actions}", min(subject_times), "s", min(floor_times)) + f"; {cells:,} cells"
    )
    print(line(f"export_load_view_{actions}", load, "s") + " (reading the plan, no floor)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
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
