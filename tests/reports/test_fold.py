"""`fold`'s quick path for plain ASCII text gives what its full path gives."""

from __future__ import annotations

import string
import unicodedata

import pytest

from lipplanner.core.reports.cell_values import fold


def _full_fold(text: str) -> str:
    # fold's definition, step by step, for every text.
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return " ".join(bare.casefold().split())


@pytest.mark.parametrize(
    "text",
    [
        string.printable,
        "  Lead  Partner:\tCITY of Riverside\r\n",
        "Action number 12 with a title of usual length",
        "Q2 2025 - ONGOING (years 1-2)",
        "\x0b\x0c\x1c\x1d\x1e\x1f spaces Python splits on",
        "".join(map(chr, range(128))),
    ],
)
def test_ascii_text_folds_as_the_full_path_folds_it(text: str) -> None:
    assert text.isascii()
    assert fold(text) == _full_fold(text)


@pytest.mark.parametrize(
    "text", ["Partenaire  Responsable", "Économie – l’emploi", "ﬁnance Ⅻ", "STRASSE ß"]
)
def test_other_text_still_loses_its_accents_case_and_curly_marks(text: str) -> None:
    assert fold(text) == _full_fold(text)
    assert fold("Partenaire  Responsable") == fold("partenaire responsable")
