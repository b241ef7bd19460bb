"""Which plan partner a name from the sheet is presumed to be: the same organisation is
preset, a look-alike of another one (two school boards) only suggested."""

from __future__ import annotations

import pytest

from lipplanner.core.reports.plan_import.matching import (
    partner_matches,
    presumed_partner,
    same_organisation,
)

KNOWN = [
    "Conseil scolaire Rivière-Nord",
    "Riverside District School Board",
    "Riverside Public Library",
    "Riverside Newcomer Centre",
    "City of Riverside",
    "Young Men's Christian Association",
]


@pytest.mark.parametrize(
    ("name", "partner"),
    [
        ("Conseil scolaire Viamonde", None),  # another school board, not "similar"
        ("Riverside Catholic School Board", None),
        ("CONSEIL SCOLAIRE RIVIERE NORD", "Conseil scolaire Rivière-Nord"),  # case, accents
        ("CSRN", "Conseil scolaire Rivière-Nord"),  # its acronym
        ("Riverside Public Libary", "Riverside Public Library"),  # a typo
        ("Newcomer Centre, Riverside", "Riverside Newcomer Centre"),  # word order
        ("Ville de Riverside", "City of Riverside"),  # generic words in French
        ("YMCA", "Young Men's Christian Association"),
        ("Brand-new Collective", None),
    ],
)
def test_only_the_same_organisation_is_presumed(name: str, partner: str | None) -> None:
    (match,) = partner_matches([name], KNOWN)
    assert presumed_partner(match) == partner


def test_a_look_alike_is_still_suggested_without_being_presumed() -> None:
    (match,) = partner_matches(["Conseil scolaire Viamonde"], KNOWN)
    assert match.suggestions[0] == "Conseil scolaire Rivière-Nord"
    assert not same_organisation("Conseil scolaire Viamonde", "Conseil scolaire Rivière-Nord")


def test_a_name_that_fits_two_partners_presumes_neither() -> None:
    (match,) = partner_matches(["Ville de Riverside"], [*KNOWN, "Riverside School Board"])
    assert presumed_partner(match) is None  # a guess between two organisations
    assert "City of Riverside" in match.suggestions
