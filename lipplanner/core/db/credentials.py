"""Server passwords, kept only in the operating system's keyring (never in a file).

Without the `keyring` package (or a keyring service) nothing is remembered and the
app asks for the password each time it connects.
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy.engine import URL

SERVICE = "LIP Planner"

# Passwords typed in this session, in memory only, so reconnecting does not ask again.
_session: dict[str, str] = {}


def _keyring() -> Any:
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return keyring


def account(url: URL) -> str:
    """The keyring entry name for a server login: user@host:port/database."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def keyring_available() -> bool:
    return _keyring() is not None


def remember_for_session(url: URL, password: str) -> None:
    """Keep a typed password in memory until the app quits (never on disk)."""
    _session[account(url)] = password


def stored_password(url: URL) -> str | None:
    """The password typed earlier in this session, else the one in the OS keyring."""
    if account(url) in _session:
        return _session[account(url)]
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(SERVICE, account(url))
    except Exception:  # no keyring backend on this desktop: behave as if none stored
        return None
    return str(value) if value else None


def remember_password(url: URL, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is none to keep it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception:
        return False
    return True


def forget_password(url: URL) -> None:
    _session.pop(account(url), None)
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, account(url))
