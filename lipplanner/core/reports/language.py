"""Which official language a piece of narrative is written in, so a report in the other
language can say so instead of passing English text off as French (or the reverse)."""

from __future__ import annotations

import re

# Short words frequent in one language and rare in the other.
_ENGLISH = frozenset(
    (
        "the",
        "and",
        "of",
        "to",
        "with",
        "for",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "been",
        "from",
        "this",
        "that",
        "will",
        "our",
        "by",
        "at",
        "on",
        "new",
        "not",
        "more",
        "than",
    )
)
_FRENCH = frozenset(
    (
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "à",
        "avec",
        "pour",
        "est",
        "sont",
        "été",
        "une",
        "un",
        "nous",
        "dans",
        "sur",
        "par",
        "au",
        "aux",
        "ont",
        "plus",
        "pas",
        "nouveaux",
        "nouvelles",
        "que",
        "qui",
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")


def text_language(text: str) -> str | None:
    """ "en", "fr", or None when the text is too short or too mixed to tell."""
    words = [w.casefold() for w in _WORD.findall(text)]
    english = sum(w in _ENGLISH for w in words)
    french = sum(w in _FRENCH or w.startswith(("l’", "d’", "l'", "d'")) for w in words)
    if english == french:
        return None
    return "en" if english > french else "fr"
