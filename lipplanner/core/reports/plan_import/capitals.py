"""Titles a sheet writes all in capitals ("PRIORITY 1: WELCOMING AND INCLUSIVE
COMMUNITIES") as a plan writes them: sentence case for a section's title, title case for
a name, keeping the acronyms ("LIP", "ESL", "IRCC") in capitals."""

from __future__ import annotations

import re

# Short words of titles that are words, not acronyms (English and French).
_SHORT_WORDS = frozenset(
    """
    a an and as at be by do for in is it of on or our to the up us we all any are can
    new job key way day use age art one two six ten get how who why few its may not non
    per via vs de du des la le les et en au aux un une par sur ou où ces ses nos vos son
    sa se ce qui que dans pour avec à y l d with from into
    """.split()  # noqa: SIM905 - a list of words reads better as words
)
# Acronyms of the settlement sector longer than three letters.
_KNOWN_ACRONYMS = frozenset(
    """
    IRCC LINC CLIC CLIF TRIEC YMCA YWCA COVID LGBTQ LGBTQ2S LGBTQIA 2SLGBTQ 2SLGBTQI
    BIPOC CMHA SPO SPOS ISAP OCASI AMSSA MANSO ACFO PLIF REFC
    """.split()  # noqa: SIM905 - a list of words reads better as words
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\w+")


def in_capitals(text: str) -> bool:
    """Whether a title is written all in capitals (two words or more of letters)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and " " in text.strip() and all(c.isupper() for c in letters)


def _is_acronym(word: str) -> bool:
    bare = word.upper()
    if bare in _KNOWN_ACRONYMS:
        return True
    if not any(c in "AEIOUYÀÂÉÈÊËÎÏÔÛÙÜ" for c in bare):
        return True  # no vowel: "CPC", "LPC", "WG"
    return len(bare) <= 3 and bare.lower() not in _SHORT_WORDS


def sentence_case(text: str) -> str:
    """`text` in sentence case if it is all in capitals, else as it is: "WELCOMING AND
    INCLUSIVE COMMUNITIES" → "Welcoming and inclusive communities"; "ESL" stays."""
    if not in_capitals(text):
        return text
    first = True

    def word(match: re.Match[str]) -> str:
        nonlocal first
        found = match.group(0)
        if _is_acronym(found):
            first = False
            return found
        lowered = found.lower()
        if first and lowered[:1].isalpha():
            first = False
            return lowered[:1].upper() + lowered[1:]
        return lowered

    return _WORD.sub(word, text)


def title_case(text: str) -> str:
    """A name in capitals in title case: "PEMBINA VALLEY LOCAL IMMIGRATION PARTNERSHIP"
    → "Pembina Valley Local Immigration Partnership" (short linking words lower)."""
    if not in_capitals(text):
        return text
    first = True

    def word(match: re.Match[str]) -> str:
        nonlocal first
        found = match.group(0)
        lowered = found.lower()
        starts, first = first, False
        if _is_acronym(found):
            return found
        if lowered in _SHORT_WORDS and not starts:
            return lowered
        return lowered[:1].upper() + lowered[1:]

    return _WORD.sub(word, text)
