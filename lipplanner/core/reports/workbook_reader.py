"""Opening a workbook someone sent us, safely, and reading its rows with limits.

A workbook from outside is untrusted input. Before openpyxl sees it we check that it
is really an .xlsx (a zip with the parts Excel writes) and not, say, a renamed CSV,
a picture, a password-protected file (an OLE2 container) or a zip bomb. openpyxl then
loads it read-only with defusedxml, keeps cached formula results instead of formulas,
drops external links, and never runs macros (it cannot). Rows are read up to a cap;
the rest is reported, not silently dropped.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lipplanner.core.errors import UserError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024  # beyond this the "workbook" is a zip bomb
MAX_DATA_ROWS = 50_000
MAX_COLUMNS = 200  # columns read per row; real plans use a few dozen

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
    _formula_book: Any = None
    # sheet name → the first row left unread because of the row cap
    truncated: dict[str, int] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)

    @property
    def sheet_names(self) -> list[str]:
        return list(self.book.sheetnames)

    def sheet(self, name: str) -> Any:
        return self.book[name]

    def close(self) -> None:
        self.book.close()
        if self._formula_book is not None:
            self._formula_book.close()

    def __enter__(self) -> SafeWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def rows(
        self, sheet_name: str, *, limit: int | None = None, start: int = 1
    ) -> Iterator[SheetRow]:
        """The sheet's non-empty rows from `start`, with cached values and which columns
        hold formulas. Stops after `limit` rows and records it in `truncated`."""
        values = self.book[sheet_name].iter_rows(
            min_row=start, max_col=MAX_COLUMNS, values_only=True
        )
        formulas: Iterator[tuple[Any, ...]] | None = None
        if self.has_formulas:
            if self._formula_book is None:
                self._formula_book = _load(self.path, data_only=False)
            formulas = self._formula_book[sheet_name].iter_rows(
                min_row=start, max_col=MAX_COLUMNS, values_only=True
            )
        cap = MAX_DATA_ROWS if limit is None else limit
        try:
            yield from self._non_empty(
                sheet_name, start, cap, values, formulas, record=limit is None
            )
        except UserError:
            raise
        except Exception as error:  # a damaged part shows only when it is read
            raise UserError(
                f"“{self.path.name}” is damaged: the sheet “{sheet_name}” cannot be read "
                f"({type(error).__name__}). Open it in Excel and save it again."
            ) from None

    def _non_empty(
        self,
        sheet_name: str,
        start: int,
        limit: int,
        values: Iterator[tuple[Any, ...]],
        formulas: Iterator[tuple[Any, ...]] | None,
        *,
        record: bool,
    ) -> Iterator[SheetRow]:
        read = 0
        for offset, row in enumerate(values):
            raw = next(formulas, ()) if formulas is not None else ()
            formula_columns = frozenset(
                index
                for index, cell in enumerate(raw)
                if isinstance(cell, str) and cell.startswith("=")
            )
            cells = tuple(row)
            if not formula_columns and not any(_filled(cell) for cell in cells):
                continue
            if read >= limit:
                if record:  # the data cap, not a peek at the first rows
                    self.truncated[sheet_name] = start + offset
                return
            read += 1
            yield SheetRow(start + offset, cells, formula_columns)

    def row_count(self, sheet_name: str) -> int:
        """The last row the sheet says it uses (from its dimension; may overstate)."""
        sheet = self.book[sheet_name]
        try:
            return int(sheet.max_row or 0)
        except (TypeError, ValueError):
            return 0


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


def _kind_of(head: bytes, name: str) -> str | None:
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
    return "text" if all(b in b"\t\r\n" or 32 <= b < 127 or b >= 128 for b in head) else "binary"


def open_workbook(location: str | Path) -> SafeWorkbook:
    """Open an .xlsx/.xlsm for reading, or raise a `UserError` saying what is wrong.

    Never evaluates formulas (cached results are read), never follows external links
    and never runs macros; notes about what was ignored are in `notes`.
    """
    path = Path(location)
    name = path.name
    if not path.exists():
        raise UserError(f"There is no file “{path}”.")
    if path.is_dir():
        raise UserError(f"“{name}” is a folder, not a workbook.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"“{name}” is too large to be a plan workbook ({size / 1e6:,.0f} MB; "
            f"at most {MAX_FILE_BYTES / 1e6:,.0f} MB)."
        )
    with path.open("rb") as handle:
        head = handle.read(16)
    kind = _kind_of(head, name)
    if kind == "ole2":
        raise UserError(
            f"“{name}” is password-protected (encrypted) or an old .xls workbook. "
            "Open it in Excel, remove the password (File → Info → Protect Workbook) "
            "and save it as an .xlsx workbook, then try again."
        )
    if kind == "empty":
        raise UserError(f"“{name}” is empty.")
    if kind is not None:
        what = {"text": "a text file (CSV or similar)", "binary": "not a workbook"}.get(kind, kind)
        raise UserError(
            f"“{name}” is not an Excel workbook: it is {what}. "
            "Save it from your spreadsheet program as an Excel workbook (.xlsx)."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            unpacked = sum(member.file_size for member in members)
            has_formulas = any(
                member.filename.startswith("xl/worksheets/")
                and _has_formula(archive, member.filename)
                for member in members
                if unpacked <= MAX_UNPACKED_BYTES
            )
    except zipfile.BadZipFile:
        raise UserError(
            f"“{name}” is damaged: it looks like a workbook but cannot be unpacked. "
            "Open it in Excel and save it again, or ask for a fresh copy."
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError(
            f"“{name}” unpacks to more than {MAX_UNPACKED_BYTES / 1e6:,.0f} MB; "
            "it is not a plan workbook we can read safely."
        )
    if "xl/workbook.xml" not in names:
        what = "a Word document" if "word/document.xml" in names else "another kind of zip file"
        raise UserError(f"“{name}” is not an Excel workbook: it is {what}.")
    workbook = SafeWorkbook(path=path, book=_load(path, data_only=True))
    workbook.has_formulas = has_formulas
    workbook.has_macros = any(n.lower().endswith("vbaproject.bin") for n in names)
    workbook.has_external_links = any(n.startswith("xl/externalLinks/") for n in names)
    if workbook.has_macros:
        workbook.notes.append(
            Problem("", None, None, f"“{name}” contains macros; they were ignored.", "note")
        )
    if workbook.has_external_links:
        workbook.notes.append(
            Problem(
                "",
                None,
                None,
                f"“{name}” links to other workbooks; the links were not followed "
                "(cells show the values last saved).",
                "note",
            )
        )
    return workbook


def _has_formula(archive: zipfile.ZipFile, member: str) -> bool:
    """Whether a worksheet part holds any formula, read in chunks (bounded memory)."""
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            if b"<f>" in data or b"<f " in data or b":f>" in data or b":f " in data:
                return True
            tail = data[-8:]
    return False


def _load(path: Path, *, data_only: bool) -> Any:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    # Refuse to parse untrusted XML without defusedxml (entity expansion, XXE).
    if not DEFUSEDXML:  # pragma: no cover - the dependency is declared
        raise UserError("Workbooks cannot be read safely: the defusedxml package is missing.")
    # openpyxl refuses a name not ending in .xlsx/.xlsm even when the bytes are a workbook
    # ("plan.xls" saved by an old system): then it reads the bytes (size already capped).
    source: Any = path
    if path.suffix.lower() not in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        source = io.BytesIO(path.read_bytes())
    try:
        return openpyxl.load_workbook(
            source, read_only=True, data_only=data_only, keep_links=False, keep_vba=False
        )
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a malformed part
        raise UserError(
            f"“{path.name}” is damaged and cannot be read ({type(error).__name__}). "
            "Open it in Excel and save it again as an .xlsx workbook."
        ) from None
