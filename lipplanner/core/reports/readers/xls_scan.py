"""What python-calamine does not say of an .xls before it reads a sheet: how far its cells
reach, and which cells hold a formula's error.

Calamine lays a sheet out as a dense rectangle from its first to its farthest cell
before giving a row: a crafted cell at row 65,536 and column 65,535 (the record allows
it) asks for billions of cells, and a few million already cost hundreds of megabytes.
It also gives error cells (#REF!, #N/A) as "". Both are found here by walking the
BIFF8 records of the workbook stream (found through the OLE2 directory), reading only
each cell record's row and column, and the error code of BOOLERR and FORMULA results.

Any surprise in the container (a loop in a sector chain, a stream beyond the file)
gives None, and the file is refused before calamine opens it: a file built to confuse
the walk could still ask calamine for gigabytes.
"""

from __future__ import annotations

import struct
from typing import IO, NamedTuple

_FREE_OR_END = 0xFFFFFFFA  # and above: free, end of chain, FAT and DIFAT sector markers
_BIFF_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!",
                0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A"}  # fmt: skip
# Cell records calamine keeps (BLANK and MULBLANK, formatting only, it drops).
_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, 0x0006, 0x0205, 0x00BD}
_BOF, _EOF, _BOUNDSHEET, _CONTINUE = 0x0809, 0x000A, 0x0085, 0x003C
_FORMULA, _BOOLERR, _MULRK = 0x0006, 0x0205, 0x00BD
_U16 = struct.Struct("<H")
_CELL = struct.Struct("<HHHH")  # type, size, then a cell record's row and column


class SheetExtent(NamedTuple):
    """0-based bounds of the cells calamine will lay out, and the error cells."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int
    errors: dict[tuple[int, int], str]

    @property
    def cells(self) -> int:
        """Cells of the dense rectangle calamine allocates."""
        if self.last_row < self.first_row:
            return 0
        rows = self.last_row - self.first_row + 1
        return rows * (self.last_column - self.first_column + 1)


def scan_xls(handle: IO[bytes]) -> dict[str, SheetExtent] | None:
    """Sheet name → its extent, for every worksheet of the .xls; None when the file
    cannot be walked (calamine then says what is wrong)."""
    handle.seek(0)
    data = handle.read()
    handle.seek(0)
    try:
        stream = _workbook_stream(data)
        return _sheets(stream) if stream is not None else None
    except (struct.error, IndexError, ValueError, UnicodeDecodeError):
        return None


def _workbook_stream(data: bytes) -> bytes | None:
    if len(data) < 512:
        return None
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_sector = 1 << struct.unpack_from("<H", data, 0x20)[0]
    if sector not in (512, 4096) or mini_sector != 64:
        return None
    first_dir, cutoff, first_minifat = struct.unpack_from("<I4xII", data, 0x30)
    if cutoff != 4096:  # the format's only value; calamine ignores another, the walk would not
        return None
    first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
    sectors = (len(data) - sector) // sector + 1

    def at(n: int) -> bytes:
        start = (n + 1) * sector
        if n >= sectors or start >= len(data):
            raise ValueError("sector beyond the file")
        return data[start : start + sector]

    fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
    n = first_difat
    for _ in range(min(difat_count, sectors)):
        if n >= _FREE_OR_END:
            break
        entries = struct.unpack(f"<{sector // 4}I", at(n))
        fat_sectors.extend(entries[:-1])
        n = entries[-1]
    fat: list[int] = []
    for n in fat_sectors:
        if n < _FREE_OR_END:
            fat.extend(struct.unpack(f"<{sector // 4}I", at(n)))

    def chain(start: int, table: list[int]) -> list[int]:
        found: list[int] = []
        while start < _FREE_OR_END:
            if len(found) > len(table):
                raise ValueError("a loop in a sector chain")
            found.append(start)
            start = table[start]
        return found

    directory = b"".join(at(n) for n in chain(first_dir, fat))
    listed = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    root = listed[0]
    for entry in listed:
        length = struct.unpack_from("<H", entry, 64)[0]
        name = entry[: max(0, length - 2)].decode("utf-16-le", "replace")
        # Names compare without case, as the format says (and calamine finds them).
        if entry[66] == 2 and name.casefold() in ("workbook", "book"):
            start, size = struct.unpack_from("<II", entry, 116)
            if size >= cutoff:
                return b"".join(at(n) for n in chain(start, fat))[:size]
            root_start = struct.unpack_from("<I", root, 116)[0]
            mini_stream = b"".join(at(n) for n in chain(root_start, fat))
            mini_fat: list[int] = []
            for n in chain(first_minifat, fat):
                mini_fat.extend(struct.unpack(f"<{sector // 4}I", at(n)))
            return b"".join(
                mini_stream[m * mini_sector : (m + 1) * mini_sector] for m in chain(start, mini_fat)
            )[:size]
    return None


def _sheets(stream: bytes) -> dict[str, SheetExtent] | None:
    """Walk the globals for the sheets' offsets, then each sheet's cell records; None
    when the globals list no sheet at all (not a workbook the walk understood)."""
    found: dict[str, SheetExtent] = {}
    offsets: list[tuple[str, int]] = []
    listed = 0
    at = 0
    while at + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, at)
        if kind == _BOUNDSHEET and size >= 8:
            listed += 1
            if stream[at + 9] == 0:  # a worksheet
                offset = struct.unpack_from("<I", stream, at + 4)[0]
                offsets.append((_sheet_name(stream[at + 10 : at + 4 + size]), offset))
        at += 4 + size
        if kind == _EOF:
            break
    if not listed:
        return None
    for name, offset in offsets:
        found[name] = _extent(stream, offset)
    return found


def _sheet_name(record: bytes) -> str:
    length, flags = record[0], record[1]
    if flags & 1:
        return record[2 : 2 + 2 * length].decode("utf-16-le")
    return record[2 : 2 + length].decode("latin-1")


def _extent(stream: bytes, at: int) -> SheetExtent:
    rows: set[int] = set()
    columns: set[int] = set()
    errors: dict[tuple[int, int], str] = {}
    depth = 0  # a chart embedded in the sheet has its own BOF … EOF
    u16, cell, end = _U16.unpack_from, _CELL.unpack_from, len(stream) - 8
    cells = _CELLS
    while at <= end:  # every record but a last one shorter than a cell's address
        kind, size, row, column = cell(stream, at)
        body = at + 4
        at = body + size
        if kind in cells:
            if size < 4:
                continue
            rows.add(row)
            columns.add(column)
            if kind == _MULRK:
                columns.add(u16(stream, body + size - 2)[0])
            elif kind == _BOOLERR and size >= 8 and stream[body + 7] == 1:
                errors[(row, column)] = _BIFF_ERRORS.get(stream[body + 6], "#VALUE!")
            elif (  # the cached result, bytes 6..13: an error when 6 is 2 and 12..13 FFFF
                kind == _FORMULA
                and size >= 14
                and stream[body + 6] == 2
                and stream[body + 12 : body + 14] == b"\xff\xff"
            ):
                errors[(row, column)] = _BIFF_ERRORS.get(stream[body + 8], "#VALUE!")
        elif kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                break
    first_row, last_row = (min(rows), max(rows)) if rows else (0, -1)
    first_column, last_column = (min(columns), max(columns)) if columns else (0, -1)
    return SheetExtent(first_row, first_column, last_row, last_column, errors)
