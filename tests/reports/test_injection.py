"""No text of a plan reaches a workbook the app writes as a formula, a DDE call or a
hyperlink: every text field is made hostile, every workbook written, every cell read
back (by openpyxl, and as LibreOffice shows it), and every file name checked."""

from __future__ import annotations

import csv
import itertools
import shutil
import subprocess
import uuid
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import String, Text, select, text

from lipplanner.core import models as m
from lipplanner.core.db import PlanDatabase
from lipplanner.core.demo import DEMO_LAST_FULL_QUARTER
from lipplanner.core.files import NAME_BYTES, safe_file_name, temporary_name, write_atomically
from lipplanner.core.reports.import_template import write_import_template
from lipplanner.core.reports.partner_workbooks import write_partner_workbooks
from lipplanner.core.reports.progress_report import ReportOptions, export_progress_report
from lipplanner.core.reports.safe_text import FORMULA_PREFIXES, clean_text
from lipplanner.core.services.plan_view import load_plan_view

# Each is a valid formula, so a spreadsheet that evaluated it would show something else
# (a link "click me", a number, an error); {n} keeps every value unique.
PAYLOADS = (
    '=HYPERLINK("http://evil.example/{n}","click me")',
    "=cmd|' /C calc'!A{n}",
    '=DDE("cmd";"/C calc";"x{n}")',
    "=1000+{n}",
    "+1000+{n}",
    "-1000+{n}",
    "@SUM({n}+1)",
    "\t=1000+{n}",
    "\r=1000+{n}",
)
# Columns the app reads as codes, not as text someone typed (a hostile value there
# would be a different plan, not hostile text), and the app's own records.
NOT_TEXT = {
    ("plan", "status"),
    ("objective", "outcome_level"),
    ("indicator", "direction"),
    ("indicator", "frequency"),
    ("practice", "adoption_status"),
    ("status", "key"),
    ("status", "kind"),
    ("status", "colour"),
    ("term", "vocabulary"),
    ("term", "key"),
    ("body", "kind"),
    ("action_partner", "role"),
    ("priority_narrative", "lang"),
}
RECORDS = {"lipplanner_info", "change_record", "trash_item", "submitted_report"}


def _text_columns() -> list[tuple[str, str]]:
    return [
        (table.name, column.name)
        for table in m.Base.metadata.sorted_tables
        if table.name not in RECORDS
        for column in table.columns
        if isinstance(column.type, String | Text) and (table.name, column.name) not in NOT_TEXT
    ]


def _make_hostile(db: PlanDatabase) -> set[str]:
    """Give every text field of every row a hostile value; returns them as a cell
    holds them."""
    written: set[str] = set()
    counter = itertools.count(1)
    with db.engine.begin() as connection:
        for table, column in _text_columns():
            keys = connection.execute(text(f"SELECT rowid FROM {table}")).scalars().all()
            for rowid in keys:
                n = next(counter)
                value = PAYLOADS[n % len(PAYLOADS)].format(n=n)
                connection.execute(
                    text(f"UPDATE {table} SET {column} = :v WHERE rowid = :r"),
                    {"v": value, "r": rowid},
                )
                written.add(clean_text(value))
    return written


@pytest.fixture
def hostile_outputs(riverside: PlanDatabase, tmp_path: Path) -> tuple[list[Path], set[str]]:
    hostile = _make_hostile(riverside)
    out = tmp_path / "out"
    out.mkdir()
    view = load_plan_view(riverside, DEMO_LAST_FULL_QUARTER)
    books = [
        export_progress_report(view, out / "report-en.xlsx", ReportOptions("en", "=1+1")),
        export_progress_report(view, out / "report-fr.xlsx", ReportOptions("fr", "@x")),
        write_import_template(out / "template.xlsx"),
    ]
    for single in (False, True):
        folder = out / ("single" if single else "partners")
        folder.mkdir()
        written = write_partner_workbooks(riverside, DEMO_LAST_FULL_QUARTER, folder, single=single)
        books += [w.path for w in written.workbooks]
    return books, hostile


def test_no_plan_text_becomes_a_formula_in_any_workbook(
    hostile_outputs: tuple[list[Path], set[str]],
) -> None:
    books, hostile = hostile_outputs
    assert len(books) >= 6
    found: set[str] = set()
    for path in books:
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{path.name} {sheet.title}!{cell.coordinate}"
                    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_PREFIXES):
                        assert cell.data_type == "s" and cell.quotePrefix, (
                            f"{path.name} {sheet.title}!{cell.coordinate} is not quoted"
                        )
                    if cell.value in hostile:
                        found.add(cell.value)
    # The workbooks do carry the hostile text (titles, names, narratives, labels …).
    assert len(found) > 300
    assert any(t.startswith("=HYPERLINK(") for t in found)
    assert any(t.startswith("=cmd|") for t in found)
    assert any(t.startswith("=DDE(") for t in found)


def test_partner_workbook_names_made_from_hostile_names_are_plain(
    hostile_outputs: tuple[list[Path], set[str]],
) -> None:
    books, _hostile = hostile_outputs
    partner_books = [p for p in books if p.parent.name == "partners"]
    assert len(partner_books) >= 3
    for path in partner_books:
        who = path.stem.split(" - ", 1)[1]
        assert not who.startswith(("=", "+", "-", "@", ".")), path.name
        assert not set(who) & set('\\/:*?"<>|'), path.name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("=1000+6", "1000+6"),
        (
            '=HYPERLINK("http://evil.example/x","click me")',
            "HYPERLINK( http evil.example x , click me )",
        ),
        ("-rf /", "rf"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Riverside City. ", "Riverside City"),
        ("a\x00b\tc\nd", "a b c d"),
        ("...", "Partner"),
        (". . .", "Partner"),
        ("Ville de Rivière-Nord", "Ville de Rivière-Nord"),
        ("conin$", "_conin$"),
        ("CONOUT$.log", "_CONOUT$.log"),
        ("COM0", "_COM0"),
        ("LPT¹", "_LPT¹"),
        ("CON .txt", "_CON .txt"),
        ("CONSEIL", "CONSEIL"),
        ("Library .", "Library"),
    ],
)
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name, fallback="Partner") == expected


@pytest.mark.parametrize("letter", ["a", "é", "中", "😀"])
def test_a_long_name_fits_the_file_system_with_its_suffix_and_temporary_name(
    letter: str, tmp_path: Path
) -> None:
    # A partner name of 300 letters: the name is cut between characters so that it,
    # its suffix and the temporary file written beside it all fit 255 bytes.
    name = safe_file_name(letter * 300 + " end", fallback="Partner", prefix="2026-27-Q3 - ",
                          suffix=".xlsx")  # fmt: skip
    assert name.startswith("2026-27-Q3 - " + letter) and name.endswith(letter + ".xlsx")
    assert len(name.encode()) <= NAME_BYTES
    assert len(temporary_name(tmp_path / name).name.encode()) + len("-journal") <= 255
    write_atomically(tmp_path / name, lambda p: p.write_bytes(b"x"))
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_name_cut_short_loses_its_trailing_dots_and_spaces() -> None:
    name = safe_file_name("a" * 185 + " . b", fallback="Partner", suffix=".xlsx")
    assert name == "a" * 185 + ".xlsx"


def test_partners_whose_names_become_the_same_file_name_each_get_a_workbook(
    riverside: PlanDatabase, tmp_path: Path
) -> None:
    # "A/B", "A:B" and "a b" are one file name once "/" and ":" are cut (and on a
    # file system that ignores case): no workbook may replace another's.
    with riverside.transaction() as session:
        leads = select(m.Action.lead_partner_id).where(m.Action.lead_partner_id.is_not(None))
        partners = session.scalars(
            select(m.Partner).where(m.Partner.id.in_(leads)).order_by(m.Partner.id).limit(3)
        ).all()
        for partner, name in zip(partners, ["A/B", "A:B", "a b"], strict=True):
            partner.name_en = name
    folder = tmp_path / "out"
    folder.mkdir()
    written = write_partner_workbooks(riverside, DEMO_LAST_FULL_QUARTER, folder).workbooks
    names = sorted(w.path.name for w in written)
    assert len(set(n.casefold() for n in names)) == len(written)
    label = DEMO_LAST_FULL_QUARTER.label.casefold()
    expected = {f"{label} - a b{n}.xlsx" for n in ("", " (2)", " (3)")}
    assert expected <= {n.casefold() for n in names}
    assert len(list(folder.iterdir())) == len(written)


def _soffice_csv(books: list[Path], out: Path) -> None:
    profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
    # Comma, double quote, UTF-8, from line 1, values as shown, every sheet (-1).
    options = "44,34,76,1,,0,false,true,true,false,false,-1"
    out.mkdir(parents=True)
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--norestore", "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}",
             *map(str, books), "--outdir", str(out)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is missing")
def test_libreoffice_shows_the_hostile_text_literally(
    hostile_outputs: tuple[list[Path], set[str]], tmp_path: Path
) -> None:
    books, hostile = hostile_outputs
    chosen = [b for b in books if b.parent.name != "single"][:6]
    _soffice_csv(chosen, tmp_path / "csv")
    for book in chosen:
        expected: dict[str, set[str]] = {}
        workbook = openpyxl.load_workbook(book)
        for sheet in workbook.worksheets:
            expected[sheet.title] = {
                c.value for r in sheet.iter_rows() for c in r if c.value in hostile
            }
        sheets = [p for p in (tmp_path / "csv").glob("*.csv") if p.stem.startswith(f"{book.stem}-")]
        assert len(sheets) == len(workbook.worksheets), book.name
        for path in sheets:
            title = path.stem[len(book.stem) + 1 :]
            with path.open(encoding="utf-8", newline="") as handle:
                cells = {value for row in csv.reader(handle) for value in row}
            shown = {c for c in cells if c in hostile}
            assert shown == expected[title], f"{book.name} {title}"
            evaluated = [c for c in cells if c == "click me" or c.startswith(("Err:", "#NAME"))]
            assert evaluated == [], f"{book.name} {title}"
