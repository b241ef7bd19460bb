"""What the app remembers between sessions (QSettings): recent files, last folder,
window geometry and splitter positions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[str]:
    """Recent plans, newest first, leaving out files that are gone."""
    value = settings().value("files/recent", [])
    stored: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [str(v) for v in stored if "://" in str(v) or Path(str(v)).exists()]


def add_recent(location: str) -> None:
    if "://" in location:
        return  # server URLs may hold a user name; they are not remembered
    location = str(Path(location).resolve())
    files = [f for f in recent_files() if f != location]
    store = settings()
    store.setValue("files/recent", [location, *files][:MAX_RECENT])
    store.setValue("files/last_folder", str(Path(location).parent))


def clear_recent() -> None:
    settings().setValue("files/recent", [])


def last_folder() -> str:
    value = settings().value("files/last_folder", "")
    folder = str(value or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


# Preferences (Edit → Preferences…) shared by several features.
USER_NAME_KEY = "user/name"
BACKUPS_KEY = "backups/keep"
DEFAULT_BACKUPS = 10


def user_name() -> str:
    """The name changes are recorded under, when the coordinator set one."""
    value = settings().value(USER_NAME_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def backups_to_keep() -> int:
    """How many automatic backups of a plan to keep (1–100, default 10)."""
    try:
        value = int(settings().value(BACKUPS_KEY, DEFAULT_BACKUPS))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_BACKUPS
    return max(1, min(100, value))
