"""Numbers read in the language they were typed in: the same text can be two amounts a
hundred or a thousand times apart, so what the language would not write is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lipplanner.core.typed_numbers import UnreadableNumber, read_number

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("1500,50", "fr", "1500.50"),
        ("1 500,50", "fr", "1500.50"),
        (f"1{NBSP}500,50", "fr", "1500.50"),
        (f"1{NNBSP}500", "fr", "1500"),
        ("12,500", "fr", "12.5"),
        ("1500.5", "fr", "1500.5"),  # pasted from an English sheet: cannot be a grouping
        ("−3,5", "fr", "-3.5"),
        ("2 500 $", "fr", "2500"),
        ("1,500.50", "en", "1500.50"),
        ("12,500", "en", "12500"),
        ("$1,500", "en", "1500"),
        (".5", "en", "0.5"),
    ],
)
def test_a_number_is_read_as_its_language_writes_it(text: str, lang: str, number: str) -> None:
    assert read_number(text, lang) == Decimal(number)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1.500", "fr"),  # 1.5 or 1500?
        ("1.500.000,5", "fr"),
        ("1 50", "fr"),
        ("1500,50", "en"),
        ("12,5", "en"),
        ("1,50", "en"),
        ("douze", "fr"),
        ("inf", "en"),
        ("nan", "en"),
    ],
)
def test_what_the_language_would_not_write_is_refused(text: str, lang: str) -> None:
    with pytest.raises(UnreadableNumber):
        read_number(text, lang)


def test_an_empty_text_is_no_number() -> None:
    assert read_number("  ", "en") is None
    assert read_number(" $ ", "fr") is None
