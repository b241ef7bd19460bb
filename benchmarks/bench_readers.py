"""Reading an N-row plan sheet from each file kind, against the library's own read.

    python benchmarks/bench_readers.py --actions 2000 [--kinds xlsx,csv]

Each figure is `read_grid` (sniffing, caps, the grid with its merges and styles)
over the floor of the bare library read of the same file: python-calamine's
`to_python()` for .xls and .ods, the csv module for .csv, python-docx's cell texts
for .docx. The .xls and .ods files are made by LibreOffice (skipped without it).

Two more .xlsx lines read the import benchmark's sheet (bench_import.big_sheet: bold
filled section rows, merged cells, colour-only statuses): as openpyxl writes it (inline
strings) and as LibreOffice saves it again (shared strings, the way Excel writes), each
over python-calamine reading its values.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DATA, interleaved, line


def _rows(actions: int) -> list[list[object]]:
    rows: list[list[object]] = [["Priority", "Action", "Lead", "Partners", "Status", "%", "Due"]]
    for n in range(actions):
        if n % 25 == 0:
            rows.append([f"PRIORITY {n // 25 + 1}: Theme {n // 25 + 1}"])
        rows.append(
            [None, f"Action {n + 1} for newcomers", f"Partner {n % 40}",
             f"Partner {(n + 1) % 40}; Partner {(n + 2) % 40}", "On track", n % 101,
             date(2025 + n % 3, 1 + n % 12, 1)]
        )  # fmt: skip
    return rows


def _files(actions: int) -> dict[str, Path]:
    import openpyxl

    folder = DATA / f"readers{actions}"
    folder.mkdir(parents=True, exist_ok=True)
    rows = _rows(actions)
    source = folder / "plan.xlsx"
    if not source.exists():
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(source)
    files = {"xlsx": source}
    if shutil.which("soffice"):
        for kind in ("xls", "ods"):
            target = folder / f"plan.{kind}"
            if not target.exists():
                profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
                subprocess.run(
                    ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                     "--convert-to", kind, str(source), "--outdir", str(folder)],
                    check=True, capture_output=True, timeout=300,
                )  # fmt: skip
                shutil.rmtree(profile, ignore_errors=True)
            files[kind] = target
    text = folder / "plan.csv"
    if not text.exists():
        out = io.StringIO()
        csv.writer(out, delimiter=";").writerows(rows)
        text.write_bytes(out.getvalue().encode("cp1252"))
    files["csv"] = text
    word = folder / "plan.docx"
    if not word.exists():
        import docx

        document = docx.Document()
        document.add_heading("Action plan", level=2)
        table = document.add_table(rows=len(rows), cols=7)
        for r, row in enumerate(rows):
            cells = table.rows[r].cells
            for c, value in enumerate(row):
                if value is not None:
                    cells[c].text = str(value)
        document.save(str(word))
    files["docx"] = word
    return files


def _styled_files(actions: int) -> dict[str, Path]:
    """The import benchmark's styled sheet, and LibreOffice's shared-strings copy of it."""
    from benchmarks.bench_import import big_sheet

    source = big_sheet(actions)
    files = {"xlsx styled": source}
    if shutil.which("soffice"):
        folder = DATA / f"readers{actions}" / "libreoffice"
        target = folder / source.name
        if not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
            subprocess.run(
                ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                 "--convert-to", "xlsx", str(source), "--outdir", str(folder)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip
            shutil.rmtree(profile, ignore_errors=True)
        files["xlsx styled, shared strings"] = target
    return files


def _floor(kind: str, path: Path) -> object:
    if kind.startswith(("xls", "ods")):
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(str(path))
        return [book.get_sheet_by_name(n).to_python() for n in book.sheet_names]
    if kind == "csv":
        return list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252")), delimiter=";"))
    import docx

    return [[c.text for c in row.cells] for t in docx.Document(str(path)).tables for row in t.rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument(
        "--kinds", default="", help="only these kinds, comma-separated (xlsx: its styled lines too)"
    )
    args = parser.parse_args()
    wanted = tuple(k for k in args.kinds.split(",") if k)
    from lipplanner.core.reports.readers import read_grid

    files = _files(args.actions)
    if not wanted or "xlsx" in wanted:
        files.update(_styled_files(args.actions))
    for kind, path in files.items():
        if wanted and kind.split()[0] not in wanted:
            continue
        subject, floor = interleaved(
            lambda p=path: read_grid(p), lambda k=kind, p=path: _floor(k, p)
        )
        print(line(f"read_grid {kind}, {args.actions} actions", subject, "s", floor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
