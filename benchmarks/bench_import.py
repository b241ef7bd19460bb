"""Plan import of a big real-looking sheet, in every file kind, against the bare read of
the same file.

    python benchmarks/bench_import.py [--actions 2000] [--repeat 5] [--kinds xlsx,docx]

The sheet is built the way coordinators keep theirs: a title, a colour legend, bold
filled section rows, objectives merged down, status words and colour-only statuses,
timelines as phrases, partner lists. The import is the whole pipeline to the preview
(read with styles and merges, heading, roles, hierarchy, values, build), then writing
the new plan file on its own line. The floor, measured in the same run and alternating
with it, is python-calamine reading the sheet's values (no styles, no merges).

The same plan is also imported as .xls and .ods (LibreOffice converts the .xlsx, once;
skipped with a message without soffice), .csv and a Word table (.docx), each against
its own floor: python-calamine reading it, the csv module reading it, zipfile and
ElementTree parsing word/document.xml. Files are cached in benchmarks/data/.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

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


def _plan_rows(actions: int) -> list[list[object]]:
    """The rows of `big_sheet` as plain values, for the kinds written here."""
    import openpyxl

    sheet = openpyxl.load_workbook(big_sheet(actions), read_only=True).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def csv_file(actions: int) -> Path:
    """The plan as Excel's "CSV UTF-8" (colours and merges are lost, as in a real export)."""
    path = DATA / f"import{actions}.csv"
    if not path.exists():
        out = io.StringIO()
        writer = csv.writer(out)
        for row in _plan_rows(actions):
            writer.writerow(["" if v is None else v for v in row])
        path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def converted(actions: int, kind: str) -> Path | None:
    """The .xlsx converted by LibreOffice (private profile), or None without soffice."""
    path = DATA / f"import{actions}.{kind}"
    if path.exists():
        return path
    if not shutil.which("soffice"):
        return None
    profile = Path(tempfile.mkdtemp(prefix="lipplanner-lo-"))
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--norestore", "--convert-to", kind, str(big_sheet(actions)), "--outdir", str(DATA)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return path if path.exists() else None


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}


def docx_file(actions: int) -> Path:
    """The plan as a Word table, written as Word does: the title a bold paragraph above
    it, section rows spanning the table (bold, shaded), objectives merged down."""
    path = DATA / f"import{actions}.docx"
    if path.exists():
        return path
    rows = _plan_rows(actions)
    width = max(len(r) for r in rows)
    body = [f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{escape(str(rows[0][0]))}</w:t></w:r></w:p>"]
    body.append("<w:tbl>")
    merged_down = 0
    for n, row in enumerate(rows[1:]):
        values = [*row, *[None] * (width - len(row))]
        if values[0] and not any(values[1:]) and n > 1:  # a section row
            body.append(
                f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{width}"/><w:shd w:val="clear" '
                f'w:fill="DDEBF7"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>'
                f"{escape(str(values[0]))}</w:t></w:r></w:p></w:tc></w:tr>"
            )
            continue
        cells = []
        for column, value in enumerate(values):
            props = ""
            if column == 0 and n > 1:
                if value:
                    props, merged_down = '<w:vMerge w:val="restart"/>', 4
                elif merged_down:
                    props, merged_down = "<w:vMerge/>", merged_down - 1
            if column == 4 and value is None and n > 1:
                props += '<w:shd w:val="clear" w:fill="00B050"/>'
            text = "" if value is None else f"<w:r><w:t>{escape(str(value))}</w:t></w:r>"
            cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{text}</w:p></w:tc>")
        body.append(f"<w:tr>{''.join(cells)}</w:tr>")
    body.append("</w:tbl>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
        f"<w:body>{''.join(body)}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in _DOCX_PARTS.items():
            archive.writestr(part, text)
        archive.writestr("word/document.xml", document)
    return path


def _calamine_floor(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _csv_floor(path: Path) -> None:
    list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def _docx_floor(path: Path) -> None:
    from xml.etree.ElementTree import fromstring

    with zipfile.ZipFile(path) as archive:
        fromstring(archive.read("word/document.xml"))


FLOORS: dict[str, tuple[Callable[[Path], None], str]] = {
    "xlsx": (_calamine_floor, "python-calamine reading it"),
    "xls": (_calamine_floor, "python-calamine reading it"),
    "ods": (_calamine_floor, "python-calamine reading it"),
    "csv": (_csv_floor, "the csv module reading it"),
    "docx": (_docx_floor, "zipfile + ElementTree parsing word/document.xml"),
}


def _files(actions: int, kinds: list[str]) -> dict[str, Path | None]:
    makers: dict[str, Callable[[], Path | None]] = {
        "xlsx": lambda: big_sheet(actions),
        "xls": lambda: converted(actions, "xls"),
        "ods": lambda: converted(actions, "ods"),
        "csv": lambda: csv_file(actions),
        "docx": lambda: docx_file(actions),
    }
    return {kind: makers[kind]() for kind in kinds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--kinds", default=",".join(FLOORS), help="e.g. xlsx,docx")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    from lipplanner.core.reports.plan_import import create_plan_file, read_plan_workbook
    from lipplanner.core.reports.readers import read_grid

    for kind, path in _files(args.actions, kinds).items():
        label = f"import_{args.actions}" + ("" if kind == "xlsx" else f"_{kind}")
        if path is None:
            print(f"{label}: skipped (LibreOffice's soffice is needed to make the .{kind} file)")
            continue
        preview = read_plan_workbook(path)
        found = len(preview.actions)
        floor, floor_words = FLOORS[kind]
        imports, floors, reads = [], [], []
        for _ in range(args.repeat):  # alternating, so all see the same machine load
            start = time.perf_counter()
            read_plan_workbook(path)
            imports.append(time.perf_counter() - start)
            start = time.perf_counter()
            floor(path)
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            read_grid(path)
            reads.append(time.perf_counter() - start)
        best, base, read = min(imports), min(floors), min(reads)
        counted = "" if found == args.actions else f"; {found} actions found"
        print(
            f"{label}: {best * 1000:.0f} ms "
            f"({best / base:.2f}× floor {base * 1000:.0f} ms, {floor_words}{counted})"
        )
        # The reader's share: the rest is the stages (header, roles, hierarchy, build).
        print(
            f"{label}_read: {read * 1000:.0f} ms "
            f"({read / base:.2f}× floor {base * 1000:.0f} ms, read_grid alone)"
        )
        if kind == "xlsx":
            with tempfile.TemporaryDirectory() as folder:
                start = time.perf_counter()
                create_plan_file(preview, Path(folder) / "plan.lip")
                written = time.perf_counter() - start
            print(f"import_{args.actions}_write: {written * 1000:.0f} ms (the new plan file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
