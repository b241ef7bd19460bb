"""The two kinds of failure a user is told about; anything else is a bug.

`UserError` carries a sentence meant to be shown as is (what is wrong and where).
`DataFileError` says the plan file itself cannot be used (not a plan, damaged,
locked, from a newer version); the file is left untouched.
"""

from __future__ import annotations


class UserError(Exception):
    """Input the coordinator can fix; `str(error)` is the message to show.

    `field` names the offending field (for inline messages next to it) when known.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        return str(self.args[0])


class DataFileError(UserError):
    """The plan file (or database) cannot be opened or written as asked."""


class ConflictError(UserError):
    """The row was changed by someone else since it was read (optimistic concurrency).

    `theirs` holds the row as it now is in the database (empty when unknown).
    """

    def __init__(self, message: str, *, theirs: dict[str, object]) -> None:
        super().__init__(message)
        self.theirs = theirs
