"""A French report that is French: every name the plan holds in French is printed in
French, and text written in English says so."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from lipplanner.core.reports.labels import UNITS_FR, Labels
from lipplanner.core.reports.progress_report import ReportOptions, build_report
from lipplanner.core.services.plan_view import PlanView

from .conftest import PREPARED_ON, PREPARER

# (table, English column, French column) of every bilingual name a plan holds.
BILINGUAL = (
    ("partnership", "name_en", "name_fr"),
    ("partnership", "acronym_en", "acronym_fr"),
    ("plan", "title_en", "title_fr"),
    ("partner", "name_en", "name_fr"),
    ("body", "name_en", "name_fr"),
    ("priority", "title_en", "title_fr"),
    ("objective", "title_en", "title_fr"),
    ("action", "title_en", "title_fr"),
    ("indicator", "name_en", "name_fr"),
    ("practice", "title_en", "title_fr"),
    ("term", "label_en", "label_fr"),
    ("status", "label_en", "label_fr"),
    ("status", "description_en", "description_fr"),
)


def english_names(plan: Path) -> set[str]:
    names = set()
    with sqlite3.connect(plan) as connection:
        for table, en, fr in BILINGUAL:
            for english, french in connection.execute(f"SELECT {en}, {fr} FROM {table}"):
                if english and french and english != french:
                    names.add(english)
    return names | {unit for unit, french in UNITS_FR.items() if unit != french}


def holds(text: str, name: str) -> bool:
    """Whether `name` is in `text`: as a list item for a one-word name ("Housing" in a
    list of domains, not inside "Westbrook Housing Society"), anywhere as whole words
    for a longer one."""
    if " " not in name:
        return name in re.split(r"\s*(?:;|\n|,)\s*", text)
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def test_the_french_report_names_in_french_what_the_plan_names_in_french(
    riverside_view: PlanView, _riverside_master: Path
) -> None:
    workbook = build_report(riverside_view, ReportOptions("fr", PREPARER, PREPARED_ON))
    names = english_names(_riverside_master)
    # A partner, a domain, a status, a unit, a practice, a sector and the plan itself.
    assert {
        "Riverside City",
        "Housing",
        "Health and healthcare",
        "Not started",
        "pairs",
        "Employer mentorship circles",
        "Business and employers",
        "RLIP",
    } <= names
    mark = Labels("fr")("in_english")
    found = []
    for ws in workbook:
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value
                if not isinstance(text, str) or text.endswith(f"[{mark}]"):
                    continue  # narrative written in English, and marked so
                found += [(ws.title, cell.coordinate, n) for n in names if holds(text, n)]
    assert found == []


def test_english_narrative_is_marked_in_the_french_report(riverside_view: PlanView) -> None:
    workbook = build_report(riverside_view, ReportOptions("fr", PREPARER, PREPARED_ON))
    progress = list(workbook["Avancement"].iter_rows(min_row=2, values_only=True))
    successes = [row[7] for row in progress if row[7]]
    assert successes and all(text.endswith(" [en anglais]") for text in successes)
    partners = list(workbook["Partenaires"].iter_rows(min_row=2, values_only=True))
    languages = {row[0]: row[3] for row in partners}
    assert languages["Ville de Riverside"] == "anglais, français"


def test_the_french_wording_reads_as_french(riverside_view: PlanView) -> None:
    workbook = build_report(riverside_view, ReportOptions("fr", PREPARER, PREPARED_ON))
    # The cover is a "Page titre" (a "Couverture" would clash with the thematic coverage
    # sheet); progress is "Avancement".
    assert workbook.sheetnames == [
        "Page titre",
        "Sommaire",
        "Plan d’action",
        "Avancement",
        "Indicateurs",
        "Historique des indicateurs",
        "Partenaires",
        "Pratiques",
        "Couverture thématique",
        "Définitions",
    ]
    # The cover's table of contents names the sheets the same way.
    contents = {c.value for row in workbook["Page titre"].iter_rows() for c in row}
    assert {"Page titre", "Avancement", "Couverture thématique"} <= contents
    # Statuses: "Préoccupations importantes", and descriptions that agree with *action*
    # (feminine): "Réalisée comme prévu."
    definitions = {
        row[0]: row[1] for row in workbook["Définitions"].iter_rows(values_only=True) if row[0]
    }
    assert definitions["Préoccupations importantes"] == (
        "À risque : l’action pourrait ne pas être réalisée comme prévu."
    )
    assert definitions["Terminée"] == "Réalisée comme prévu."
    legend = {c.value for row in workbook["Sommaire"].iter_rows() for c in row}
    assert "Préoccupations importantes" in legend


def test_percentages_print_in_each_languages_form(riverside_view: PlanView) -> None:
    """French prints "41 %" as the report's own sentences do ("91 % en bonne voie"),
    English "41%"; the cells stay numbers (fractions) either way."""
    forms = {}
    for lang in ("en", "fr"):
        workbook = build_report(riverside_view, ReportOptions(lang, PREPARER, PREPARED_ON))
        forms[lang] = {
            cell.number_format
            for ws in workbook
            for row in ws.iter_rows()
            for cell in row
            if "%" in cell.number_format and isinstance(cell.value, float | int)
        }
    assert forms["en"] == {"0%"}
    assert forms["fr"] == {'0"\u00a0"%'}


def test_the_french_cover_marks_an_english_catchment_and_aligns_its_facts(
    riverside_view: PlanView,
) -> None:
    """Riverside's catchment is written only in English ("City of Riverside and
    Riverside County"): the French cover says so, as it does for every English text; and
    the date of preparation sits at the left like the other facts, not alone mid-page."""
    labels = Labels("fr")
    cover = build_report(riverside_view, ReportOptions("fr", PREPARER, PREPARED_ON))[
        labels.sheet("cover")
    ]
    facts = {row[0].value: row[1] for row in cover.iter_rows(min_row=4, max_row=12)}
    catchment = facts[labels("catchment")].value
    assert catchment == f"{riverside_view.partnership.catchment} [{labels('in_english')}]"
    assert facts[labels("prepared_on")].alignment.horizontal == "left"
