"""Make the plan file of each released schema, for the upgrade tests.

    python tests/migrations/make_fixtures.py        # rewrites tests/migrations/fixtures/

A fixture is built the way an old version of the app left it: the migrations up to
that revision, then realistic rows written with plain SQL (never with today's models,
which describe the newest schema). Run it once per release and commit the file; the
committed file must never change afterwards.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine  # noqa: E402

from lipplanner.core.db.migrate import upgrade  # noqa: E402
from lipplanner.core.db.schema import APPLICATION_ID  # noqa: E402

FIXTURES = Path(__file__).with_name("fixtures")
TS = "2025-06-30 14:05:00"

ROWS_0001: list[tuple[str, list[dict[str, object]]]] = [
    (
        "lipplanner_info",
        [
            {"key": "application", "value": "LIP Planner"},
            {"key": "created_at", "value": "2025-04-02T09:15:00"},
        ],
    ),
    (
        "partnership",
        [
            {
                "id": 1,
                "name_en": "Rivière-Verte Local Immigration Partnership",
                "name_fr": "Partenariat local en immigration de Rivière-Verte",
                "acronym_en": "RVLIP",
                "acronym_fr": "PLIRV",
                "catchment": "Rivière-Verte and area",
                "agreement_holder": "Centre communautaire francophone",
                "coordinator": "Élodie Côté",
                "email": "elodie@example.ca",
                "version": 3,
                "updated_at": TS,
            }
        ],
    ),
    (
        "plan",
        [
            {
                "id": 1,
                "title_en": "Strategy 2025–2028",
                "title_fr": "Stratégie 2025-2028",
                "first_year": 2025,
                "last_year": 2027,
                "vision": "Une communauté accueillante pour tous.",
                "approved_on": "2025-05-15",
                "status": "approved",
                "version": 2,
                "updated_at": TS,
            }
        ],
    ),
    (
        "status",
        [
            {
                "id": 1,
                "key": "not_started",
                "label_en": "Not started",
                "label_fr": "Pas commencé",
                "kind": "not_started",
                "severity": 0,
                "colour": "#9e9e9e",
                "description_en": "",
                "description_fr": "",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "key": "on_track",
                "label_en": "On track",
                "label_fr": "En bonne voie",
                "kind": "active",
                "severity": 1,
                "colour": "#2e7d32",
                "description_en": "",
                "description_fr": "",
                "position": 1,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 3,
                "key": "minor_delays",
                "label_en": "Minor delays",
                "label_fr": "Retards mineurs",
                "kind": "active",
                "severity": 2,
                "colour": "#f9a825",
                "description_en": "",
                "description_fr": "",
                "position": 2,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 4,
                "key": "completed",
                "label_en": "Completed",
                "label_fr": "Terminé",
                "kind": "completed",
                "severity": 0,
                "colour": "#1565c0",
                "description_en": "",
                "description_fr": "",
                "position": 3,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "term",
        [
            {
                "id": 1,
                "vocabulary": "domain",
                "key": "employment",
                "label_en": "Employment",
                "label_fr": "Emploi",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "vocabulary": "sector",
                "key": "settlement",
                "label_en": "Settlement services",
                "label_fr": "Services d’établissement",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 3,
                "vocabulary": "characteristic",
                "key": "welcoming",
                "label_en": "Welcoming attitudes",
                "label_fr": "Attitudes accueillantes",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 4,
                "vocabulary": "practice_type",
                "key": "program",
                "label_en": "Program",
                "label_fr": "Programme",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 5,
                "vocabulary": "evidence_level",
                "key": "promising",
                "label_en": "Promising",
                "label_fr": "Prometteuse",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "body",
        [
            {
                "id": 1,
                "name_en": "Partnership Council",
                "name_fr": "Conseil du partenariat",
                "kind": "council",
                "parent_id": None,
                "mandate": "Oversees the strategy.",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "name_en": "Employment working group",
                "name_fr": "Groupe de travail emploi",
                "kind": "working_group",
                "parent_id": 1,
                "mandate": "",
                "position": 1,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "partner",
        [
            {
                "id": 1,
                "name_en": "Centre communautaire francophone",
                "name_fr": "Centre communautaire francophone",
                "acronym": "CCF",
                "sector_id": 2,
                "languages": "fr;en",
                "website": "https://ccf.example.ca",
                "email": "info@ccf.example.ca",
                "phone": "613-555-0101",
                "address": "12, rue Saint-Étienne",
                "notes": "",
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "name_en": "Riverside Employment Services",
                "name_fr": "Services d’emploi Riverside",
                "acronym": "RES",
                "sector_id": None,
                "languages": "en",
                "website": "",
                "email": "",
                "phone": "",
                "address": "",
                "notes": "Lead on employer outreach.",
                "version": 2,
                "updated_at": TS,
            },
        ],
    ),
    (
        "contact",
        [
            {
                "id": 1,
                "partner_id": 1,
                "name": "Amélie Tremblay",
                "role": "Directrice",
                "email": "amelie@ccf.example.ca",
                "phone": "",
                "is_primary": 1,
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "body_membership",
        [
            {"id": 1, "body_id": 2, "partner_id": 1, "role": "Co-chair"},
            {"id": 2, "body_id": 2, "partner_id": 2, "role": "Member"},
        ],
    ),
    (
        "priority",
        [
            {
                "id": 1,
                "plan_id": 1,
                "code": "P1",
                "title_en": "Employment",
                "title_fr": "Emploi",
                "description": "Newcomers find meaningful work.",
                "domain_id": 1,
                "body_id": 2,
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "plan_id": 1,
                "code": "P2",
                "title_en": "Welcoming community",
                "title_fr": "Communauté accueillante",
                "description": "",
                "domain_id": None,
                "body_id": None,
                "position": 1,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "objective",
        [
            {
                "id": 1,
                "plan_id": 1,
                "priority_id": 1,
                "code": "O1.1",
                "title_en": "Employers hire newcomers",
                "title_fr": "Les employeurs embauchent",
                "description": "",
                "outcome_level": "intermediate",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "plan_id": 1,
                "priority_id": 2,
                "code": "O2.1",
                "title_en": "Residents feel welcome",
                "title_fr": "Les résidents se sentent accueillis",
                "description": "",
                "outcome_level": "ultimate",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "action",
        [
            {
                "id": 1,
                "plan_id": 1,
                "objective_id": 1,
                "code": "A1.1",
                "title_en": "Mentoring circles",
                "title_fr": "Cercles de mentorat",
                "description": "Pair newcomers with mentors.",
                "lead_partner_id": 2,
                "body_id": 2,
                "start_date": "2025-04-01",
                "end_date": "2026-03-31",
                "status_id": 2,
                "percent_complete": 40,
                "planned_outputs": "6 circles",
                "budget": "12500.50",
                "in_kind": "2000.00",
                "position": 0,
                "version": 4,
                "updated_at": TS,
            },
            {
                "id": 2,
                "plan_id": 1,
                "objective_id": 2,
                "code": "A2.1",
                "title_en": "Welcome week",
                "title_fr": "Semaine d’accueil « Bienvenue »",
                "description": "",
                "lead_partner_id": 1,
                "body_id": None,
                "start_date": "2025-09-01",
                "end_date": None,
                "status_id": 3,
                "percent_complete": 10,
                "planned_outputs": "",
                "budget": None,
                "in_kind": None,
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    ("action_partner", [{"id": 1, "action_id": 1, "partner_id": 1, "role": "Supporting"}]),
    ("action_characteristic", [{"id": 1, "action_id": 2, "term_id": 3}]),
    (
        "indicator",
        [
            {
                "id": 1,
                "plan_id": 1,
                "objective_id": 1,
                "action_id": None,
                "code": "I1",
                "name_en": "Newcomers employed",
                "name_fr": "Nouveaux arrivants employés",
                "unit": "people",
                "baseline_value": 120.0,
                "baseline_date": "2025-03-31",
                "target_value": 200.0,
                "target_date": "2028-03-31",
                "direction": "increase",
                "data_source": "Partner reports",
                "frequency": "quarterly",
                "position": 0,
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "indicator_value",
        [
            {
                "id": 1,
                "indicator_id": 1,
                "fiscal_year": 2025,
                "quarter": 1,
                "value": 131.0,
                "note": "Données préliminaires",
                "recorded_on": "2025-07-10",
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "indicator_id": 1,
                "fiscal_year": 2025,
                "quarter": 2,
                "value": None,
                "note": "No data this quarter",
                "recorded_on": "2025-10-08",
                "version": 1,
                "updated_at": TS,
            },
        ],
    ),
    (
        "progress_update",
        [
            {
                "id": 1,
                "action_id": 1,
                "fiscal_year": 2025,
                "quarter": 1,
                "status_id": 2,
                "percent_complete": 25,
                "outputs": "Two circles started",
                "successes": "Très bien",
                "challenges": "",
                "next_steps": "Recruit mentors",
                "reported_by": "Élodie Côté",
                "reported_on": "2025-07-05",
                "version": 1,
                "updated_at": TS,
            },
            {
                "id": 2,
                "action_id": 1,
                "fiscal_year": 2025,
                "quarter": 2,
                "status_id": 2,
                "percent_complete": 40,
                "outputs": "Four circles",
                "successes": "",
                "challenges": "Mentor turnover",
                "next_steps": "",
                "reported_by": "Élodie Côté",
                "reported_on": "2025-10-03",
                "version": 2,
                "updated_at": TS,
            },
        ],
    ),
    (
        "practice",
        [
            {
                "id": 1,
                "title_en": "Newcomer welcome ambassadors",
                "title_fr": "Ambassadeurs d’accueil",
                "summary": "Volunteers greet newcomers.",
                "location": "Sherbrooke, QC",
                "organisation": "LIP de Sherbrooke",
                "domain_id": None,
                "type_id": 4,
                "evidence_id": 5,
                "results": "",
                "transferability": "High",
                "source_title": "",
                "source_url": "",
                "source_year": 2022,
                "adoption_status": "piloting",
                "version": 1,
                "updated_at": TS,
            }
        ],
    ),
    ("practice_priority", [{"id": 1, "practice_id": 1, "priority_id": 2}]),
    ("practice_action", [{"id": 1, "practice_id": 1, "action_id": 2}]),
]


def insert_rows(
    connection: sqlite3.Connection, rows: list[tuple[str, list[dict[str, object]]]]
) -> None:
    for table, records in rows:
        for record in records:
            columns = ", ".join(f'"{c}"' for c in record)
            marks = ", ".join("?" for _ in record)
            connection.execute(
                f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(record.values())
            )


def make_0001(target: Path) -> Path:
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    upgrade(engine, "0001")
    engine.dispose()
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        with connection:
            insert_rows(connection, ROWS_0001)
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        # A released file is one self-contained file (journal_mode DELETE).
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()
    return target


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    print(make_0001(FIXTURES / "schema-0001.lip"))


if __name__ == "__main__":
    main()
