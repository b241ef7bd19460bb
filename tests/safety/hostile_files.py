"""Hostile files of every kind a coordinator can hand the importers, made on the fly.

Each maker writes one file at `path` (its name says the kind it claims to be) from a
sound base file of that kind, and returns the path actually to give the importer
(a link for the device case). The bases are a small plan sheet (.xlsx, .xlsm, .ods,
.xls, .csv, .docx) and, for the partner-update importer, a real partner workbook.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

PLAN_ROWS = [
    ["Code", "Action", "Lead partner", "Status"],
    ["A1", "Welcome cafe", "Library", "On track"],
    ["A2", "Mentoring circles", "YMCA", "Delayed"],
]
KINDS = ("xlsx", "xlsm", "xls", "ods", "csv", "docx")
ZIP_KINDS = ("xlsx", "xlsm", "ods", "docx")
# The part of each zip kind that holds the table.
MAIN_PART = {
    "xlsx": "xl/worksheets/sheet1.xml",
    "xlsm": "xl/worksheets/sheet1.xml",
    "ods": "content.xml",
    "docx": "word/document.xml",
}
BOMB_BYTES = 520 * 1024 * 1024  # unpacks past the 500 MB cap, packs to ~0.5 MB
HUGE_CELL = 10_000_000
HUGE_ROWS = 200_000  # real rows, past the 50,000 cap

_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)
_XXE = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def make_bases(folder: Path, partner_workbook: Path | None) -> dict[str, Path]:
    """The sound file of each kind (.xls and .ods by LibreOffice, None without it)."""
    folder.mkdir(parents=True, exist_ok=True)
    bases: dict[str, Path] = {}
    book = openpyxl.Workbook()
    book.active.title = "Actions"
    for row in PLAN_ROWS:
        book.active.append(row)
    bases["xlsx"] = folder / "base.xlsx"
    book.save(bases["xlsx"])
    bases["xlsm"] = folder / "base.xlsm"
    _rezip(bases["xlsx"], bases["xlsm"], extra={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0junk"})
    bases["csv"] = folder / "base.csv"
    bases["csv"].write_text("\n".join(",".join(r) for r in PLAN_ROWS) + "\n", encoding="utf-8")
    bases["docx"] = folder / "base.docx"
    _docx(bases["docx"], PLAN_ROWS)
    if shutil.which("soffice"):
        profile = Path("/tmp") / f"lipplanner-lo-{uuid.uuid4().hex}"
        try:
            for kind in ("xls", "ods"):
                subprocess.run(
                    ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                     "--norestore", "--convert-to", kind, str(bases["xlsx"]),
                     "--outdir", str(folder)],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip
                bases[kind] = folder / f"base.{kind}"
        finally:
            shutil.rmtree(profile, ignore_errors=True)
    if partner_workbook is not None:
        bases["update"] = partner_workbook
    return bases


def _docx(path: Path, rows: list[list[str]]) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(path))


def _rezip(
    source: Path,
    target: Path,
    *,
    replace: Callable[[str, bytes], bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> None:
    with zipfile.ZipFile(source) as inside:
        parts = [(info.filename, inside.read(info)) for info in inside.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts:
            out.writestr(name, replace(name, data) if replace else data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)


def _bomb(source: Path, target: Path, member: str) -> None:
    """`source` with one more part of zeros that unpacks past the cap."""
    shutil.copyfile(source, target)
    with (
        zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as out,
        out.open(zipfile.ZipInfo(member), "w", force_zip64=True) as part,
    ):
        block = bytes(16 * 1024 * 1024)
        for _ in range(BOMB_BYTES // len(block)):
            part.write(block)


def _with_doctype(data: bytes, doctype: str, entity: str) -> bytes:
    """The XML part with a DOCTYPE declared and an entity used in its first text."""
    body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data)
    body = re.sub(rb"(<(?:t|v|text:p|w:t)(?:\s[^>]*)?>)", rb"\1" + entity.encode(), body, count=1)
    return doctype.encode() + body


def _xml_attack(
    source: Path, target: Path, kind: str, part: str, doctype: str, entity: str
) -> None:
    if kind in ("xlsx", "xlsm"):
        part = "xl/sharedStrings.xml" if _has(source, "xl/sharedStrings.xml") else part
    _rezip(
        source,
        target,
        replace=lambda name, data: _with_doctype(data, doctype, entity) if name == part else data,
    )


def _has(path: Path, member: str) -> bool:
    with zipfile.ZipFile(path) as inside:
        return member in inside.namelist()


def _huge_cell(
    source: Path, target: Path, kind: str, part: str, code: str = "A3", column: str = "B"
) -> None:
    text = "x" * HUGE_CELL
    if kind == "csv":
        target.write_text(source.read_text() + f"A3,{text},Library,On track\n", encoding="utf-8")
        return
    if kind == "docx":
        _docx(target, [*PLAN_ROWS, ["A3", text, "Library", "On track"]])
        return
    if kind in ("xlsx", "xlsm"):
        cell = (
            f'<row r="40"><c r="A40" t="inlineStr"><is><t>{code}</t></is></c>'
            f'<c r="{column}40" t="inlineStr"><is><t>{text}</t></is></c></row>'
        )
        _rezip(
            source,
            target,
            replace=lambda n, d: (
                d.replace(b"</sheetData>", cell.encode() + b"</sheetData>") if n == part else d
            ),
        )
        return
    if kind == "ods":
        row = (
            '<table:table-row><table:table-cell office:value-type="string"><text:p>A3</text:p>'
            f'</table:table-cell><table:table-cell office:value-type="string"><text:p>{text}'
            "</text:p></table:table-cell></table:table-row>"
        )
        _rezip(
            source,
            target,
            replace=lambda n, d: (
                re.sub(rb"(</table:table-row>)", rb"\1" + row.encode(), d, count=1)
                if n == "content.xml"
                else d
            ),
        )
        return
    raise ValueError(kind)


def _huge_rows(source: Path, target: Path, kind: str, part: str) -> None:
    if kind == "csv":
        lines = (f"A{n},Action {n},Library,On track" for n in range(3, HUGE_ROWS))
        target.write_text(source.read_text() + "\n".join(lines) + "\n", encoding="utf-8")
        return
    if kind in ("xlsx", "xlsm"):
        rows = b"".join(
            b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>A%d</t></is></c>'
            b'<c r="B%d" t="inlineStr"><is><t>Action</t></is></c></row>' % (n, n, n, n)
            for n in range(100, HUGE_ROWS)
        )
        _rezip(
            source,
            target,
            replace=lambda n, d: (
                d.replace(b"</sheetData>", rows + b"</sheetData>") if n == part else d
            ),
        )
        return
    if kind == "ods":
        # A million repeated rows, as LibreOffice writes formatted empty space, then data.
        filler = (
            '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
            'table:number-columns-repeated="4"/></table:table-row>'
            '<table:table-row><table:table-cell office:value-type="string"><text:p>A9'
            "</text:p></table:table-cell></table:table-row>"
        )
        _rezip(
            source,
            target,
            replace=lambda n, d: _after_rows(d, 3, filler.encode()) if n == "content.xml" else d,
        )
        return
    if kind == "docx":
        row = (
            "<w:tr><w:tc><w:p><w:r><w:t>A{n}</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>Action</w:t></w:r></w:p></w:tc></w:tr>"
        )
        rows = "".join(row.format(n=n) for n in range(3, 60_000)).encode()
        _rezip(
            source,
            target,
            replace=lambda n, d: (
                d.replace(b"</w:tbl>", rows + b"</w:tbl>", 1) if n == "word/document.xml" else d
            ),
        )
        return
    raise ValueError(kind)


def _after_rows(content: bytes, rows: int, extra: bytes) -> bytes:
    """ODS content with `extra` after its first `rows` rows (LibreOffice ends a sheet
    with empty rows repeated to its last row: nothing may come after those)."""
    at = 0
    for _ in range(rows):
        at = content.index(b"</table:table-row>", at) + len(b"</table:table-row>")
    return content[:at] + extra + content[at:]


def _formulas(source: Path, target: Path, kind: str, part: str) -> None:
    """Cells holding formulas a spreadsheet would run: cached results (xlsx) or text."""
    hostile = ['=HYPERLINK("http://evil.example/x","click me")', "=cmd|' /C calc'!A0"]
    if kind == "csv":
        target.write_text(
            source.read_text()
            + "".join(
                f'A{n + 3},"{h.replace(chr(34), chr(34) * 2)}",Library,On track\n'
                for n, h in enumerate(hostile)
            ),
            encoding="utf-8",
        )
        return
    if kind in ("xlsx", "xlsm"):
        cells = (
            b'<row r="40"><c r="A40" t="inlineStr"><is><t>A3</t></is></c><c r="B40" t="str">'
            b'<f>HYPERLINK("http://evil.example/x","click me")</f><v>click me</v></c></row>'
            b'<row r="41"><c r="A41" t="inlineStr"><is><t>A4</t></is></c><c r="B41">'
            b"<f>cmd|' /C calc'!A0</f></c></row>"
        )
        _rezip(
            source,
            target,
            replace=lambda n, d: (
                d.replace(b"</sheetData>", cells + b"</sheetData>") if n == part else d
            ),
        )
        return
    if kind == "docx":
        _docx(target, [*PLAN_ROWS, ["A3", hostile[0], "Library", "On track"]])
        return
    raise ValueError(kind)


def make(
    case: str,
    kind: str,
    base: Path,
    path: Path,
    sheet: str | None = None,
    cell: tuple[str, str] = ("A3", "B"),
) -> Path:
    """Write the hostile `case` claiming to be `kind` at `path` from the sound `base`
    (`sheet`: the worksheet part to change, when not the first; `cell`: the code and
    column of a row added to .xlsx); the path to import."""
    part = sheet or MAIN_PART.get(kind, "")
    rng = random.Random(f"{case}-{kind}")
    if case == "random bytes":
        path.write_bytes(rng.randbytes(64 * 1024))
    elif case == "empty":
        path.write_bytes(b"")
    elif case == "fifo":
        os.mkfifo(path)
    elif case == "folder":
        path.mkdir()
    elif case == "device":
        path.symlink_to("/dev/zero")
    elif case == "nul bytes":
        path.write_bytes(base.read_bytes()[:200] + b"\x00" * 100 + b"Code,Action\n")
    elif case == "zip of junk":
        with zipfile.ZipFile(path, "w") as out:
            for n in range(3):
                out.writestr(f"junk{n}.bin", rng.randbytes(1024))
    elif case == "zip bomb":
        _bomb(
            base,
            path,
            {"ods": "Pictures/zeros.bin", "docx": "word/media/zeros.bin"}.get(
                kind, "xl/media/zeros.bin"
            ),
        )
    elif case == "billion laughs":
        _xml_attack(base, path, kind, part, _LAUGHS, "&lol9;")
    elif case == "xxe":
        _xml_attack(base, path, kind, part, _XXE, "&xxe;")
    elif case == "10 MB cell":
        _huge_cell(base, path, kind, part, *cell)
    elif case == "huge row count":
        _huge_rows(base, path, kind, part)
    elif case == "invalid utf-8":
        path.write_bytes(base.read_bytes() + b"A3,Caf\xe9 \xff\xfe bad \xc3(,Library,On track\n")
    elif case == "formulas":
        _formulas(base, path, kind, part)
    elif case == "far-away cell":
        _far_cell(base, path, kind)
    elif case == "mismatched tags":
        _mismatched_tags(base, path, part)
    elif case == "confusing structure":
        _confusing_structure(base, path)
    else:
        raise ValueError(case)
    return path


def _mismatched_tags(source: Path, target: Path, part: str) -> None:
    """A stray tag in the first text, `<t>a <b> Code</t>`: as many `<` as `>`, but an
    element opened and never closed (a reader that reads on drops the text after it)."""
    if _has(source, "xl/sharedStrings.xml"):
        part = "xl/sharedStrings.xml"
    _rezip(
        source,
        target,
        replace=lambda n, d: d.replace(b"<t>", b"<t>a <b> ", 1) if n == part else d,
    )


def with_shared_strings(source: Path, target: Path) -> None:
    """The .xlsx with its text in `xl/sharedStrings.xml`, as Excel keeps it (openpyxl
    writes each text into its cell)."""
    texts: list[bytes] = []

    def shared(match: re.Match[bytes]) -> bytes:
        texts.append(match[2])
        return b'<c r="%s" t="s"><v>%d</v></c>' % (match[1], len(texts) - 1)

    def change(name: str, data: bytes) -> bytes:
        if name == MAIN_PART["xlsx"]:
            cell = rb'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>([^<]*)</t></is></c>'
            return re.sub(cell, shared, data)
        if name == "[Content_Types].xml":
            return data.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                b"</Relationships>",
            )
        return data

    with zipfile.ZipFile(source) as inside:
        parts = [(i.filename, change(i.filename, inside.read(i))) for i in inside.infolist()]
    strings = b"".join(b"<si><t>%s</t></si>" % text for text in texts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts:
            out.writestr(name, data)
        out.writestr(
            "xl/sharedStrings.xml",
            b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.'
            b'org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(texts), len(texts), strings),
        )


def _confusing_structure(source: Path, target: Path) -> None:
    """An .xls whose header gives another size for its small streams than the format's
    4,096 bytes: calamine ignores it and reads the sheets; a walk of the records that
    believed it would find none of them."""
    data = bytearray(source.read_bytes())
    data[0x38:0x3C] = (0xFFFFFFFF).to_bytes(4, "little")
    target.write_bytes(bytes(data))


def _far_cell(source: Path, target: Path, kind: str) -> None:
    """One cell at the sheet's far corner (XFD1048576 in .ods; row 65,536 and column
    16,383 in .xls, which its records allow): a dense reader lays out billions of cells."""
    if kind == "ods":
        far = (
            '<table:table-row table:number-rows-repeated="1048572"><table:table-cell '
            'table:number-columns-repeated="16384"/></table:table-row><table:table-row>'
            '<table:table-cell table:number-columns-repeated="16383"/><table:table-cell '
            'office:value-type="string"><text:p>far</text:p></table:table-cell></table:table-row>'
        )
        _rezip(
            source,
            target,
            replace=lambda n, d: _after_rows(d, 3, far.encode()) if n == "content.xml" else d,
        )
        return
    if kind == "xls":
        # The last text cell (a LABELSST record: type 0x00FD, 10 bytes) moved far away.
        data = bytearray(source.read_bytes())
        at = data.rfind(b"\xfd\x00\x0a\x00")
        data[at + 4 : at + 8] = (65_535).to_bytes(2, "little") + (16_383).to_bytes(2, "little")
        target.write_bytes(bytes(data))
        return
    raise ValueError(kind)
