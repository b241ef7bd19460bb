"""Small helpers for the English sentences the core and the command line print.

The GUI words its own text through Qt (`tr(..., n)`); these are for plain-text output,
where "1 priorities" or "action(s)" reads as carelessness.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def plural_of(word: str) -> str:
    """The regular English plural of the last word: priority → priorities,
    box → boxes, action → actions ("working group" → "working groups")."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """`n` with the noun in the right number: "1 priority", "6 priorities", "1,200 actions".

    `plural` is for the irregular ones ("1 person", "3 people")."""
    noun = singular if n == 1 else (plural or plural_of(singular))
    return f"{n:,} {noun}"
