"""A new plan file appears whole or not at all: built in a temporary file beside the
target (in one transaction), closed, then moved into place."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from lipplanner.core.db import open_plan
from lipplanner.core.errors import DataFileError
from lipplanner.core.files import SIDE_SUFFIXES, write_atomically


def write_new_plan(
    target: str | os.PathLike[str],
    build: Callable[[Session], None],
    *,
    replace: bool = False,
) -> Path:
    """Create the plan file `target` with what `build(session)` adds to a fresh plan.

    `replace=False` refuses to replace a file (even one that appears meanwhile). A
    full disk or an unwritable folder is one sentence naming `target`, never the
    temporary file; a killed run leaves nothing at `target`.
    """
    path = Path(target)
    if not path.parent.is_dir():
        raise DataFileError(f"The folder “{path.parent}” does not exist.")
    if path.is_dir():
        raise DataFileError(f"“{path}” is a folder.")

    def write(temporary: Path) -> None:
        db = open_plan(temporary, create=True)
        try:
            with db.transaction() as session:
                build(session)
        finally:
            db.close()  # checkpoints the WAL: the whole plan is in the one file
        if replace:
            # The replaced plan's journal must not be replayed into the new file.
            for suffix in SIDE_SUFFIXES:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{path}{suffix}")

    return write_atomically(path, write, replace=replace)
