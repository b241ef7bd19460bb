"""Plan import of a big real-looking sheet, against python-calamine reading the same file.

    python benchmarks/bench_import.py [--actions 2000] [--repeat 5]

The sheet is built the way coordinators keep theirs: a title, a colour legend, bold
filled section rows, objectives merged down, status words and colour-only statuses,
timelines as phrases, partner lists. The import is the whole pipeline to the preview
(read with styles and merges, heading, roles, hierarchy, values, build), then writing
the new plan file on its own line. The floor, measured in the same run and alternating
with it, is python-calamine reading the sheet's values (no styles, no merges).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA

STATUSES = ("On track", "Behind", "Complete", None, "Overdue")
TIMELINES = ("2024", "Q2 2025", "2024-2025", "Years 1-2", "Ongoing", "Dec-25")


def big_sheet(actions: int) -> Path:
    """The benchmark's workbook of `actions` action rows, built once and reused."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"import{actions}.xlsx"
    if path.exists():
        return path
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Work plan 2024-2025"
    sheet.append(["Partnership action plan 2024 - 2027"])
    sheet.append(["Legend:", "On track", "Behind", "Overdue"])
    for column, colour in zip((2, 3, 4), ("00B050", "FFFF00", "FF0000"), strict=True):
        sheet.cell(2, column).fill = PatternFill("solid", fgColor=colour)
    sheet.append(["Objective", "Action", "Lead / Partners", "Timeline", "Status", "% complete",
                  "Progress to date"])  # fmt: skip
    bold, band = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    row = 3
    for n in range(actions):
        if n % 50 == 0:
            row += 1
            sheet.append([f"Strategic Direction {n // 50 + 1}: Direction number {n // 50 + 1}"])
            sheet.cell(row, 1).font, sheet.cell(row, 1).fill = bold, band
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        status = STATUSES[n % len(STATUSES)]
        sheet.append(
            [
                f"Objective {n // 5 + 1} for newcomers" if n % 5 == 0 else None,
                f"Action number {n + 1} with a title of usual length",
                f"Partner {n % 40}; Partner {(n + 7) % 40}, Agency {(n + 3) % 40}",
                TIMELINES[n % len(TIMELINES)],
                status,
                (n % 10) / 10,
                "Meetings held with partners; next steps agreed." if n % 3 else None,
            ]
        )
        if status is None:
            sheet.cell(row, 5).fill = PatternFill("solid", fgColor="00B050")
        if n % 5 == 0:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row + 4, end_column=1)
    book.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from python_calamine import CalamineWorkbook

    from lipplanner.core.reports.plan_import import create_plan_file, read_plan_workbook

    path = big_sheet(args.actions)
    preview = read_plan_workbook(path)
    assert len(preview.actions) == args.actions, preview.summary()

    def floor() -> None:
        CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

    imports, floors = [], []
    import time

    for _ in range(args.repeat):  # alternating, so both see the same machine load
        start = time.perf_counter()
        read_plan_workbook(path)
        imports.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor()
        floors.append(time.perf_counter() - start)
    best, base = min(imports), min(floors)
    print(
        f"import_{args.actions}: {best * 1000:.0f} ms "
        f"({best / base:.2f}× floor {base * 1000:.0f} ms, python-calamine reading it)"
    )
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        create_plan_file(preview, Path(folder) / "plan.lip")
        written = time.perf_counter() - start
    print(f"import_{args.actions}_write: {written * 1000:.0f} ms (the new plan file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
