"""Any plan file a coordinator has, read into a `WorkbookGrid`.

`read_grid` is the one door: it refuses what is not a regular file before opening it
for good (a FIFO would block, a device never ends), checks the size, finds the real
kind from the bytes and hands the file to its reader. Every refusal is a `UserError`
with one sentence that names the file; nothing is ever written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from lipplanner.core.errors import UserError
from lipplanner.core.reports.grid import WorkbookGrid
from lipplanner.core.reports.readers.kinds import sniff
from lipplanner.core.reports.workbook_reader import MAX_FILE_BYTES

# What the file dialog offers; the bytes decide, not these.
PLAN_FILE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".docx")


def read_grid(location: str | Path) -> WorkbookGrid:
    """Read a plan file (.xlsx, .xlsm, .xls, .ods, .csv or .docx) into a grid."""
    path = Path(location)
    name = path.name
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise UserError(f"There is no file “{path}”.") from None
    except IsADirectoryError:
        raise UserError(f"“{name}” is a folder, not a plan file.") from None
    except PermissionError:
        raise UserError(f"“{name}” cannot be read: permission denied.") from None
    except OSError as error:
        raise UserError(f"“{name}” cannot be opened ({error.strerror}).") from None
    try:
        _check_regular(os.fstat(fd), name)
    except UserError:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        kind = sniff(handle, name)
        # The readers get the handle checked above, never the path again: the file
        # cannot be swapped for a FIFO between the check and the read.
        if kind == "csv":
            from lipplanner.core.reports.readers.csv_file import read_csv

            return read_csv(handle.read(), name)
        if kind in ("xls", "ods"):
            from lipplanner.core.reports.readers.calamine import read_calamine

            return read_calamine(handle, name, kind)
        if kind == "docx":
            from lipplanner.core.reports.readers.docx_tables import read_docx_tables

            return read_docx_tables(handle, name)
    from lipplanner.core.reports.readers.xlsx import read_xlsx

    return read_xlsx(path)


def _check_regular(info: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"“{name}” is a folder, not a plan file.")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            f"“{name}” is not a regular file (it is a device, pipe or socket); "
            "choose a spreadsheet or Word file."
        )
    if info.st_size > MAX_FILE_BYTES:
        raise UserError(
            f"“{name}” is too large to be a plan ({info.st_size / 1e6:,.0f} MB; "
            f"at most {MAX_FILE_BYTES / 1e6:,.0f} MB)."
        )
