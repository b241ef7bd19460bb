"""The user guide: every page exists in English and French and its links lead somewhere."""

from __future__ import annotations

import re
from pathlib import Path

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide"
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
# Written by the data-safety work; checked once both are merged.
ELSEWHERE = {"data-safety.md", "data-safety.fr.md"}


def test_every_english_page_has_a_french_one() -> None:
    english = {p.name for p in GUIDE.glob("*.md") if not p.name.endswith(".fr.md")}
    french = {p.name.replace(".fr.md", ".md") for p in GUIDE.glob("*.fr.md")}
    assert english == french
    assert {"README.md", "first-steps.md", "yearly-cycle.md"} <= english


def test_links_between_pages_resolve_and_stay_in_their_language() -> None:
    for page in GUIDE.glob("*.md"):
        french = page.name.endswith(".fr.md")
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if target.startswith("../screenshots/"):
                # Screenshots come in two sets; a French page shows the French ones.
                assert target.startswith("../screenshots/fr/") == french, (page.name, target)
                continue
            assert not target.startswith("http"), (page.name, target)
            if target in ELSEWHERE:
                continue
            assert (GUIDE / target).is_file(), f"{page.name} links to missing {target}"
            # Only the "other language" link at the top leads to the other language.
            same_page = page.name.replace(".fr.md", ".md") == target.replace(".fr.md", ".md")
            assert target.endswith(".fr.md") == french or same_page, (page.name, target)
