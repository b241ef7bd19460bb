"""Legacy .xls read through python-calamine, with what its records say first: error cells
said at their cell as in .xlsx, and a stray cell far away refused in one sentence before
calamine lays the sheet out (it would ask for gigabytes and abort the process)."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import openpyxl
import pytest

from lipplanner.core.errors import UserError
from lipplanner.core.reports.cell_values import ErrorValue
from lipplanner.core.reports.plan_import import build_preview, detect
from lipplanner.core.reports.readers import read_grid

FAILED = "(a formula that failed in the spreadsheet)"
pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def errors_xls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plan whose formulas fail (#DIV/0!, #N/A, #REF!), saved as .xls by LibreOffice."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is missing: it makes the .xls file")
    folder = tmp_path_factory.mktemp("xls")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Actions"
    sheet.append(["Code", "Action", "Lead partner", "Status"])
    sheet.append(["A1", "Welcome cafe", "=1/0", "=NA()"])
    sheet.append(["A2", "=#REF!+1", "Library", "On track"])
    sheet.append(["A3", "Mentoring", "YMCA", "Delayed"])
    book.save(folder / "plan.xlsx")
    profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", "xls", str(folder / "plan.xlsx"), "--outdir", str(folder)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return folder / "plan.xls"


def test_error_cells_in_an_xls_plan_are_said_at_their_cell_as_in_xlsx(errors_xls: Path) -> None:
    grid = read_grid(errors_xls)
    rows = grid.sheets[0].rows
    assert [type(c.value) for c in rows[1][2:]] == [ErrorValue, ErrorValue]
    assert rows[2][1].value == "#REF!" and isinstance(rows[2][1].value, ErrorValue)

    preview = build_preview(grid, detect(grid))

    errors = [str(p) for p in preview.errors]
    lead, status = "column “Lead partner”", "column “Status”"
    assert f"Actions!C2: {lead} holds the error value #DIV/0! {FAILED}; left empty." in errors
    assert f"Actions!D2: {status} holds the error value #N/A {FAILED}; left empty." in errors
    assert f"Actions!B3: column “Action” holds the error value #REF! {FAILED}; left empty." in (
        errors
    )
    assert preview.actions["A1"].lead is None
    assert preview.actions["A3"].lead == "ymca"


def _move_last_text_cell(source: Path, target: Path, row: int, column: int) -> Path:
    # The last LABELSST record (a text cell: type 0x00FD, 10 bytes) gets a far address.
    data = bytearray(source.read_bytes())
    at = data.rfind(b"\xfd\x00\x0a\x00")
    assert at > 0
    data[at + 4 : at + 8] = row.to_bytes(2, "little") + column.to_bytes(2, "little")
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize(
    ("row", "column", "where"),
    [(65_535, 16_383, "XFD65536"), (60_000, 200, "GS60001")],
    ids=["billions of cells", "twelve million cells"],
)
def test_a_stray_cell_far_away_in_an_xls_is_refused_in_one_sentence(
    errors_xls: Path, tmp_path: Path, row: int, column: int, where: str
) -> None:
    path = _move_last_text_cell(errors_xls, tmp_path / "far.xls", row, column)
    with pytest.raises(UserError) as refused:
        read_grid(path)
    message = str(refused.value)
    assert message.startswith(
        f"“far.xls” cannot be read safely: sheet “Actions” has a cell at {where}"
    )
    assert "\n" not in message and message.endswith("save the file again.")
