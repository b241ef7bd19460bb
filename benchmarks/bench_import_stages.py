"""The plan import's stages after reading, on their own, against python-calamine reading
the same file (the floor, measured in the same run and alternating with it).

    python benchmarks/bench_import_stages.py [--actions 2000] [--repeat 5] [--kinds xlsx,csv]

`bench_import.py` times the whole import; this one splits what comes after the
reader: detection (heading, column roles, hierarchy, legend, acronym key) and the
build of the preview (values, placement, actions), on a grid read once. Each file
kind's plan (the same one; see `bench_import.py`) is timed against the same floor,
python-calamine reading the .xlsx, so that the kinds compare. It also times the
stages on a sheet of a million empty rows between the plan and its last action
(issue 16: empty rows cost nothing), against building that grid.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_import import _files, big_sheet
from benchmarks.common import line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--kinds", default="xlsx,csv", help="of bench_import's files")
    args = parser.parse_args()
    from python_calamine import CalamineWorkbook

    from lipplanner.core.reports.grid import GridCell, SheetGrid, WorkbookGrid
    from lipplanner.core.reports.plan_import import build_preview, detect, read_workbook_grid

    path = big_sheet(args.actions)
    files = {k: p for k, p in _files(args.actions, args.kinds.split(",")).items() if p}

    def floor() -> None:
        CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

    detects: dict[str, list[float]] = {kind: [] for kind in files}
    builds: dict[str, list[float]] = {kind: [] for kind in files}
    floors: list[float] = []
    for _ in range(args.repeat):  # alternating, so all see the same machine load
        for kind, kind_path in files.items():
            # A new grid each time: the stages remember what they found per sheet.
            grid = read_workbook_grid(kind_path)
            start = time.perf_counter()
            mapping = detect(grid)
            detects[kind].append(time.perf_counter() - start)
            start = time.perf_counter()
            build_preview(grid, mapping)
            builds[kind].append(time.perf_counter() - start)
            start = time.perf_counter()
            floor()
            floors.append(time.perf_counter() - start)
    base = min(floors) * 1000
    for kind in files:
        label = f"import_{args.actions}" + ("" if kind == "xlsx" else f"_{kind}")
        print(line(f"{label}_detect", min(detects[kind]) * 1000, "ms", base))
        print(line(f"{label}_build", min(builds[kind]) * 1000, "ms", base))

    def empty_grid() -> WorkbookGrid:
        def cells(*values: object) -> tuple[GridCell, ...]:
            return tuple(GridCell(v) for v in values)  # type: ignore[arg-type]

        rows = (
            cells("Action", "Lead", "Status"),
            cells("Landlord fair", "City", "Done"),
            *((),) * 1_000_000,
            cells("Tenant guide", "YMCA", "Behind"),
        )
        return WorkbookGrid("empty.xlsx", "xlsx", (SheetGrid("Plan", rows),))

    stages: list[float] = []
    grids: list[float] = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        grid = empty_grid()
        grids.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_preview(grid, detect(grid))
        stages.append(time.perf_counter() - start)
    made = min(grids) * 1000
    print(line("import_empty_rows_stages", min(stages) * 1000, "ms", made) + " (floor: the grid)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
