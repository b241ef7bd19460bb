"""Section titles a sheet writes all in capitals read as a plan writes them: sentence
case, acronyms kept (Pembina's "PRIORITY 1: WELCOMING AND INCLUSIVE COMMUNITIES")."""

from __future__ import annotations

import pytest

from lipplanner.core.reports.plan_import.capitals import sentence_case, title_case


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("WELCOMING AND INCLUSIVE COMMUNITIES", "Welcoming and inclusive communities"),
        ("ESL CLASSES WITH THE LPC AND IRCC", "ESL classes with the LPC and IRCC"),
        ("ACCÈS À L’EMPLOI ET AUX SERVICES", "Accès à l’emploi et aux services"),
        ("Newcomer employment", "Newcomer employment"),  # not in capitals: as written
        ("LINC", "LINC"),  # one word in capitals is an acronym, not a shout
    ],
)
def test_a_title_in_capitals_is_written_in_sentence_case(written: str, read: str) -> None:
    assert sentence_case(written) == read


def test_a_name_in_capitals_is_written_in_title_case() -> None:
    assert (
        title_case("PEMBINA VALLEY LOCAL IMMIGRATION PARTNERSHIP")
        == "Pembina Valley Local Immigration Partnership"
    )
