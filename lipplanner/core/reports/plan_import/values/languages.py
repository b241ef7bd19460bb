"""Which language a text is in, "English / Français" texts split, bullets split."""

from __future__ import annotations

import re

_FRENCH_WORDS = frozenset(
    str.split(
        "le la les des du de et pour aux au une un en dans sur avec est sont nous leur leurs "
        "à à l d' des services immigrants nouveaux arrivants communauté"
    )
)
_ENGLISH_WORDS = frozenset(
    str.split(
        "the and of for to in with on is are our their by from newcomers community services "
        "support develop"
    )
)


def frenchness(text: str) -> int:
    """How French a text reads: French words and accents, less English words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    french = sum(w in _FRENCH_WORDS for w in words) + 2 * len(re.findall(r"[éèêàçùâîôû]", text))
    return french - sum(w in _ENGLISH_WORDS for w in words)


def language_of(text: str) -> str:
    """ "fr", "en" or "" (cannot tell), by common words and French accents."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    french = sum(w in _FRENCH_WORDS for w in words) + 2 * len(re.findall(r"[éèêàçùâîôû]", text))
    english = sum(w in _ENGLISH_WORDS for w in words)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return ""


def split_bilingual(text: str) -> tuple[str, str] | None:
    """An "English / Français" text as (English, French), or None when it is one
    language (a slash inside one phrase, "and/or", is left alone)."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*\n\s*/\s*|\s*/\s*\n\s*", text) if p.strip()]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if (
        len(parts) != 2
        and len(lines) == 2
        and {language_of(line) for line in lines}
        == {
            "en",
            "fr",
        }
    ):
        parts = lines  # "Tenir une foire d'emploi" over "Hold a job fair"
    if len(parts) != 2:
        return None
    first, second = (language_of(p) for p in parts)
    if second == "fr" and first != "fr":
        return parts[0], parts[1]
    if first == "fr" and second != "fr":
        return parts[1], parts[0]
    return None


_BULLET = re.compile(
    r"^\s*(?:[•·▪◦○●■□➢►‣\-*–—]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]\)"
    r"|\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)])\s+(?P<text>.+)$"  # "ii.", "(iv)"
)


def split_bullets(text: str) -> list[str]:
    """Several activities in one cell (bulleted or numbered lines) → one each; a cell
    without at least two such lines stays whole."""
    lines = [line for line in text.splitlines() if line.strip()]
    items: list[str] = []
    marked = 0
    for line in lines:
        match = _BULLET.match(line)
        if match:
            marked += 1
            items.append(match["text"].strip())
        elif items:
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            items.append(line.strip())
    return items if marked >= 2 else [text.strip()]
