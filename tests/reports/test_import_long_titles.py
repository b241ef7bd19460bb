"""An action cell holding a paragraph: a short title, and the whole text kept as the
action's description (before the sheet's own description)."""

from __future__ import annotations

from lipplanner.core.reports.grid import GridCell, SheetGrid, WorkbookGrid
from lipplanner.core.reports.plan_import import ImportPreview, build_preview, detect
from lipplanner.core.reports.plan_import.long_titles import is_paragraph, short_title

PARAGRAPH = (
    "Work with employers in St. John's to hire newcomers. This includes Memorial "
    "University and the Board of Trade, who will host three job fairs a year, mentor "
    "newcomers and publish a hiring guide for small businesses."
)
ONE_LONG_SENTENCE = (
    "Work with employers across the region to hire and keep newcomers in skilled jobs, "
    "including mentoring, paid placements, job fairs, hiring guides and outreach to small "
    "business owners in rural towns, with the chambers of commerce and the colleges"
)


def _preview(rows: list[list[object]]) -> ImportPreview:
    sheet = SheetGrid("Plan", tuple(tuple(GridCell(c) for c in r) for r in rows))
    grid = WorkbookGrid("plan.xlsx", "xlsx", (sheet,))
    return build_preview(grid, detect(grid))


def test_a_paragraph_becomes_its_first_sentence_and_the_description_keeps_it_all() -> None:
    preview = _preview([
        ["Action", "Lead", "Description"],
        [PARAGRAPH, "Board of Trade", "Part of the employment table's work."],
        [ONE_LONG_SENTENCE, "City", None],
        ["Hold a welcome week", "City", "Every September."],
    ])  # fmt: skip
    first, second, third = preview.actions.values()

    assert first.title_en == "Work with employers in St. John's to hire newcomers"
    assert first.description == PARAGRAPH + "\nPart of the employment table's work."
    # One sentence too long: cut at a word near 120 characters, marked as cut.
    assert second.title_en.endswith("…") and len(second.title_en) <= 120
    assert ONE_LONG_SENTENCE.startswith(second.title_en[:-1])
    assert second.title_en[:-1] == second.title_en[:-1].rstrip(" ,")
    assert second.description == ONE_LONG_SENTENCE
    # A title stays as written.
    assert (third.title_en, third.description) == ("Hold a welcome week", "Every September.")

    assert preview.shortened_titles == 2
    assert "2 long titles shortened" in preview.summary()
    assert not preview.errors


def test_a_paragraph_over_the_name_limit_is_no_error() -> None:
    text = "Offer language classes with child care in every town of the region. " * 5
    preview = _preview([["Action", "Lead"], [text, "Library"]])
    (action,) = preview.actions.values()
    assert action.title_en == "Offer language classes with child care in every town of the region"
    assert action.description == " ".join(text.split())
    assert not preview.errors
    assert "1 long title shortened" in preview.summary()


def test_what_makes_a_paragraph() -> None:
    assert not is_paragraph("Hold a job fair. Invite employers.")  # short: two titles' worth
    assert not is_paragraph("Dr. Ng's clinic offers e.g. vaccines to newcomers arriving in town")
    assert is_paragraph(PARAGRAPH) and is_paragraph(ONE_LONG_SENTENCE)
    french = "Tenir une foire de l'emploi. " + "Avec les employeurs de la région. " * 5
    assert short_title(french) == "Tenir une foire de l'emploi"
