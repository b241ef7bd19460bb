"""Output folders the command line makes for the user, and takes back on failure."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def new_folders(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """Create `folder` and any missing parents; if the work inside fails, remove the
    ones made here that are still empty, so a refused command leaves nothing behind."""
    target = Path(folder).expanduser()
    missing = [p for p in (target, *target.parents) if not p.exists()]
    target.mkdir(parents=True, exist_ok=True)
    try:
        yield target
    except BaseException:
        for made in missing:  # deepest first
            with contextlib.suppress(OSError):
                made.rmdir()
        raise
