"""Every hostile file, of every kind, through both importers and the command line.

Each case is a file that names itself .xlsx, .xlsm, .xls, .ods, .csv or .docx (see
`hostile_files`). Whatever it holds, the plan import and the partner-update import
either read it within their caps (saying what they cut) or refuse it in one sentence
that names the file; nothing is ever written, and `lipplanner import` prints that one
sentence, never a traceback. A reader that blocks fails the test through its timeout.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lipplanner.cli import run_command
from lipplanner.core.db import PlanDatabase, open_plan
from lipplanner.core.errors import UserError
from lipplanner.core.reports.grid import WorkbookGrid
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.plan_import import build_preview, detect
from lipplanner.core.reports.readers import read_grid
from lipplanner.core.reports.readers.limits import MAX_CELL_CHARS
from lipplanner.core.reports.update_import import read_update_workbook
from tests.reports.workbooks import MAPLE, QUARTER
from tests.safety import hostile_files as hostile
from tests.safety.helpers import table_rows

ALL = hostile.KINDS
ZIPS = hostile.ZIP_KINDS
# case → the kinds it is made for, and whether the plan import may read it (within its
# caps) instead of refusing it.
CASES: dict[str, tuple[tuple[str, ...], bool]] = {
    "random bytes": (ALL, False),
    "empty": (ALL, False),
    "fifo": (ALL, False),
    "folder": (ALL, False),
    "device": (ALL, False),
    "nul bytes": (("csv",), False),
    "zip of junk": (ZIPS, False),
    "zip bomb": (ZIPS, False),
    "billion laughs": (ZIPS, True),  # read only where the entity is left unexpanded
    "xxe": (ZIPS, True),  # likewise: never the named file's content
    "10 MB cell": (("xlsx", "xlsm", "ods", "csv", "docx"), True),
    "huge row count": (("xlsx", "xlsm", "ods", "csv", "docx"), True),
    "invalid utf-8": (("csv",), True),
    "formulas": (("xlsx", "xlsm", "csv", "docx"), True),
    # Read within the caps (.ods) or refused before anything is laid out (.xls).
    "far-away cell": (("xls", "ods"), True),
    # Damage the fast readers must not read past: refused as damaged, as a parser would.
    "mismatched tags": (("xlsx", "xlsm"), False),
    "confusing structure": (("xls",), False),
}
# Cases rebuilt from a real partner workbook, for the partner-update import.
UPDATE_CASES = ("zip bomb", "billion laughs", "xxe", "10 MB cell", "huge row count", "formulas")
UPDATES_SHEET = "xl/worksheets/sheet3.xml"
PLAN_PARAMS = [
    pytest.param(case, kind, id=f"{case}-{kind}")
    for case, (kinds, _) in CASES.items()
    for kind in kinds
]  # fmt: skip
SECONDS = 120  # far more than any case takes; a blocked read fails here instead of hanging


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory, _riverside_master: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bases")
    db = open_plan(_riverside_master, read_only=True)
    try:
        write_partner_workbooks(db, QUARTER, folder)
    finally:
        db.close()
    return hostile.make_bases(folder / "plan", folder / MAPLE)


def _within(seconds: float, work: Callable[[], Any]) -> Any:
    """`work()`'s result or exception, failing the test if it does not return in time."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(("ok", work()))
        except BaseException as error:  # handed back to the test below
            outcome.append(("raised", error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s (blocked?)"
    kind, value = outcome[0]
    if kind == "raised":
        raise value
    return value


def _one_sentence(message: str, name: str) -> None:
    assert name in message, message
    assert "\n" not in message and "Traceback" not in message, message
    assert len(message) < 400, message


def _hostile(case: str, kind: str, bases: dict[str, Path], folder: Path) -> Path:
    if kind not in bases:
        pytest.skip("LibreOffice (soffice) is missing: it makes the .xls and .ods bases")
    return hostile.make(case, kind, bases[kind], folder / f"plan.{kind}")


def _grid_is_bounded(grid: WorkbookGrid) -> None:
    for sheet in grid.sheets:
        for row in sheet.rows:
            for cell in row:
                if isinstance(cell.value, str):
                    assert len(cell.value) <= MAX_CELL_CHARS
                    assert "root:" not in cell.value  # /etc/passwd never comes through
                    assert "lollollol" not in cell.value  # no entity was expanded


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.slow
@pytest.mark.parametrize(("case", "kind"), PLAN_PARAMS)
def test_plan_import_reads_within_caps_or_refuses_in_one_sentence(
    case: str, kind: str, bases: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _hostile(case, kind, bases, tmp_path)
    before = _folder_listing(tmp_path)
    readable = CASES[case][1]
    try:
        grid = _within(SECONDS, lambda: read_grid(path))  # as the GUI reads it
    except UserError as refused:
        _one_sentence(str(refused), path.name)
        grid = None
    if grid is None:
        assert case not in ("10 MB cell", "huge row count", "invalid utf-8", "formulas"), (
            f"a {case} {kind} should be read within the caps"
        )
    else:
        assert readable, f"a {case} {kind} was read instead of refused"
        _grid_is_bounded(grid)
        preview = build_preview(grid, detect(grid))
        _expect_read(case, grid, preview)
    assert _folder_listing(tmp_path) == before  # nothing written beside it

    # The command line (which reads .xlsx only) says one line too, and creates no plan.
    out = tmp_path / "out" / "new.lip"
    out.parent.mkdir()
    code = _within(SECONDS, lambda: run_command(["import", str(path), "-o", str(out)]))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if grid is None:
        assert code == 1
        assert err.count("\n") == 1 and err.startswith("lipplanner import: “plan.")
        assert not out.parent.joinpath("new.lip").exists()
        assert _folder_listing(out.parent) == []


def _expect_read(case: str, grid: WorkbookGrid, preview: Any) -> None:
    said = [str(p) for p in (*grid.problems, *preview.problems)]
    titles = {a.title_en for a in preview.actions.values()}
    if case == "10 MB cell":
        assert any("10,000,000 characters" in s or "too long" in s for s in said), said
    elif case == "huge row count":
        assert any("were read" in s or "left out" in s for s in said) or "A9" in {
            str(c.value) for s in grid.sheets for r in s.rows for c in r
        }, said
    elif case == "far-away cell":
        assert any("left out" in s for s in said), said
    elif case == "invalid utf-8":
        assert "A3" in preview.actions
    elif case == "formulas":
        # Never calculated: a cached result, the formula's text as plain text, or a
        # problem at its cell; no action is titled by what a formula would compute.
        assert not titles & {"2", "calc"}
        for title in titles:
            assert not title.startswith(("=cmd", "=DDE")) or grid.kind in ("csv", "docx")


@pytest.fixture
def plan(riverside_file: Path) -> Iterator[PlanDatabase]:
    db = open_plan(riverside_file)
    yield db
    db.close()


def _fingerprint(db: PlanDatabase) -> str:
    rows = [table_rows(db, t) for t in ("progress_update", "indicator_value", "action")]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


UPDATE_PARAMS = [
    *PLAN_PARAMS,
    *(pytest.param(case, "update", id=f"{case}-update") for case in UPDATE_CASES),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "kind"), UPDATE_PARAMS)
def test_partner_update_import_refuses_or_reads_and_writes_nothing(
    case: str,
    kind: str,
    bases: dict[str, Path],
    plan: PlanDatabase,
    riverside_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    if kind == "update":
        # A row for another action of the plan, 10 MB in its Outputs column.
        path = hostile.make(
            case, "xlsx", bases["update"], folder / MAPLE, UPDATES_SHEET, ("A2.1", "H")
        )
    else:
        path = _hostile(case, kind, bases, folder)
    before = _fingerprint(plan)
    try:
        result = _within(SECONDS, lambda: read_update_workbook(plan, path))
    except UserError as refused:
        _one_sentence(str(refused), path.name)
    else:
        assert kind == "update", f"a {case} {kind} was taken for a partner workbook"
        said = [str(p) for p in result.problems]
        if case == "10 MB cell":
            assert any("too long" in s or "characters" in s for s in said), said
        if case == "huge row count":
            assert any("rows were read" in s for s in said), said
    assert _fingerprint(plan) == before

    code = _within(
        SECONDS, lambda: run_command(["import", str(path), "--into", str(riverside_file)])
    )
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code in (0, 1)
    if code == 1:
        assert err.startswith("lipplanner import: "), err
    assert _fingerprint(plan) == before or case == "formulas"


@pytest.mark.parametrize("strings", ["in the sheet", "shared"])
def test_a_stray_tag_in_a_text_is_refused_as_damage_not_read_past(
    strings: str, bases: dict[str, Path], tmp_path: Path
) -> None:
    # `<t>a <b> Code</t>`: `<` and `>` pair up, but an element is never closed; a
    # reader that reads on would give "a " and lose the rest of the text.
    base = bases["xlsx"]
    if strings == "shared":
        base = tmp_path / "shared.xlsx"
        hostile.with_shared_strings(bases["xlsx"], base)
    path = hostile.make("mismatched tags", "xlsx", base, tmp_path / "plan.xlsx")
    with pytest.raises(UserError) as refused:
        read_grid(path)
    message = str(refused.value)
    _one_sentence(message, "plan.xlsx")
    assert "is damaged" in message and "save it again" in message, message


def test_an_xls_whose_records_cannot_be_walked_is_refused_before_calamine_opens_it(
    bases: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _hostile("confusing structure", "xls", bases, tmp_path)
    import python_calamine

    # Calamine itself would open it and lay its sheets out, unguarded.
    assert python_calamine.CalamineWorkbook.from_path(str(path)).sheet_names
    from lipplanner.core.reports.readers import calamine

    def never(*_args: object) -> None:
        raise AssertionError("calamine opened a file the walk could not vouch for")

    stand_in = type("Calamine", (), {"from_filelike": staticmethod(never)})
    monkeypatch.setattr(calamine.python_calamine, "CalamineWorkbook", stand_in)
    with pytest.raises(UserError) as refused:
        read_grid(path)
    message = str(refused.value)
    _one_sentence(message, "plan.xls")
    assert "cannot be read safely" in message and "save it as an .xlsx workbook" in message
