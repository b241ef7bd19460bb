"""Write a workbook so that a failure never leaves half a file: sealed against
formulas, written beside the destination, then moved into place in one step."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lipplanner.core.errors import UserError
from lipplanner.core.files import quiet_file, write_atomically
from lipplanner.core.messages import say
from lipplanner.core.reports.safe_text import seal_workbook


def _lock_file(destination: Path) -> Path | None:
    """The lock file an office suite keeps beside a workbook it has open, if any."""
    for name in (f".~lock.{destination.name}#", f"~${destination.name}"):
        candidate = destination.with_name(name)
        if candidate.exists():
            return candidate
    return None


def check_destination(destination: str | os.PathLike[str]) -> Path:
    """The destination as a path, or a `UserError` saying why it cannot be written."""
    path = Path(destination).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise UserError(
            say("“{name}” must end in .xlsx, the Excel workbook format.", name=path.name)
        )
    folder = path.parent
    if not folder.is_dir():
        raise UserError(
            say("The folder “{folder}” does not exist; choose another destination.", folder=folder)
        )
    if path.is_dir():
        raise UserError(
            say("“{path}” is a folder; give the name of the workbook to write.", path=path)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(
            say(
                "You cannot write in the folder “{folder}”; choose another destination.",
                folder=folder,
            )
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(
            say("“{name}” is read-only; choose another name or folder.", name=path.name)
        )
    if _lock_file(path) is not None:
        raise UserError(
            say(
                "“{name}” is open in a spreadsheet application; close it and export again.",
                name=path.name,
            )
        )
    return path


def save_workbook(workbook: Any, destination: str | os.PathLike[str]) -> Path:
    """Save an openpyxl workbook at `destination`, replacing it only once complete.

    Every workbook the app writes goes through here. Raises `UserError` (one sentence)
    when the destination cannot be written; an existing file there is then left
    exactly as it was.
    """
    path = check_destination(destination)
    seal_workbook(workbook)

    def write(temporary: Path) -> None:
        with quiet_file(temporary) as handle:
            workbook.save(handle)

    return write_atomically(path, write)
