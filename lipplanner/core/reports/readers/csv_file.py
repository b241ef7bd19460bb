"""A plan saved as CSV (or tab-separated text): its encoding and delimiter found from
the bytes, as Excel and LibreOffice users write them.

Excel on Windows writes cp1252 ("CSV") or UTF-8 with a BOM ("CSV UTF-8"), and uses ";"
where the decimal comma is the norm (French Canada); "Unicode text" is UTF-16 with tabs.
Values stay text: a CSV has no types, and "1.10" is a code, not the number 1.1.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter

from lipplanner.core.reports.cell_values import ERROR_CODES, ErrorValue
from lipplanner.core.reports.grid import WorkbookGrid
from lipplanner.core.reports.readers.limits import SheetCollector
from lipplanner.core.reports.workbook_reader import MAX_FILE_BYTES, Problem

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 50
_SAMPLE_CHARS = 65_536


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the few bytes cp1252 leaves undefined
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one same width."""
    # The first lines only, and not all of a huge first field.
    lines = [line for line in text[:_SAMPLE_CHARS].splitlines() if line.strip()]
    sample = "\n".join(lines[:_SAMPLE_LINES])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        widths = [w for w in widths if w > 1]
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes, name: str) -> WorkbookGrid:
    """One sheet named after the file, its rows as written."""
    text, _encoding = decode(data)
    delimiter = sniff_delimiter(text)
    problems: list[Problem] = []
    sheet_name = name.rsplit(".", 1)[0] or name
    collector = SheetCollector(sheet_name, problems)
    # A single huge field must reach the collector (which clips it and says so) rather
    # than stop the csv module; the limit is process-wide, so it is put back after.
    previous = csv.field_size_limit(MAX_FILE_BYTES)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            # A spreadsheet saves a failed formula's "#REF!" as the text: still an error.
            collector.add(ErrorValue(c) if c in ERROR_CODES else c for c in row)
            if collector.full:
                break
    except csv.Error as error:
        problems.append(
            Problem(sheet_name, collector.scanned + 1, None, f"The rest cannot be read ({error}).")
        )
    finally:
        csv.field_size_limit(previous)
    return WorkbookGrid(name, "csv", (collector.sheet(),), tuple(problems))
