"""Remembering which plan files passed the opening check, so an unchanged file is not
scanned again on the next open (seconds for a plan of 160,000 updates).

The record is a fingerprint of the file and its write-ahead log as the file system
sees them: device, inode, size, modification and change time (ctime, which no user
can set back). Any write — by this app, another copy or another tool — changes it,
and the next open checks the file in full again. The record lives in the user's cache
folder; when it cannot be read or written the check simply runs every time.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from lipplanner import __version__
from lipplanner.core.db.schema import SCHEMA_HEAD

# Records kept at most: the plans a coordinator opened lately.
KEEP = 50
# A file written this recently is not recorded: a second write within the same tick of
# the file system's clock could leave the same times (git's "racy clean" problem).
SETTLE_NS = 2 * 10**9
# A new version may check more: what an older one passed is checked again.
_RULES = f"{__version__}/{SCHEMA_HEAD}"

Fingerprint = list[list[int] | None]


def user_cache_folder() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "LIP Planner"


def _record_file() -> Path:
    return user_cache_folder() / "verified-plans.json"


def _stat(path: Path, *, empty_is_none: bool = False) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if empty_is_none and st.st_size == 0:
        return None  # an empty log holds nothing: the same as none
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def fingerprint(plan: Path) -> Fingerprint:
    """What any change to the plan file or its write-ahead log would change."""
    wal = plan.with_name(plan.name + "-wal")
    return [_stat(plan), _stat(wal, empty_is_none=True)]


def _records() -> dict[str, object]:
    try:
        loaded = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) and loaded.get("rules") == _RULES else {}


def _key(plan: Path) -> str:
    return str(plan.resolve())


def is_verified(plan: Path, seen: Fingerprint) -> bool:
    """Whether `plan`, as fingerprinted in `seen`, passed the check as it is now."""
    plans = _records().get("plans")
    return seen[0] is not None and isinstance(plans, dict) and plans.get(_key(plan)) == seen


def remember_verified(plan: Path, seen: Fingerprint) -> None:
    """Record that `plan` passed the check, if it is still as fingerprinted in `seen`
    (taken before the check began, so a write during the check is not covered)."""
    if seen[0] is None or fingerprint(plan) != seen:
        return
    newest_write = max(stat[3] for stat in seen if stat is not None)
    if time.time_ns() - newest_write < SETTLE_NS:
        return
    records = _records()
    plans = records.get("plans")
    kept = {k: v for k, v in plans.items() if k != _key(plan)} if isinstance(plans, dict) else {}
    kept[_key(plan)] = seen
    target = _record_file()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        newest = dict(list(kept.items())[-KEEP:])
        temporary.write_text(json.dumps({"rules": _RULES, "plans": newest}), encoding="utf-8")
        os.replace(temporary, target)  # another copy of the app never reads half a file
    except OSError:  # an unwritable profile: the check runs every time
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
