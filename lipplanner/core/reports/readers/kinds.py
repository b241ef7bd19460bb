"""What a file really is, from its bytes, whatever its name says.

A coordinator picks "plan.xls" that is really an HTML export, a PNG renamed by a mail
client, or an encrypted workbook. Each is told apart here (zip parts, OLE2 streams,
magic numbers, text) so the refusal names the real kind in one sentence.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from lipplanner.core.errors import UserError
from lipplanner.core.reports.workbook_reader import MAX_UNPACKED_BYTES

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

_PICTURES = {
    b"\x89PNG": "a PNG picture",
    b"\xff\xd8\xff": "a JPEG picture",
    b"GIF8": "a GIF picture",
    b"%PDF": "a PDF document",
    b"II*\x00": "a TIFF picture",
    b"MM\x00*": "a TIFF picture",
    b"BM": "a BMP picture",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"{\\rtf": "an RTF document",
}
_ZIP_KINDS = (
    ("xl/workbook.xml", "xlsx"),
    ("word/document.xml", "docx"),
)
_OTHER_ZIPS = (
    ("ppt/", "a PowerPoint presentation"),
    ("application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
    ("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation"),
)


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def sniff(handle: BinaryIO, name: str) -> str:
    """The reader to use: "xlsx", "xls", "ods", "docx" or "csv"; else a `UserError`
    that says what the file is instead."""
    head = handle.read(4096)
    handle.seek(0)
    if not head:
        raise UserError(f"“{name}” is empty.")
    if head.startswith(OLE2):
        return _ole2_kind(handle, name)
    if head.startswith(ZIP):
        return _zip_kind(handle, name)
    for magic, words in _PICTURES.items():
        if head.startswith(magic):
            raise UserError(f"“{name}” is {words}, not a spreadsheet.")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(f"“{name}” is not a spreadsheet, a CSV file or a Word document.")
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<table" in lowered[:2048]:
        raise UserError(
            f"“{name}” is a web page (HTML), not a spreadsheet. Open it in Excel or "
            "LibreOffice and save it as an .xlsx workbook."
        )
    if lowered.startswith(b"<?xml"):
        raise UserError(
            f"“{name}” is an XML file, not a spreadsheet. Open it in Excel or LibreOffice "
            "and save it as an .xlsx workbook."
        )
    return "csv"


def _ole2_kind(handle: BinaryIO, name: str) -> str:
    """Legacy .xls, or an Office file under a password (an OLE2 box around it), or .doc.

    The stream names sit in the directory sectors, which can be anywhere in the file,
    so it is scanned in chunks (the size is already capped)."""
    found: set[str] = set()
    markers = {
        "encrypted": _utf16("EncryptedPackage"),
        "workbook": _utf16("Workbook"),
        "book": _utf16("Book\x00"),
        "word": _utf16("WordDocument"),
    }
    tail = b""
    while chunk := handle.read(1 << 20):
        data = tail + chunk
        found.update(key for key, marker in markers.items() if marker in data)
        tail = data[-40:]
    handle.seek(0)
    if "encrypted" in found:
        raise UserError(
            f"“{name}” is protected by a password. Open it in Excel, remove the password "
            "(File → Info → Protect Workbook), save it, then try again."
        )
    if "word" in found and not {"workbook", "book"} & found:
        raise UserError(
            f"“{name}” is an old Word document (.doc). Open it in Word or LibreOffice and "
            "save it as a .docx document, then try again."
        )
    return "xls"


def _zip_kind(handle: BinaryIO, name: str) -> str:
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            unpacked = sum(member.file_size for member in members)
            mimetype = archive.read("mimetype")[:200] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError):
        raise UserError(
            f"“{name}” is damaged: it looks like an Office file but cannot be unpacked. "
            "Open it and save it again, or ask for a fresh copy."
        ) from None
    finally:
        handle.seek(0)
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError(
            f"“{name}” unpacks to more than {MAX_UNPACKED_BYTES / 1e6:,.0f} MB; "
            "it is not a plan file we can read safely."
        )
    for part, kind in _ZIP_KINDS:
        if part in names:
            return kind
    if mimetype.startswith(ODS_MIME):
        return "ods"
    for marker, words in _OTHER_ZIPS:
        if marker.encode() in mimetype or any(n.startswith(marker) for n in names):
            raise UserError(f"“{name}” is {words}, not a spreadsheet.")
    raise UserError(f"“{name}” is a zip archive, not a spreadsheet. Unzip it first.")
