"""What a printed page looks like, read from a PDF with poppler's `pdftotext -bbox`: the
size of its text on paper, how much of the page it fills, and the sheet it belongs to
(the report's footer names the sheet in its centre)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

# A word's box is about 1.09 times the font size tall (Calibri/Carlito ascent + descent).
BOX_PER_POINT = 1.09
# The report's margins (inches): top 0.5, bottom 0.6, left and right 0.4.
TOP, BOTTOM, SIDE = 36.0, 43.2, 28.8
FOOTER_ZONE = 36.0  # the footer sits in the bottom margin, below the body

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def size(self) -> float:
        """The font size on paper, in points."""
        return (self.y1 - self.y0) / BOX_PER_POINT


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    body: tuple[Word, ...]  # everything above the footer
    footer: tuple[Word, ...]

    @property
    def sheet(self) -> str:
        """The sheet name printed in the middle of the footer."""
        # The footer is three runs of words (title, sheet, page) with wide gaps between.
        runs: list[list[Word]] = []
        for word in sorted(self.footer, key=lambda w: w.x0):
            if runs and word.x0 - runs[-1][-1].x1 < 20:
                runs[-1].append(word)
            else:
                runs.append([word])
        return " ".join(w.text for w in runs[1]) if len(runs) == 3 else ""

    @property
    def smallest_text(self) -> float:
        return min((w.size for w in self.body), default=0.0)

    @property
    def used(self) -> float:
        """The share of the printable height the page's content reaches down to."""
        printable = self.height - TOP - BOTTOM
        lowest = max((w.y1 for w in self.body), default=TOP)
        return max(0.0, lowest - TOP) / printable

    @property
    def right_edge(self) -> float:
        return max((w.x1 for w in self.body), default=0.0)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.body)


def read_pages(pdf: Path) -> list[Page]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for number, (width, height, body) in enumerate(_PAGE.findall(out), start=1):
        w, h = float(width), float(height)
        words = [
            Word(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in _WORD.findall(body)
        ]
        low = [x for x in words if x.y0 >= h - FOOTER_ZONE]
        # The footer is one line, ending with the page number at the right. Anything
        # else in the bottom margin is a drawing's text clipped at the page break (a
        # chart split by LibreOffice writes it there unseen): not read, not printed.
        line = max(low, key=lambda x: x.x1).y0 if low else h
        pages.append(
            Page(
                number,
                w,
                h,
                tuple(x for x in words if x.y1 <= h - BOTTOM + 2),
                tuple(x for x in low if abs(x.y0 - line) < 1),
            )
        )
    return pages


def by_sheet(pages: list[Page]) -> dict[str, list[Page]]:
    sheets: dict[str, list[Page]] = {}
    for page in pages:
        sheets.setdefault(page.sheet, []).append(page)
    return sheets
