"""Writing a file so that its name only ever holds a whole file, and naming files
after plan text safely.

Every file the app writes (plans made by `demo` and `import -o`, reports, partner
workbooks, the import template) is written into a temporary file beside the target,
flushed to the disk, given the user's normal permissions and moved into place in one
step (`os.replace`, atomic on the same file system). A killed run leaves at most a
temporary file, whose name says which computer and process made it; the next write in
that folder removes it once that process is gone. Failures are one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import socket
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from lipplanner.core.errors import DataFileError, UserError

TEMP_SUFFIX = ".lip-partial"
# What SQLite may add beside a database (the temporary plan of `demo` or `import -o`).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# ".report.xlsx.3f2a-12345-9c0e1b2d.lip-partial" (+ a SQLite side suffix)
_TEMP_NAME = re.compile(
    r"^\.(?P<name>.+)\.(?P<host>[0-9a-f]{4})-(?P<pid>\d+)-[0-9a-f]{8}"
    + re.escape(TEMP_SUFFIX)
    + r"(?:-wal|-shm|-journal)?$"
)
# Temporary files of earlier versions: ".report-k2j4h1.xlsx.part", ".plan.importing.lip",
# ".plan.lip.restoring".
_OLD_TEMP_NAME = re.compile(
    r"^\..+(?:\.xlsx\.part|\.importing\.lip(?:-wal|-shm|-journal)?|\.lip\.restoring)$"
)
# A temporary file whose writer cannot be asked (another computer) is left this long.
STALE_SECONDS = 24 * 3600

# Names Windows keeps for devices, whatever the extension ("nul.txt" too); the digits
# include 0 and the superscripts ¹ ² ³ it also takes.
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"}
)
# A file name's limit (255 bytes on ext4 and APFS; 255 UTF-16 units on NTFS, never more
# than the UTF-8 bytes) less
# the room its temporary name beside it takes (".name.3f2a-1234567-9c0e1b2d.lip-partial"
# and a SQLite "-journal").
NAME_BYTES = 255 - 64
# SQLite's primary result codes: PERM, READONLY, IOERR, FULL, CANTOPEN, AUTH.
_SQLITE_ERRNO = {
    3: errno.EACCES,
    8: errno.EACCES,
    10: errno.EIO,
    13: errno.ENOSPC,
    14: errno.EACCES,
    23: errno.EACCES,
}
_ILLEGAL_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]


def temporary_name(target: Path) -> Path:
    """Where to write `target` before it is complete: hidden, beside it, and saying
    which computer and process writes it."""
    token = secrets.token_hex(4)
    return target.with_name(f".{target.name}.{_host_tag()}-{os.getpid()}-{token}{TEMP_SUFFIX}")


def normal_mode() -> int:
    """The permissions a new file of this user gets (0o666 less the umask), rather than
    the owner-only 0o600 of `tempfile.mkstemp`."""
    mask = _current_umask()
    return 0o666 & ~mask


def _current_umask() -> int:
    with contextlib.suppress(OSError, ValueError):  # Linux ≥ 4.7 says it without changing it
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: read it by setting it, and put it back at once
    os.umask(mask)
    return mask


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files killed runs left in `folder`; returns them.

    A file of this computer is removed once its process is gone; one of another
    computer (a shared folder) once it is a day old, since its writer may be at work.
    """
    from lipplanner.core.db.locks import _process_alive

    removed: list[Path] = []
    here = _host_tag()
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith("."):
            continue
        match = _TEMP_NAME.match(entry.name)
        if match is None and not _OLD_TEMP_NAME.match(entry.name):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if not entry.is_file(follow_symlinks=False):
                continue
        except OSError:
            continue
        if match is not None and match["host"] == here:
            gone = not _process_alive(int(match["pid"]))
        else:
            gone = age > STALE_SECONDS
        if gone:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def write_failure(error: BaseException, target: Path) -> str:
    """The one sentence for a file that could not be written, whatever raised it."""
    name = f"“{target.name}”"
    number = _errno_of(error)
    if number == errno.EIO and _nearly_full(target.parent):
        number = errno.ENOSPC  # SQLite says "disk I/O error" when its -shm cannot grow
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"The disk is full: {name} could not be written; free some space and try again."
    if number == errno.EROFS:
        return f"The disk holding “{target.parent}” is read-only: {name} could not be written."
    if number in (errno.EACCES, errno.EPERM):
        if target.exists():
            return (
                f"{name} could not be replaced: it may be open in another program or "
                "read-only; close it and try again, or choose another name."
            )
        return f"You cannot write in the folder “{target.parent}”; choose another folder."
    if number == errno.ENAMETOOLONG:
        return f"The name {name} is too long for this disk; choose a shorter one."
    detail = _detail(error)
    return f"{name} could not be written ({detail})."


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _errno_of(error: BaseException) -> int | None:
    """The error number behind an error, following what it was raised from (SQLite's
    codes mapped to the matching OS ones)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno is not None:
            return seen.errno
        code = getattr(seen, "sqlite_errorcode", None)
        if isinstance(seen, sqlite3.Error) and code is not None:
            # Only the codes of a disk that refuses the write; a constraint broken by a
            # bug is not a write failure and must not be dressed up as one.
            return _SQLITE_ERRNO.get(code & 0xFF)
        orig = getattr(seen, "orig", None)  # SQLAlchemy's wrapper of a driver error
        seen = orig if isinstance(orig, BaseException) else seen.__cause__ or seen.__context__
    return None


def _detail(error: BaseException) -> str:
    """The system's words for what went wrong (never a temporary file's name)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            return seen.strerror
        if isinstance(seen, sqlite3.Error):
            return str(seen).splitlines()[0]
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else seen.__cause__ or seen.__context__
    return type(error).__name__


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_SUFFIXES):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def write_atomically(
    target: str | os.PathLike[str],
    write: Callable[[Path], object],
    *,
    replace: bool = True,
    mode: int | None = None,
) -> Path:
    """Write `target` by calling `write(temporary)`, then move the result into place.

    `replace=False` never replaces a file that appeared at `target` meanwhile. The
    file gets `mode`, or the existing target's permissions, or the user's normal ones.
    An `OSError` (or a database error of a plan being built) becomes a `UserError` of
    one sentence; any other error (a `UserError` of `write`, a cancel) passes through.
    Either way the temporary file is removed and an existing target left as it was.
    """
    path = Path(target)
    remove_leftovers(path.parent)
    temporary = temporary_name(path)
    try:
        write(temporary)
        _fsync_file(temporary)
        if mode is None:
            try:
                mode = stat.S_IMODE(path.stat().st_mode) if replace else normal_mode()
            except FileNotFoundError:
                mode = normal_mode()
        os.chmod(temporary, mode)
        if replace:
            os.replace(temporary, path)
        else:
            _move_without_replacing(temporary, path)
        _fsync_folder(path.parent)
    except Exception as error:
        # A plan being built reports a full disk as a DataFileError naming the temporary
        # file; any other UserError (a check of `write`) is already the right sentence.
        if isinstance(error, UserError) and not isinstance(error, DataFileError):
            raise
        if _errno_of(error) is None:
            raise
        raise UserError(write_failure(error, path)) from None
    finally:
        _remove_with_side_files(temporary)
    return path


def _move_without_replacing(temporary: Path, target: Path) -> None:
    try:
        os.link(temporary, target)  # fails if the target exists: never overwrites
    except FileExistsError:
        raise UserError(f"“{target.name}” already exists; choose a new file name.") from None
    except OSError:  # a file system without hard links (FAT, some shares)
        if target.exists():
            raise UserError(f"“{target.name}” already exists; choose a new file name.") from None
        os.replace(temporary, target)


@contextlib.contextmanager
def quiet_file(path: Path) -> Iterator[_QuietFile]:
    """A binary file for a library that may leave it half-used on failure (openpyxl's
    zip writer): once abandoned, its later writes are dropped instead of raising again
    from a garbage-collected object ("Exception ignored … OSError" on a full disk)."""
    handle = _QuietFile(path)
    try:
        yield handle
    except BaseException:
        handle.abandon()
        raise
    handle.close()


class _QuietFile:
    """A binary file that, once abandoned, only pretends: writes and seeks move a
    position (so a zip writer's arithmetic still adds up) and reach no disk."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("wb")
        self._abandoned = False
        self._position = 0

    def abandon(self) -> None:
        if not self._abandoned:
            with contextlib.suppress(OSError, ValueError):
                self._position = self._file.tell()
            self._abandoned = True
            with contextlib.suppress(OSError):
                self._file.close()

    def close(self) -> None:
        if not self._abandoned:
            self._file.close()

    def write(self, data: bytes) -> int:
        if self._abandoned:
            self._position += len(data)
            return len(data)
        return self._file.write(data)

    def tell(self) -> int:
        return self._position if self._abandoned else self._file.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        if self._abandoned:
            self._position = offset if whence == 0 else self._position + offset
            return self._position
        return self._file.seek(offset, whence)

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        if not self._abandoned:
            self._file.flush()


def safe_file_name(
    text: str, *, fallback: str, prefix: str = "", suffix: str = "", max_bytes: int = NAME_BYTES
) -> str:
    """`prefix` + plan text made usable in a file name on any system + `suffix`.

    Characters Windows, macOS or Linux refuse become spaces; no leading `=`, `+`, `-`,
    `@` or dot (a formula in a spreadsheet's file list, an option on a command line, a
    hidden file); no trailing dot or space (Windows drops them); not a reserved Windows
    name (CON, NUL, COM1, CONIN$ …); `fallback` if nothing is left. The whole name is at
    most `max_bytes` in UTF-8, cut between characters, so it and its temporary name
    fit the 255 bytes file systems allow. `prefix` and `suffix` are the app's own text.
    """
    name = _ILLEGAL_IN_NAME.sub(" ", text)
    name = " ".join(name.split()).lstrip("=+-@.\t ").rstrip(". ")
    room = max_bytes - len(prefix.encode()) - len(suffix.encode())
    name = _cut_to_bytes(name, room).rstrip(". ") or _cut_to_bytes(fallback, room)
    if name.split(".")[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        name = _cut_to_bytes(f"_{name}", room)
    return f"{prefix}{name}{suffix}"


def _cut_to_bytes(text: str, size: int) -> str:
    """`text`'s longest start of at most `size` bytes in UTF-8, never half a character."""
    return text.encode()[: max(size, 0)].decode("utf-8", "ignore")
