"""A plan view's mapping whose values are made only when first used.

Its rows are read with the rest of the view, in the same transaction (so the same
snapshot of the file); only turning them into views waits. Opening a big plan on the
Plan page shows no partner, indicator or practice, and making their 2,000–3,000 views
each cost a tenth of the read at 20,000 actions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from lipplanner.core.collector import collector_paused

K = TypeVar("K")
V = TypeVar("V")

# Reads the rows now; called, makes the views from them.
Maker = Callable[[], dict[K, V]]


class Deferred(Mapping[K, V]):
    """The mapping `make()` returns, made on first use (once)."""

    __slots__ = ("_make", "_values")

    def __init__(self, make: Maker[K, V]) -> None:
        self._make: Maker[K, V] | None = make
        self._values: dict[K, V] | None = None

    @property
    def _all(self) -> dict[K, V]:
        if self._values is None:
            assert self._make is not None
            with collector_paused():  # plain values, none in a cycle
                self._values = self._make()
            self._make = None  # the rows it holds are no longer needed
        return self._values

    @property
    def made(self) -> bool:
        """Whether the views have been made yet."""
        return self._values is not None

    def __getitem__(self, key: K) -> V:
        return self._all[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def __contains__(self, key: object) -> bool:
        return key in self._all

    def get(self, key: K, default: Any = None) -> Any:
        return self._all.get(key, default)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        if isinstance(other, Deferred):
            other = other._all
        return self._all == (other if isinstance(other, dict) else dict(other.items()))

    __hash__ = None  # type: ignore[assignment]  # a mapping: unhashable, like dict

    def __repr__(self) -> str:
        return f"Deferred({self._all!r})" if self.made else "Deferred(<not made yet>)"
