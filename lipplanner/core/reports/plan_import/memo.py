"""Reading each distinct text once: a plan's sheet repeats its status words, timelines,
partner lists and objectives row after row, and the readers of `values` and
`cell_values` are pure, so what one gave for a text is what it gives again.

Only exact `str`, `int` and `float` values are remembered, numbers keyed with their
type (an `ErrorValue` equals its text, and 1, 1.0 and True are equal keys); a
`CellError` is remembered as its message and raised anew.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Generic, TypeVar

from lipplanner.core.reports.cell_values import CellError
from lipplanner.core.reports.plan_import.values import split_partners

T = TypeVar("T")


class _Refused:
    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class Remembered(Generic[T]):
    """`read(value, *extra)`, remembered per (text, *extra)."""

    def __init__(self, read: Callable[..., T]) -> None:
        self._read = read
        self._seen: dict[object, T | _Refused] = {}

    def read(self, value: object, *extra: object) -> T:
        kind = value.__class__
        if kind is str:
            key: object = (value, *extra) if extra else value
        elif kind is float or kind is int:
            key = (kind, value, *extra)  # a percent column's 0.4, a year's 2014
        else:
            return self._read(value, *extra)
        try:
            found = self._seen[key]
        except KeyError:
            try:
                found = self._read(value, *extra)
            except CellError as error:
                found = _Refused(str(error))
            self._seen[key] = found
        if isinstance(found, _Refused):
            raise CellError(found.message)
        return found


class PartnerLists:
    """`split_partners`, remembered per text while the known names stay the same (they
    only grow, so their count says when they changed)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, int], list[str]] = {}

    def split(self, text: str, known: Collection[str]) -> list[str]:
        key = (text, len(known))
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = split_partners(text, known)
        return list(found)
