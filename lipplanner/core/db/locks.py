"""Noticing a plan file that is already open in another copy of LIP Planner.

A small lock file beside the plan (".<name>.lock") says who has it open: process id,
computer, user and since when. It is advice, not enforcement: SQLite keeps the data
safe either way, and the version column catches two people editing the same item.
A lock left by a crashed copy on this computer is recognised (its process is gone)
and replaced; one from another computer is reported, and the user decides.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    """Who holds a plan open."""

    pid: int
    host: str
    user: str
    since: datetime
    path: Path

    @property
    def on_this_computer(self) -> bool:
        return self.host == socket.gethostname()


def lock_path(plan: Path) -> Path:
    return plan.with_name(f".{plan.name}.lock")


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but someone else's
        return True
    return True


def read_lock(plan: Path) -> LockInfo | None:
    """Who has `plan` open, if anyone; a stale or unreadable lock counts as nobody."""
    path = lock_path(plan)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = LockInfo(
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data.get("user", "")),
            since=datetime.fromisoformat(str(data["since"])),
            path=plan,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if info.on_this_computer and not _process_alive(info.pid):
        return None  # left behind by a copy that crashed
    return info


def open_elsewhere(plan: Path) -> LockInfo | None:
    """The lock of another running copy of the app holding `plan`, if any."""
    info = read_lock(plan)
    if info is None or (info.on_this_computer and info.pid == os.getpid()):
        return None
    return info


class PlanLock:
    """Our lock on a plan file; `release()` removes it if it is still ours."""

    def __init__(self, plan: Path, user: str) -> None:
        self.plan = plan
        self.path = lock_path(plan)
        self.pid = os.getpid()
        self.host = socket.gethostname()
        payload = {
            "pid": self.pid,
            "host": self.host,
            "user": user,
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        temporary = self.path.with_name(self.path.name + f".{self.pid}.tmp")
        try:
            temporary.write_text(json.dumps(payload), encoding="utf-8")
            os.replace(temporary, self.path)
            self.held = True
        except OSError:
            # A read-only folder: nobody else can write a lock either; carry on without.
            temporary.unlink(missing_ok=True)
            self.held = False

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if int(data["pid"]) == self.pid and data["host"] == self.host:
                self.path.unlink()
        except (OSError, ValueError, KeyError, TypeError):
            pass


def acquire(plan: Path, user: str) -> PlanLock:
    """Mark `plan` as open by this copy of the app (replacing any other lock)."""
    return PlanLock(plan, user)
