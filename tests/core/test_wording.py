"""The one plural helper behind every count the command line prints."""

from __future__ import annotations

import pytest

from lipplanner.core.wording import count


@pytest.mark.parametrize(
    ("n", "word", "expected"),
    [
        (1, "priority", "1 priority"),
        (6, "priority", "6 priorities"),
        (0, "action", "0 actions"),
        (1, "action", "1 action"),
        (2, "working group", "2 working groups"),
        (1, "day", "1 day"),
        (3, "day", "3 days"),
        (2, "box", "2 boxes"),
        (1_200, "indicator value", "1,200 indicator values"),
    ],
)
def test_counts_read_as_english(n: int, word: str, expected: str) -> None:
    assert count(n, word) == expected


def test_an_irregular_plural_is_given() -> None:
    assert count(3, "person", "people") == "3 people"
    assert count(1, "person", "people") == "1 person"
