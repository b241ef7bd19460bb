"""Files someone gives us to read: regular files only, opened without blocking.

A pipe (FIFO) named like a workbook would make `open` wait forever for a writer, and a
device could be read forever; a folder is not a file at all. Every reader calls
`regular_file` (or `open_regular`) first: the file's kind is checked with `os.stat`
before anything opens it, and the opened file is checked again to be that same
regular file (nothing swapped in between, no symbolic link put in its place).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from lipplanner.core.errors import UserError


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words (None: a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def regular_file(location: str | os.PathLike[str]) -> Path:
    """The file's real path, or a `UserError` when it is missing or not a regular file
    (folder, pipe, device, socket). Never opens it, so it cannot block."""
    path = Path(location).expanduser()
    try:
        info = os.stat(path)  # follows a symbolic link to what it names
    except FileNotFoundError:
        raise UserError(f"There is no file “{path}”.") from None
    except OSError as error:
        raise UserError(f"“{path.name}” cannot be read ({error.strerror}).") from None
    kind = _kind(info.st_mode)
    if kind is not None:
        if kind == "a folder":
            raise UserError(f"“{path.name}” is a folder, not a file; choose a file in it.")
        raise UserError(
            f"“{path.name}” is {kind}, not a file; save what it holds as a file and "
            "choose that file."
        )
    return path.resolve()


def open_regular(location: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading, refusing anything else without blocking.

    The path is checked first (`regular_file`), then opened non-blocking and without
    following a link in its last part, and the open file must be the one checked: a
    pipe or link swapped in meanwhile is refused instead of waited on.
    """
    path = regular_file(location)
    before = os.stat(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise UserError(f"“{path.name}” cannot be read ({error.strerror}).") from None
    try:
        info = os.fstat(fd)
        if _kind(info.st_mode) is not None or (info.st_dev, info.st_ino) != (
            before.st_dev,
            before.st_ino,
        ):
            raise UserError(f"“{path.name}” changed while it was being opened; try again.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads never wait anyway
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
