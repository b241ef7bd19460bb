"""Opening a workbook someone sent us, safely, and reading its rows with limits.

A workbook from outside is untrusted input. Before openpyxl sees it we check that it
is really an .xlsx (a zip with the parts Excel writes) and not, say, a renamed CSV,
a picture, a password-protected file (an OLE2 container) or a zip bomb. openpyxl then
loads it read-only with defusedxml, keeps cached formula results instead of formulas,
drops external links, and never runs macros (it cannot). Only regular files are
opened (never a pipe or a device, which would block). Rows are streamed from the
sheet's XML whatever its `<dimension>` says (`sheet_stream`), up to a cap; the rest is
counted and reported, not silently dropped.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lipplanner.core.errors import UserError
from lipplanner.core.input_files import open_regular, regular_file
from lipplanner.core.reports.sheet_stream import context_of, stream_rows

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024  # beyond this the "workbook" is a zip bomb
MAX_DATA_ROWS = 50_000
MAX_COLUMNS = 200  # columns read per row; real plans use a few dozen
MAX_PART_BYTES = 32 * 1024 * 1024  # shared strings, styles …: read whole by openpyxl

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_SIGNATURES = {
    b"\x89PNG": "a PNG picture",
    b"\xff\xd8\xff": "a JPEG picture",
    b"%PDF": "a PDF document",
    b"GIF8": "a GIF picture",
}


@dataclass(frozen=True)
class Problem:
    """Something wrong (or worth knowing) about one place in a workbook.

    `level` is "error" (the value or row cannot be used) or "note" (worth knowing,
    nothing lost: an extra column ignored, a new partner proposed).
    """

    sheet: str
    row: int | None
    column: str | None
    message: str
    level: str = "error"

    @property
    def location(self) -> str:
        """Where, as a spreadsheet user writes it: "Actions!F12", "Actions row 12", "Actions"."""
        if self.row is None:
            return self.sheet
        if self.column is None:
            return f"{self.sheet} row {self.row}"
        return f"{self.sheet}!{self.column}{self.row}"

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.sheet else self.message


@dataclass
class SafeWorkbook:
    """An openpyxl workbook loaded read-only, with what was found (and ignored) inside."""

    path: Path
    book: Any
    has_macros: bool = False
    has_external_links: bool = False
    has_formulas: bool = False
    # sheet name → the first row left unread because of the row cap
    truncated: dict[str, int] = field(default_factory=dict)
    # sheet name → how many rows with something in them the sheet holds (all of them,
    # counted by a full read, the cap or not)
    real_rows: dict[str, int] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)
    _handle: Any = None
    _noted: set[tuple[str, str]] = field(default_factory=set)

    @property
    def sheet_names(self) -> list[str]:
        return list(self.book.sheetnames)

    def sheet(self, name: str) -> Any:
        return self.book[name]

    def close(self) -> None:
        self.book.close()
        if self._handle is not None:
            self._handle.close()

    def __enter__(self) -> SafeWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def rows(
        self, sheet_name: str, *, limit: int | None = None, start: int = 1, count_all: bool = False
    ) -> Iterator[SheetRow]:
        """The sheet's non-empty rows from `start`, with cached values and which columns
        hold formulas. Stops after `limit` rows; without a limit reads up to the data
        cap, records the first row left out in `truncated` and stops there (parsing
        the rest only to count it took minutes on a sheet of 200,000 rows), unless
        `count_all`, which goes on counting (not keeping) the rest for `row_count`."""
        cap = MAX_DATA_ROWS if limit is None else limit
        read = 0
        try:
            for row in sheet_rows(self, sheet_name, start):
                if read >= cap:
                    if limit is not None:  # a peek at the first rows
                        return
                    self.truncated.setdefault(sheet_name, row.number)
                    if not count_all:
                        return
                    read += 1
                    continue
                read += 1
                yield row
        except UserError:
            raise
        except Exception as error:  # a damaged part shows only when it is read
            raise UserError(self._unreadable(sheet_name, error)) from None
        if limit is None:
            self.real_rows[sheet_name] = read

    def _unreadable(self, sheet_name: str, error: Exception) -> str:
        if _is_unsafe_xml(error):
            return (
                f"“{self.path.name}”: the sheet “{sheet_name}” holds unsafe content "
                "(XML entity or external references) that LIP Planner refuses to read. "
                "Open it in Excel and save it again as an .xlsx workbook."
            )
        return (
            f"“{self.path.name}” is damaged: the sheet “{sheet_name}” cannot be read "
            f"({type(error).__name__}). Open it in Excel and save it again."
        )

    def note_once(self, sheet_name: str, key: str, problem: Problem) -> None:
        """Add a note about a sheet the first time it applies (not once per row)."""
        if (sheet_name, key) not in self._noted:
            self._noted.add((sheet_name, key))
            self.notes.append(problem)

    def row_count(self, sheet_name: str) -> int:
        """How many rows with something in them the sheet holds (whatever its
        `<dimension>` claims), counting every row even beyond the data cap."""
        if sheet_name not in self.real_rows:
            for _row in self.rows(sheet_name, count_all=True):
                pass
        return self.real_rows.get(sheet_name, 0)


@dataclass(frozen=True)
class SheetRow:
    number: int  # 1-based, as the spreadsheet shows it
    values: tuple[Any, ...]
    formula_columns: frozenset[int] = frozenset()

    def get(self, index: int) -> Any:
        return self.values[index] if index < len(self.values) else None

    @property
    def is_empty(self) -> bool:
        return not any(_filled(v) for v in self.values) and not self.formula_columns


def formulas_note(sheet: str, formulas: int) -> Problem:
    """The note that a sheet's formulas were read as their last saved results."""
    return Problem(
        sheet,
        None,
        None,
        f"{formulas:,} cells hold formulas; their last saved results were used "
        "(formulas are never calculated here).",
        "note",
    )


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def column_letter(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def sheet_rows(book: SafeWorkbook, name: str, start: int = 1) -> Iterator[SheetRow]:
    """Every row of a sheet holding something, streamed (see `sheet_stream`)."""
    sheet = book.book[name]
    if not hasattr(sheet, "_get_source"):  # a chart sheet: no cells to read
        book.note_once(
            name, "chart", Problem(name, None, None, "a chart, not a table; not read.", "note")
        )
        return
    context = context_of(book.book, sheet)
    with sheet._get_source() as source:
        for row in stream_rows(source, context, start=start, max_columns=MAX_COLUMNS):
            if row.beyond:
                last = column_letter(MAX_COLUMNS - 1)
                book.note_once(
                    name,
                    "columns",
                    Problem(
                        name,
                        row.number,
                        None,
                        f"cells after column {last} were not read (only the first "
                        f"{MAX_COLUMNS} columns are); this and later rows have some.",
                        "note",
                    ),
                )
            if row.formula_columns:
                book.has_formulas = True
            elif not any(_filled(value) for value in row.values):
                continue
            yield SheetRow(row.number, row.values, row.formula_columns)


def _kind_of(head: bytes) -> str | None:
    """What a file that is not an .xlsx looks like, in words (None: it might be one)."""
    if head.startswith(_OLE2):
        return "ole2"
    for signature, words in _SIGNATURES.items():
        if head.startswith(signature):
            return words
    if head.startswith(_ZIP) or head.startswith(b"PK"):
        return None
    if not head:
        return "empty"
    return "text" if _looks_like_text(head) else "binary"


def _looks_like_text(head: bytes) -> bool:
    """Whether the first few KB read as text (a CSV, a web page), not random bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True  # a byte order mark: UTF-16 or UTF-8 text
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in b"\t\r\n\f")
    if controls > len(head) // 100:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not merely a character cut at the end
            high = sum(1 for b in head if b >= 128)
            return high < len(head) // 4  # Windows-1252 text has a few accents, not many
    return True


def _is_unsafe_xml(error: BaseException) -> bool:
    from defusedxml import DefusedXmlException

    return isinstance(error, DefusedXmlException)


def open_workbook(location: str | Path) -> SafeWorkbook:
    """Open an .xlsx/.xlsm for reading, or raise a `UserError` saying what is wrong.

    Only a regular file is opened (a pipe, device or folder is refused at once, never
    waited on). Never evaluates formulas (cached results are read), never follows
    external links and never runs macros; notes about what was ignored are in `notes`.
    """
    path, handle = open_checked(location)
    try:
        package = inspect_package(handle, path.name)
        workbook = SafeWorkbook(path=path, book=_load(handle, path.name))
    except BaseException:
        handle.close()
        raise
    workbook._handle = handle
    workbook.has_macros = package.has_macros
    workbook.has_external_links = package.has_external_links
    workbook.notes.extend(package.notes)
    return workbook


def open_checked(location: str | Path) -> tuple[Path, Any]:
    """The file's path and a handle on it, once it is known to be a regular file of a
    plan's size (else a `UserError`)."""
    path = regular_file(location)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"“{path.name}” is too large to be a plan workbook ({size / 1e6:,.0f} MB; "
            f"at most {MAX_FILE_BYTES / 1e6:,.0f} MB)."
        )
    return path, open_regular(path)


@dataclass(frozen=True)
class Package:
    """What the zip directory of an .xlsx says, before any part is parsed."""

    members: tuple[zipfile.ZipInfo, ...]
    has_macros: bool
    has_external_links: bool
    notes: tuple[Problem, ...]


def inspect_package(handle: Any, name: str) -> Package:
    """Check that the open file is an .xlsx we can read safely (its signature, a zip
    whose unpacked size and parts are plan-sized, with a workbook part); the handle is
    left at its start. Raises a `UserError` naming the file otherwise."""
    head = handle.read(4096)
    handle.seek(0)
    kind = _kind_of(head)
    if kind == "ole2":
        raise UserError(
            f"“{name}” is password-protected (encrypted) or an old .xls workbook. "
            "Open it in Excel, remove the password (File → Info → Protect Workbook) "
            "and save it as an .xlsx workbook, then try again."
        )
    if kind == "empty":
        raise UserError(f"“{name}” is empty.")
    if kind == "binary":
        raise UserError(
            f"“{name}” is not a spreadsheet: what it holds is not a workbook, a table or "
            "any kind of file LIP Planner reads. Save it from your spreadsheet program as "
            "an Excel workbook (.xlsx)."
        )
    if kind is not None:
        what = "a text file (CSV or similar)" if kind == "text" else kind
        raise UserError(
            f"“{name}” is not an Excel workbook: it is {what}. "
            "Save it from your spreadsheet program as an Excel workbook (.xlsx)."
        )
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise UserError(
            f"“{name}” is damaged: it looks like a workbook but cannot be unpacked. "
            "Open it in Excel and save it again, or ask for a fresh copy."
        ) from None
    names = {member.filename for member in members}
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError(
            f"“{name}” unpacks to more than {MAX_UNPACKED_BYTES / 1e6:,.0f} MB; "
            "it is not a plan workbook we can read safely."
        )
    # Parts other than the sheets are read whole: keep them plan-sized.
    bulky = [
        m.filename
        for m in members
        if m.file_size > MAX_PART_BYTES and not m.filename.startswith("xl/worksheets/")
    ]
    if bulky:
        raise UserError(
            f"“{name}” holds far more than a plan workbook does ({bulky[0]} unpacks to "
            f"{max(m.file_size for m in members if m.filename in bulky) / 1e6:,.0f} MB); "
            "it is not a workbook we can read safely."
        )
    if "xl/workbook.xml" not in names:
        what = "a Word document" if "word/document.xml" in names else "another kind of zip file"
        raise UserError(f"“{name}” is not an Excel workbook: it is {what}.")
    handle.seek(0)
    has_macros = any(n.lower().endswith("vbaproject.bin") for n in names)
    has_external_links = any(n.startswith("xl/externalLinks/") for n in names)
    notes = []
    if has_macros:
        notes.append(
            Problem("", None, None, f"“{name}” contains macros; they were ignored.", "note")
        )
    if has_external_links:
        notes.append(
            Problem(
                "",
                None,
                None,
                f"“{name}” links to other workbooks; the links were not followed "
                "(cells show the values last saved).",
                "note",
            )
        )
    return Package(tuple(members), has_macros, has_external_links, tuple(notes))


def _load(handle: Any, name: str) -> Any:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    # Refuse to parse untrusted XML without defusedxml (entity expansion, XXE).
    if not DEFUSEDXML:  # pragma: no cover - the dependency is declared
        raise UserError("Workbooks cannot be read safely: the defusedxml package is missing.")
    try:
        with warnings.catch_warnings():  # openpyxl warns about parts it drops
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(
                handle, read_only=True, data_only=True, keep_links=False, keep_vba=False
            )
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a malformed part
        if _is_unsafe_xml(error):
            raise UserError(
                f"“{name}” holds unsafe content (XML entity or external references) that "
                "LIP Planner refuses to read. Open it in Excel and save it again as an "
                ".xlsx workbook."
            ) from None
        raise UserError(
            f"“{name}” is damaged and cannot be read ({type(error).__name__}). "
            "Open it in Excel and save it again as an .xlsx workbook."
        ) from None
