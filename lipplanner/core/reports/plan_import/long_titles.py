"""An action cell holding a paragraph rather than a title: the plan gets a short title
(its first sentence, or its opening words) and keeps the whole text as the action's
description, so nothing written is lost and the plan's lists stay readable."""

from __future__ import annotations

import re

LONG = 150  # a title longer than this is a paragraph
SENTENCES_FROM = 80  # two sentences or more make a paragraph from this length
SHORT = 120  # a shortened title is at most this long, "…" included

# A sentence ends at ".", "!" or "?" before a space and a capital (or an opening quote);
# "St. John's", "e.g. Welcome" and "Dr. Ng" do not end one.
_END = re.compile(r"(?<=[.!?])\s+(?=[«\"“(]?[A-ZÀ-Ý0-9])")
_ABBREVIATIONS = frozenset(
    {"st", "ste", "dr", "mr", "mrs", "ms", "mme", "m", "e.g", "i.e", "ex", "etc", "no",
     "vs", "inc", "ltd", "p", "c.-à-d", "approx", "env", "cf"}
)  # fmt: skip


def sentences(text: str) -> list[str]:
    """The sentences of a text, abbreviations kept inside theirs."""
    found: list[str] = []
    start = 0
    for end in _END.finditer(text):
        words = text[start : end.start()].split()
        last = words[-1].rstrip(".!?").casefold() if words else ""
        if last in _ABBREVIATIONS:
            continue
        found.append(text[start : end.start()].strip())
        start = end.end()
    found.append(text[start:].strip())
    return [s for s in found if s]


def is_paragraph(title: str) -> bool:
    """Whether an action cell holds a paragraph: over `LONG` characters, or several
    sentences that are more than a short title."""
    return len(title) > LONG or (len(title) > SENTENCES_FROM and len(sentences(title)) > 1)


def short_title(text: str) -> str:
    """A paragraph's title: its first sentence (without the full stop) when that is
    short enough to read as one, else its words up to `SHORT` characters and "…"."""
    first = sentences(text)[0] if text else ""
    if 10 <= len(first) <= SHORT and first != text.strip():
        return first[:-1] if first.endswith(".") and not first.endswith("..") else first
    cut = text[: SHORT - 1].rsplit(None, 1)[0] if len(text) >= SHORT else text
    return cut.rstrip(" ,;:.-–—(") + "…"
