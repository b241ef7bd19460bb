"""The XML parts of a zipped document (.docx, .ods) read safely: streamed in chunks, and
refused when they declare a DTD."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import ParseError

from lipplanner.core.errors import UserError

CHUNK = 1 << 20
# A DTD is how billion-laughs and XXE parts start; Word and LibreOffice never write one.
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_LONGEST_MARKER = max(len(m) for m in _DTD_MARKERS)
# What a damaged zip or XML part raises while it is read.
DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError, ParseError,
           ValueError)  # fmt: skip


def has_dtd(data: bytes) -> bool:
    return any(marker in data for marker in _DTD_MARKERS)


def checked_chunks(stream: IO[bytes], unsafe: UserError) -> Iterator[bytes]:
    """The part's bytes in chunks, each checked for a DTD (across chunk edges too);
    `unsafe` is raised on the first one."""
    tail = b""
    while chunk := stream.read(CHUNK):
        window = tail + chunk
        if has_dtd(window):
            raise unsafe
        tail = window[-_LONGEST_MARKER:]
        yield chunk
