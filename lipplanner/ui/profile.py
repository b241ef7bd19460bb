"""Where the app keeps what is its own (settings, logs, the demo copy): the user's
profile folder, or — when that cannot be written (a locked-down computer, a read-only
home folder) — a folder in the temporary directory, with a warning, so the app still
starts and works instead of stopping on a PermissionError."""

from __future__ import annotations

import getpass
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

log = logging.getLogger("lipplanner")

# What fell back, so it is said once, not at every use.
_warned: set[str] = set()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def fallback_root() -> Path:
    return Path(tempfile.gettempdir()) / f"lipplanner-{_user()}"


def _usable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def warn_once(what: str, message: str) -> None:
    if what in _warned:
        return
    _warned.add(what)
    log.warning(message)
    print(f"LIP Planner: {message}", file=sys.stderr)


def app_folder(*parts: str) -> Path:
    """The app's data folder (or a sub-folder of it), created if need be."""
    from lipplanner.core.db.backups import user_data_folder

    # Not Qt's AppDataLocation: it joins organisation and application, both "LIP Planner".
    preferred = user_data_folder().joinpath(*parts)
    if _usable(preferred):
        return preferred
    fallback = fallback_root().joinpath(*parts)
    fallback.mkdir(parents=True, exist_ok=True)
    warn_once(
        "/".join(parts),
        f"the profile folder {preferred} cannot be written; using {fallback} instead "
        "(it may be emptied when the computer restarts).",
    )
    return fallback


def ensure_writable_settings() -> None:
    """Keep the settings in the temporary folder when the usual place refuses them."""
    store = QSettings()
    store.setValue("profile/probe", 1)
    store.sync()
    if store.status() == QSettings.Status.NoError:
        store.remove("profile/probe")
        return
    folder = fallback_root() / "settings"
    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    warn_once(
        "settings",
        f"the settings file {store.fileName()} cannot be written; settings are kept in "
        f"{folder} for now.",
    )
