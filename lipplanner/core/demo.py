"""The fictional Riverside LIP of DOMAIN.md, and a deterministic synthetic plan of any size.

Every name here is invented: no real person or organisation is meant.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lipplanner.core import models as m
from lipplanner.core.db.new_plan import write_new_plan
from lipplanner.core.errors import UserError
from lipplanner.core.periods import Period, last_completed_quarter

# The dates below tell the story as seen on DEMO_REFERENCE_DAY: up to the end of the
# last completed quarter, with the quarter under way half reported. A demo made on
# another day moves every date by whole quarters, so it always reads as "now".
DEMO_REFERENCE_DAY = date(2026, 12, 2)
DEMO_LAST_FULL_QUARTER = Period(2026, 2)
DEMO_FIRST_YEAR, DEMO_LAST_YEAR = 2024, 2027

PARTNERS: tuple[tuple[str, str, str, str, str], ...] = (
    # name EN, name FR, acronym, sector key, languages
    ("Riverside City", "Ville de Riverside", "", "municipal", "English, French"),
    (
        "Riverside Newcomer Centre",
        "Centre d’accueil des nouveaux arrivants de Riverside",
        "RNC",
        "settlement",
        "English, French, Arabic, Spanish, Tigrinya, Ukrainian",
    ),
    (
        "Maple Valley Employment Hub",
        "Carrefour emploi Maple Valley",
        "MVEH",
        "employment",
        "English, French, Punjabi",
    ),
    (
        "Riverside Public Library",
        "Bibliothèque publique de Riverside",
        "RPL",
        "library",
        "English, French",
    ),
    (
        "Riverside District School Board",
        "Conseil scolaire du district de Riverside",
        "RDSB",
        "school",
        "English",
    ),
    ("Conseil scolaire Rivière-Nord", "Conseil scolaire Rivière-Nord", "CSRN", "school", "French"),
    ("Riverview College", "Collège Riverview", "", "post_secondary", "English, French"),
    (
        "Riverside Community Health Centre",
        "Centre de santé communautaire de Riverside",
        "RCHC",
        "health",
        "English, French, Arabic, Dari",
    ),
    (
        "Riverside Chamber of Commerce",
        "Chambre de commerce de Riverside",
        "",
        "business",
        "English",
    ),
    (
        "Riverside Police Service",
        "Service de police de Riverside",
        "RPS",
        "police_justice",
        "English, French",
    ),
    (
        "Riverside Housing Help Centre",
        "Centre d’aide au logement de Riverside",
        "RHHC",
        "housing",
        "English, Spanish",
    ),
    (
        "Eastside Multicultural Association",
        "Association multiculturelle de l’Est",
        "EMA",
        "ethno_cultural",
        "English, Arabic, Somali, Tagalog, 中文",
    ),
    (
        "Riverside Interfaith Council",
        "Conseil interconfessionnel de Riverside",
        "RIC",
        "faith",
        "English",
    ),
    (
        "Réseau francophone de Riverside",
        "Réseau francophone de Riverside",
        "RFR",
        "francophone",
        "French, English",
    ),
    ("Riverside Youth Network", "Réseau jeunesse de Riverside", "RYN", "youth", "English, French"),
)

# Invented contact names (place-word surnames), one per partner, in the order above.
CONTACTS = (
    ("Jordan Millbrook", "Diversity and Inclusion Advisor"),
    ("Amira Stonebridge", "Director, Settlement Services"),
    ("Harpreet Willowdale", "Employment Programs Manager"),
    ("Casey Fernhill", "Community Outreach Librarian"),
    ("Morgan Oakbank", "Newcomer Student Services Lead"),
    ("Élodie Riveneuve", "Conseillère pédagogique, accueil"),
    ("Tomás Birchwood", "International Student Success Coordinator"),
    ("Leila Cedarvale", "Health Promotion Manager"),
    ("Robin Ashgrove", "Workforce Development Officer"),
    ("Sergeant Dana Elmstead", "Community Engagement Unit"),
    ("Ana Pinecrest", "Housing Support Coordinator"),
    ("Farah Lakeshore", "Executive Director"),
    ("Rev. Sam Heathfield", "Council Secretary"),
    ("Mathieu Boisclair", "Coordonnateur du réseau"),
    ("Kai Brookside", "Youth Engagement Lead"),
)

BODIES = (
    # name EN, name FR, kind, parent index or None, mandate
    (
        "Partnership Council",
        "Conseil du partenariat",
        "council",
        None,
        "Sets the strategy, approves the annual action plan and receives progress reports.",
    ),
    (
        "Steering Committee",
        "Comité directeur",
        "committee",
        0,
        "Guides the secretariat between council meetings.",
    ),
    (
        "Employment Working Group",
        "Groupe de travail Emploi",
        "working_group",
        0,
        "Employment, credentials and entrepreneurship.",
    ),
    (
        "Settlement Working Group",
        "Groupe de travail Établissement",
        "working_group",
        0,
        "Settlement access, language and learning, housing.",
    ),
    (
        "Belonging Working Group",
        "Groupe de travail Appartenance",
        "working_group",
        0,
        "Welcome, civic participation and anti-racism.",
    ),
    (
        "Health Working Group",
        "Groupe de travail Santé",
        "working_group",
        0,
        "Health and well-being of newcomers.",
    ),
    (
        "LIP Secretariat",
        "Secrétariat du PLI",
        "secretariat",
        None,
        "Coordinates the partnership; hosted by Riverside City.",
    ),
)

PRIORITIES = (
    # code, EN, FR, domain key, body index
    ("P1", "Employment & labour market", "Emploi et marché du travail", "workplace", 2),
    (
        "P2",
        "Settlement access & coordination",
        "Accès aux services d’établissement et coordination",
        "settlement",
        3,
    ),
    ("P3", "Language & learning", "Langue et apprentissage", "education", 3),
    ("P4", "Health & well-being", "Santé et bien-être", "health", 5),
    ("P5", "Housing", "Logement", "housing", 3),
    (
        "P6",
        "Belonging, civic participation & anti-racism",
        "Appartenance, participation civique et lutte contre le racisme",
        "inclusion",
        4,
    ),
)

OBJECTIVES = (
    # priority code, code, EN, FR, outcome level
    (
        "P1",
        "O1.1",
        "Newcomers find work that matches their skills",
        "Les nouveaux arrivants trouvent un emploi à la hauteur de leurs compétences",
        "intermediate",
    ),
    (
        "P1",
        "O1.2",
        "Employers are ready to hire and retain newcomers",
        "Les employeurs sont prêts à embaucher et à retenir les nouveaux arrivants",
        "immediate",
    ),
    (
        "P2",
        "O2.1",
        "Newcomers reach the right service the first time",
        "Les nouveaux arrivants trouvent le bon service du premier coup",
        "immediate",
    ),
    (
        "P2",
        "O2.2",
        "Service providers coordinate their work",
        "Les fournisseurs de services coordonnent leur travail",
        "intermediate",
    ),
    (
        "P3",
        "O3.1",
        "Newcomers of all ages can learn English and French",
        "Les nouveaux arrivants de tout âge peuvent apprendre l’anglais et le français",
        "intermediate",
    ),
    (
        "P3",
        "O3.2",
        "Newcomer students and families feel welcome at school",
        "Les élèves et familles nouvellement arrivés se sentent bienvenus à l’école",
        "immediate",
    ),
    (
        "P4",
        "O4.1",
        "Newcomers can navigate health care",
        "Les nouveaux arrivants savent s’orienter dans le système de santé",
        "immediate",
    ),
    (
        "P4",
        "O4.2",
        "Mental health supports are culturally safe",
        "Le soutien en santé mentale est culturellement sécuritaire",
        "intermediate",
    ),
    (
        "P5",
        "O5.1",
        "Newcomers secure affordable, suitable housing",
        "Les nouveaux arrivants obtiennent un logement abordable et convenable",
        "ultimate",
    ),
    (
        "P6",
        "O6.1",
        "Newcomers take part in civic life",
        "Les nouveaux arrivants participent à la vie civique",
        "intermediate",
    ),
    (
        "P6",
        "O6.2",
        "Riverside confronts racism and discrimination",
        "Riverside combat le racisme et la discrimination",
        "ultimate",
    ),
)

# code, objective, EN title, FR title, lead, supporting, body, start, end, status, percent,
# characteristic keys
ACTIONS: tuple[tuple[Any, ...], ...] = (
    (
        "A1.1",
        "O1.1",
        "Employer mentorship circles for internationally trained professionals",
        "Cercles de mentorat avec des employeurs pour les professionnels formés à l’étranger",
        2,
        (8, 6),
        2,
        (2024, 4),
        (2027, 3),
        "on_track",
        55,
        ("employment", "links"),
    ),
    (
        "A1.2",
        "O1.1",
        "Credential recognition navigation clinic",
        "Clinique d’orientation sur la reconnaissance des titres de compétences",
        1,
        (6,),
        2,
        (2024, 7),
        (2026, 6),
        "minor_delays",
        60,
        ("employment", "agencies"),
    ),
    (
        "A1.3",
        "O1.2",
        "Inclusive hiring toolkit for small employers",
        "Trousse d’embauche inclusive pour les petits employeurs",
        8,
        (2, 0),
        2,
        (2024, 4),
        (2025, 9),
        "completed",
        100,
        ("employment", "attitudes"),
    ),
    (
        "A1.4",
        "O1.2",
        "Newcomer entrepreneurship bootcamp",
        "Camp d’entrepreneuriat pour nouveaux arrivants",
        2,
        (8,),
        2,
        (2025, 4),
        (2027, 3),
        "not_started",
        0,
        ("employment",),
    ),
    (
        "A2.1",
        "O2.1",
        "Single intake and referral form across agencies",
        "Formulaire unique d’accueil et d’aiguillage entre organismes",
        1,
        (0, 7, 10),
        3,
        (2024, 4),
        (2026, 3),
        "serious_concerns",
        35,
        ("agencies", "links"),
    ),
    (
        "A2.2",
        "O2.1",
        "Multilingual newcomer services map and website",
        "Carte et site Web multilingues des services aux nouveaux arrivants",
        0,
        (1, 3),
        3,
        (2024, 4),
        (2025, 3),
        "completed",
        100,
        ("municipal", "agencies"),
    ),
    (
        "A2.3",
        "O2.2",
        "Quarterly service providers' network meetings",
        "Rencontres trimestrielles du réseau des fournisseurs de services",
        0,
        (1, 2, 7, 13),
        1,
        (2024, 4),
        None,
        "ongoing",
        0,
        ("links",),
    ),
    (
        "A2.4",
        "O2.2",
        "Shared data on newcomer arrivals and needs",
        "Données partagées sur les arrivées et les besoins des nouveaux arrivants",
        0,
        (1, 6),
        3,
        (2025, 4),
        (2026, 9),
        "discontinued",
        20,
        ("links", "municipal"),
    ),
    (
        "A3.1",
        "O3.1",
        "Library conversation cafés in English and French",
        "Cafés-conversation en anglais et en français à la bibliothèque",
        3,
        (13, 11),
        3,
        (2024, 4),
        None,
        "ongoing",
        0,
        ("education", "social_capital"),
    ),
    (
        "A3.2",
        "O3.1",
        "Evening and weekend language classes with childminding",
        "Cours de langue le soir et la fin de semaine avec halte-garderie",
        6,
        (1, 3),
        3,
        (2024, 9),
        (2027, 6),
        "on_track",
        45,
        ("education",),
    ),
    (
        "A3.3",
        "O3.2",
        "Bilingual school welcome kits",
        "Trousses d’accueil scolaire bilingues",
        4,
        (5, 1),
        3,
        (2024, 4),
        (2025, 12),
        "completed",
        100,
        ("education", "municipal"),
    ),
    (
        "A3.4",
        "O3.2",
        "Settlement workers in schools expansion",
        "Élargissement des travailleurs d’établissement dans les écoles",
        5,
        (4, 1),
        3,
        (2025, 9),
        (2027, 6),
        "minor_delays",
        30,
        ("education", "agencies"),
    ),
    (
        "A4.1",
        "O4.1",
        "Volunteer health navigators",
        "Navigateurs bénévoles en santé",
        7,
        (11, 12),
        5,
        (2024, 7),
        (2027, 3),
        "on_track",
        60,
        ("health_care", "social_capital"),
    ),
    (
        "A4.2",
        "O4.1",
        "Interpretation in primary care clinics",
        "Interprétation dans les cliniques de soins primaires",
        7,
        (1,),
        5,
        (2025, 4),
        (2027, 3),
        "serious_concerns",
        15,
        ("health_care",),
    ),
    (
        "A4.3",
        "O4.2",
        "Culturally adapted mental health workshops",
        "Ateliers de santé mentale adaptés aux cultures",
        7,
        (11, 14),
        5,
        (2024, 10),
        (2026, 12),
        "minor_delays",
        65,
        ("health_care",),
    ),
    (
        "A5.1",
        "O5.1",
        "Landlord–tenant mediation line",
        "Ligne de médiation entre propriétaires et locataires",
        10,
        (0, 1),
        3,
        (2024, 4),
        (2026, 3),
        "completed",
        100,
        ("housing",),
    ),
    (
        "A5.2",
        "O5.1",
        "Housing search workshops for large families",
        "Ateliers de recherche de logement pour grandes familles",
        10,
        (11,),
        3,
        (2025, 1),
        (2027, 3),
        "on_track",
        50,
        ("housing", "agencies"),
    ),
    (
        "A5.3",
        "O5.1",
        "Welcoming landlords registry",
        "Registre des propriétaires accueillants",
        10,
        (0, 8),
        3,
        (2025, 10),
        (2027, 9),
        "not_started",
        0,
        ("housing", "attitudes"),
    ),
    (
        "A6.1",
        "O6.1",
        "Newcomer advisory table to council",
        "Table consultative des nouveaux arrivants auprès du conseil",
        0,
        (11, 13, 14),
        4,
        (2024, 4),
        None,
        "ongoing",
        0,
        ("political", "municipal"),
    ),
    (
        "A6.2",
        "O6.1",
        "Youth civic leadership program",
        "Programme de leadership civique pour les jeunes",
        14,
        (4, 5),
        4,
        (2024, 9),
        (2026, 6),
        "on_track",
        80,
        ("social_engagement", "political"),
    ),
    (
        "A6.3",
        "O6.2",
        "Welcoming-community media guide",
        "Guide médiatique pour une communauté accueillante",
        0,
        (12, 11),
        4,
        (2024, 4),
        (2025, 6),
        "completed",
        100,
        ("media", "attitudes"),
    ),
    (
        "A6.4",
        "O6.2",
        "Police–newcomer community dialogues",
        "Dialogues entre la police et les nouveaux arrivants",
        9,
        (12, 11),
        4,
        (2024, 10),
        (2026, 9),
        "minor_delays",
        70,
        ("police", "safety"),
    ),
    (
        "A6.5",
        "O6.2",
        "Anti-racism training for front-line staff",
        "Formation antiracisme pour le personnel de première ligne",
        0,
        (7, 9, 3),
        4,
        (2025, 4),
        (2027, 3),
        "serious_concerns",
        25,
        ("anti_racism", "attitudes"),
    ),
)

INDICATORS: tuple[tuple[Any, ...], ...] = (
    # code, owner ("O…" objective or "A…" action), EN, FR, unit, baseline, baseline date,
    # target, target date, direction, source, frequency, values {(year, q): value}
    (
        "I1",
        "O1.1",
        "Mentored professionals employed in their field within 6 months",
        "Professionnels mentorés ayant un emploi dans leur domaine en 6 mois",
        "%",
        38.0,
        date(2024, 3, 31),
        60.0,
        date(2028, 3, 31),
        "increase",
        "Mentorship program records",
        "annual",
        {(2024, 0): 44.0, (2025, 0): 51.0},
    ),
    (
        "I2",
        "A1.1",
        "Mentorship pairs formed",
        "Jumelages de mentorat formés",
        "pairs",
        0.0,
        date(2024, 3, 31),
        240.0,
        date(2028, 3, 31),
        "increase",
        "Maple Valley Employment Hub",
        "quarterly",
        {
            (2024, 1): 18.0,
            (2024, 2): 34.0,
            (2024, 3): 52.0,
            (2024, 4): 70.0,
            (2025, 1): 88.0,
            (2025, 2): 101.0,
            (2025, 3): 119.0,
            (2025, 4): 130.0,
            (2026, 1): 142.0,
            (2026, 2): None,
        },
    ),
    (
        "I3",
        "O2.1",
        "Clients referred with the single intake form",
        "Clients aiguillés avec le formulaire unique",
        "clients",
        0.0,
        date(2024, 3, 31),
        1500.0,
        date(2026, 3, 31),
        "increase",
        "Shared referral log",
        "quarterly",
        {
            (2025, 1): 95.0,
            (2025, 2): 140.0,
            (2025, 3): 150.0,
            (2025, 4): 162.0,
            (2026, 1): 170.0,
            (2026, 2): 181.0,
        },
    ),
    (
        "I4",
        "O4.1",
        "Average wait for a family doctor (weeks)",
        "Attente moyenne pour un médecin de famille (semaines)",
        "weeks",
        26.0,
        date(2024, 3, 31),
        12.0,
        date(2028, 3, 31),
        "decrease",
        "Health centre intake data",
        "semi-annual",
        {(2024, 2): 25.0, (2024, 4): 22.0, (2025, 2): 19.0, (2025, 4): 17.0, (2026, 2): 16.0},
    ),
    (
        "I5",
        "O5.1",
        "Newcomer households in core housing need",
        "Ménages nouvellement arrivés ayant des besoins impérieux en logement",
        "%",
        34.0,
        date(2023, 6, 30),
        25.0,
        date(2028, 3, 31),
        "decrease",
        "Community housing survey",
        "annual",
        {(2024, 0): 33.0, (2025, 0): 31.5},
    ),
    (
        "I6",
        "O6.2",
        "Newcomers who report experiencing discrimination in the past year",
        "Nouveaux arrivants ayant vécu de la discrimination au cours de la dernière année",
        "%",
        29.0,
        date(2024, 1, 31),
        20.0,
        date(2028, 3, 31),
        "decrease",
        "LIP community survey",
        "annual",
        {(2024, 0): 28.0, (2025, 0): 30.0},
    ),
    (
        "I7",
        "A3.1",
        "Conversation café sessions held",
        "Séances de café-conversation tenues",
        "sessions",
        0.0,
        date(2024, 3, 31),
        48.0,
        date(2025, 3, 31),
        "increase",
        "Library program statistics",
        "quarterly",
        {(2024, 1): 10.0, (2024, 2): 12.0, (2024, 3): 14.0, (2024, 4): 15.0},
    ),
)

PRACTICES: tuple[tuple[Any, ...], ...] = (
    # title EN, FR, summary, where, by whom, domain, type, evidence, results, transferability,
    # source title, link, year, adoption, priority codes, action codes
    (
        "Employer mentorship circles",
        "Cercles de mentorat avec des employeurs",
        "Small groups of internationally trained professionals meet monthly with employers in "
        "their field to build networks and learn local hiring norms.",
        "Lakeview, ON",
        "Lakeview Employment Partnership (fictional)",
        "workplace",
        "program",
        "outcomes_evaluated",
        "58% of participants employed in their field within six months.",
        "Needs an employer champion and a part-time coordinator.",
        "Mentorship circles evaluation",
        "https://example.org/mentorship-circles",
        2022,
        "adopted",
        ("P1",),
        ("A1.1",),
    ),
    (
        "Single-intake referral form",
        "Formulaire d’aiguillage unique",
        "One shared intake and consent form lets agencies refer clients without repeating "
        "their story.",
        "Northfield, MB",
        "Northfield LIP (fictional)",
        "settlement",
        "service_coordination",
        "outputs_monitored",
        "Referral time fell from 12 to 3 days.",
        "Requires a data-sharing agreement.",
        "Coordinated intake pilot report",
        "https://example.org/single-intake",
        2021,
        "piloting",
        ("P2",),
        ("A2.1",),
    ),
    (
        "Library conversation cafés",
        "Cafés-conversation à la bibliothèque",
        "Volunteer-led drop-in conversation practice in the library, open to all levels.",
        "Riverside",
        "Riverside Public Library",
        "education",
        "program",
        "outputs_monitored",
        "Average of 22 participants per session.",
        "Low cost; relies on trained volunteers.",
        "",
        "",
        2024,
        "shared",
        ("P3",),
        ("A3.1",),
    ),
    (
        "Bilingual school welcome kits",
        "Trousses d’accueil scolaire bilingues",
        "A kit in English and French (with key pages translated) for families enrolling a "
        "newcomer child.",
        "Riverside",
        "Riverside District School Board",
        "education",
        "program",
        "anecdotal",
        "Families report feeling better informed.",
        "Easy to adapt; keep translations current.",
        "",
        "",
        2025,
        "shared",
        ("P3",),
        ("A3.3",),
    ),
    (
        "Volunteer health navigators",
        "Navigateurs bénévoles en santé",
        "Trained volunteers who speak newcomers' languages accompany them through first "
        "health-care appointments.",
        "Harbour City, NS",
        "Harbour City Health Alliance (fictional)",
        "health",
        "program",
        "externally_evaluated",
        "Fewer missed appointments; higher satisfaction.",
        "Needs volunteer screening and clinical partners.",
        "Health navigation evaluation",
        "https://example.org/health-navigators",
        2020,
        "adopted",
        ("P4",),
        ("A4.1",),
    ),
    (
        "Landlord–tenant mediation line",
        "Ligne de médiation propriétaires-locataires",
        "A phone line staffed by multilingual mediators resolves disputes before eviction.",
        "Westbrook, BC",
        "Westbrook Housing Society (fictional)",
        "housing",
        "service_coordination",
        "outcomes_evaluated",
        "Two thirds of calls resolved without a tribunal hearing.",
        "Depends on municipal funding.",
        "Mediation line annual report",
        "https://example.org/mediation-line",
        2023,
        "adopted",
        ("P5",),
        ("A5.1",),
    ),
    (
        "Newcomer advisory table",
        "Table consultative des nouveaux arrivants",
        "Newcomers advise city council on policies and services that affect them.",
        "Pine Falls, AB",
        "City of Pine Falls (fictional)",
        "inclusion",
        "governance",
        "outputs_monitored",
        "Twelve recommendations adopted by council in two years.",
        "Needs council commitment and honoraria for members.",
        "Civic inclusion case study",
        "https://example.org/advisory-table",
        2019,
        "adopted",
        ("P6",),
        ("A6.1",),
    ),
    (
        "Welcoming-community media guide",
        "Guide médiatique pour une communauté accueillante",
        "A guide for local journalists on fair, accurate reporting about immigration.",
        "Riverside",
        "Riverside City",
        "inclusion",
        "public_education",
        "anecdotal",
        "Adopted by two local newsrooms.",
        "Free to reuse; update yearly.",
        "",
        "",
        2025,
        "shared",
        ("P6",),
        ("A6.3",),
    ),
    (
        "Anti-racism audit of municipal services",
        "Audit antiracisme des services municipaux",
        "A structured review of municipal front-line services with newcomer reviewers.",
        "Grandview, ON",
        "Grandview LIP (fictional)",
        "anti_racism",
        "policy_change",
        "outcomes_evaluated",
        "Led to new complaint procedures.",
        "Needs an external facilitator.",
        "Municipal anti-racism audit",
        "https://example.org/anti-racism-audit",
        2023,
        "under_review",
        ("P6",),
        ("A6.5",),
    ),
)

_SUCCESSES = (
    "Partners met as planned and attendance grew.",
    "Strong interest from newcomers; sessions were full.",
    "New partner joined and shared resources.",
    "Feedback from participants was very positive.",
)
_CHALLENGES = (
    "Staff turnover at a partner slowed the work.",
    "Funding for the next phase is not confirmed.",
    "Hard to reach newcomers outside the downtown area.",
    "Waiting on a data-sharing agreement.",
    "",
)
_NEXT = (
    "Plan next quarter's sessions with partners.",
    "Report results to the working group.",
    "Confirm venues and volunteers.",
    "Share the draft with the steering committee.",
)


def create_demo_file(
    path: str | os.PathLike[str], *, overwrite: bool = False, today: date | None = None
) -> Path:
    """Write the Riverside plan to a new file (refusing to replace one unless told), its
    dates following `today` (default: the real today; the same day, the same file)."""
    target = Path(path)
    if target.exists() and not overwrite:
        raise UserError(f"“{target}” already exists; choose another name.")
    return write_new_plan(
        target, lambda session: build_riverside(session, today=today), replace=overwrite
    )


@dataclass
class _Lookups:
    statuses: dict[str, int]
    terms: dict[tuple[str, str], int]


def _lookups(session: Session) -> _Lookups:
    statuses = {k: i for i, k in session.execute(select(m.Status.id, m.Status.key))}
    terms = {
        (voc, k): i
        for i, voc, k in session.execute(select(m.Term.id, m.Term.vocabulary, m.Term.key))
    }
    return _Lookups(statuses, terms)


def _quarter_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _quarters_between(first: Period, last: Period) -> int:
    return (last.year - first.year) * 4 + (last.quarter or 4) - (first.quarter or 4)


@dataclass(frozen=True)
class DemoCalendar:
    """Moves the demo's dates from DEMO_REFERENCE_DAY to `today` by whole quarters."""

    today: date

    @property
    def quarters(self) -> int:
        return _quarters_between(DEMO_LAST_FULL_QUARTER, last_completed_quarter(self.today))

    @property
    def years(self) -> int:
        """Whole fiscal years the plan moves (towards zero: a quarter back keeps it)."""
        return int(self.quarters / 4)

    @property
    def last_full_quarter(self) -> Period:
        return self.period(DEMO_LAST_FULL_QUARTER)

    @property
    def plan_end(self) -> date:
        return Period(DEMO_LAST_YEAR + self.years).end

    def month(self, year: int, month: int) -> tuple[int, int]:
        index = year * 12 + month - 1 + 3 * self.quarters
        return index // 12, index % 12 + 1

    def day(self, day: date) -> date:
        year, month = self.month(day.year, day.month)
        if day == _month_end(day.year, day.month):
            return _month_end(year, month)  # a month's end stays its end
        return date(year, month, min(day.day, 28))

    def period(self, period: Period) -> Period:
        if period.quarter is None:
            return Period(period.year + self.years)
        moved = period
        step = moved.next if self.quarters > 0 else moved.previous
        for _ in range(abs(self.quarters)):
            moved = step()
            step = moved.next if self.quarters > 0 else moved.previous
        return moved

    def value_key(self, year: int, quarter: int) -> tuple[int, int]:
        """An indicator value's (year, quarter 0–4) key, moved."""
        if quarter == 0:
            return year + self.years, 0
        moved = self.period(Period(year, quarter))
        return moved.year, moved.quarter or 0

    def reported(self, day: date) -> date:
        """A report date, never after today (the quarter under way reports up to now)."""
        return min(day, self.today)


def demo_last_full_quarter(today: date | None = None) -> Period:
    """The last quarter the demo made on `today` has fully reported."""
    return DemoCalendar(today or date.today()).last_full_quarter


# What the coordinator wrote about some priorities for the last full quarter; one is in
# French, as a bilingual partnership's might be.
NARRATIVES: tuple[tuple[str, str, str], ...] = (
    (
        "P1",
        "en",
        "Mentorship pairs keep growing and three new employers joined the circles. The "
        "credential navigation clinic is behind: the regulators' data-sharing agreement is "
        "still unsigned.",
    ),
    (
        "P2",
        "en",
        "The shared intake form is now used by all settlement agencies; the referral "
        "review found fewer duplicate intakes. The shared data project was discontinued.",
    ),
    (
        "P6",
        "fr",
        "Le conseil consultatif des nouveaux arrivants s’est réuni deux fois; la formation "
        "antiracisme a pris du retard faute de formateurs disponibles.",
    ),
)


def build_riverside(session: Session, *, today: date | None = None) -> None:
    """Fill an empty plan file with the Riverside LIP, dated as seen on `today`."""
    calendar = DemoCalendar(today or date.today())
    look = _lookups(session)
    session.add(
        m.Partnership(
            name_en="Riverside Local Immigration Partnership",
            name_fr="Partenariat local en matière d’immigration de Riverside",
            acronym_en="RLIP",
            acronym_fr="PLIR",
            catchment="City of Riverside and Riverside County",
            agreement_holder="Riverside City",
            coordinator="Riverside LIP Secretariat",
            email="lip@riverside.example",
        )
    )
    first_year, last_year = DEMO_FIRST_YEAR + calendar.years, DEMO_LAST_YEAR + calendar.years
    plan = m.Plan(
        title_en=f"Riverside Settlement Strategy {first_year}–{last_year + 1}",
        title_fr=f"Stratégie d’établissement de Riverside {first_year}-{last_year + 1}",
        first_year=first_year,
        last_year=last_year,
        vision="Riverside is a community where everyone belongs and newcomers thrive.",
        approved_on=date(first_year, 3, 12),
        status="approved",
    )
    session.add(plan)
    session.flush()
    bodies: list[int] = []
    for position, (en, fr, kind, parent, mandate) in enumerate(BODIES):
        new_body = m.Body(
            name_en=en,
            name_fr=fr,
            kind=kind,
            parent_id=bodies[parent] if parent is not None else None,
            mandate=mandate,
            position=position,
        )
        session.add(new_body)
        session.flush()
        bodies.append(new_body.id)
    partners: list[int] = []
    for (en, fr, acronym, sector, languages), (contact, role) in zip(
        PARTNERS, CONTACTS, strict=True
    ):
        slug = "".join(ch for ch in en.lower() if ch.isalnum())[:18]
        partner = m.Partner(
            name_en=en,
            name_fr=fr,
            acronym=acronym,
            sector_id=look.terms[("sector", sector)],
            languages=languages,
            website=f"https://{slug}.example",
            email=f"info@{slug}.example",
            phone=f"555-01{len(partners):02d}",
        )
        partner.contacts.append(
            m.Contact(
                name=contact,
                role=role,
                email=f"contact@{slug}.example",
                phone=f"555-02{len(partners):02d}",
                is_primary=True,
            )
        )
        session.add(partner)
        session.flush()
        partners.append(partner.id)
    # Council: every partner; working groups: the partners active in their priorities.
    memberships = {
        0: range(15),
        1: (0, 1, 2, 7, 13),
        2: (2, 8, 6, 1),
        3: (1, 3, 4, 5, 10),
        4: (0, 11, 12, 13, 14, 9),
        5: (7, 11, 12),
    }
    for body_index, partner_indexes in memberships.items():
        for partner_index in partner_indexes:
            role = "chair" if partner_index == partner_indexes[0] and body_index else "member"
            session.add(
                m.BodyMembership(
                    body_id=bodies[body_index], partner_id=partners[partner_index], role=role
                )
            )
    priorities: dict[str, int] = {}
    for position, (code, en, fr, domain, body) in enumerate(PRIORITIES):
        priority = m.Priority(
            plan_id=plan.id,
            code=code,
            title_en=en,
            title_fr=fr,
            domain_id=look.terms[("domain", domain)],
            body_id=bodies[body],
            position=position,
            description=f"What Riverside's partners will do together on {en.lower()}.",
        )
        session.add(priority)
        session.flush()
        priorities[code] = priority.id
    objectives: dict[str, int] = {}
    for position, (pcode, code, en, fr, level) in enumerate(OBJECTIVES):
        objective = m.Objective(
            plan_id=plan.id,
            priority_id=priorities[pcode],
            code=code,
            title_en=en,
            title_fr=fr,
            outcome_level=level,
            position=position,
        )
        session.add(objective)
        session.flush()
        objectives[code] = objective.id
    actions: dict[str, int] = {}
    rng = random.Random(2024)
    for position, row in enumerate(ACTIONS):
        (code, ocode, en, fr, lead, supporting, body, start, end, status, percent, tags) = row
        action = m.Action(
            plan_id=plan.id,
            objective_id=objectives[ocode],
            code=code,
            title_en=en,
            title_fr=fr,
            description=f"{en}. Led by {PARTNERS[lead][0]}.",
            lead_partner_id=partners[lead],
            body_id=bodies[body],
            start_date=_quarter_start(*calendar.month(*start)),
            end_date=min(_month_end(*calendar.month(*end)), calendar.plan_end) if end else None,
            # The action's own status agrees with its latest report.
            status_id=look.statuses[status],
            percent_complete=percent,
            planned_outputs="Sessions delivered, participants reached, a short report.",
            budget=rng.choice((None, 5000, 12000, 25000, 40000)),
            in_kind=rng.choice((None, 1500, 3000)),
            position=position,
        )
        session.add(action)
        session.flush()
        actions[code] = action.id
        for partner_index in supporting:
            session.add(
                m.ActionPartner(
                    action_id=action.id, partner_id=partners[partner_index], role="supporting"
                )
            )
        for tag in tags:
            session.add(
                m.ActionCharacteristic(
                    action_id=action.id, term_id=look.terms[("characteristic", tag)]
                )
            )
        _demo_updates(session, look, calendar, action.id, row, CONTACTS[lead][0], rng)
    for row in INDICATORS:
        (
            code,
            owner,
            en,
            fr,
            unit,
            base,
            base_on,
            target,
            target_on,
            direction,
            source,
            frequency,
            values,
        ) = row
        indicator = m.Indicator(
            plan_id=plan.id,
            code=code,
            name_en=en,
            name_fr=fr,
            unit=unit,
            objective_id=objectives.get(owner),
            action_id=actions.get(owner),
            baseline_value=base,
            baseline_date=calendar.day(base_on),
            target_value=target,
            target_date=min(calendar.day(target_on), calendar.plan_end),
            direction=direction,
            data_source=source,
            frequency=frequency,
        )
        session.add(indicator)
        session.flush()
        for key, value in values.items():
            year, quarter = calendar.value_key(*key)
            session.add(
                m.IndicatorValue(
                    indicator_id=indicator.id,
                    fiscal_year=year,
                    quarter=quarter,
                    value=value,
                    note="" if value is not None else "Survey delayed; no data this quarter.",
                    recorded_on=calendar.reported(
                        Period(year, quarter or None).end + timedelta(days=20)
                    ),
                )
            )
    for row in PRACTICES:
        (
            en,
            fr,
            summary,
            where,
            who,
            domain,
            kind,
            evidence,
            results,
            transfer,
            source,
            url,
            year,
            adoption,
            pcodes,
            acodes,
        ) = row
        practice = m.Practice(
            title_en=en,
            title_fr=fr,
            summary=summary,
            location=where,
            organisation=who,
            domain_id=look.terms[("domain", domain)],
            type_id=look.terms[("practice_type", kind)],
            evidence_id=look.terms[("evidence_level", evidence)],
            results=results,
            transferability=transfer,
            source_title=source,
            source_url=url,
            source_year=year,
            adoption_status=adoption,
        )
        session.add(practice)
        session.flush()
        for pcode in pcodes:
            session.add(m.PracticePriority(practice_id=practice.id, priority_id=priorities[pcode]))
        for acode in acodes:
            session.add(m.PracticeAction(practice_id=practice.id, action_id=actions[acode]))
    period = calendar.last_full_quarter
    for pcode, lang, text in NARRATIVES:
        session.add(
            m.PriorityNarrative(
                priority_id=priorities[pcode],
                fiscal_year=period.year,
                quarter=period.quarter,
                text=text,
                lang=lang,
            )
        )


def _demo_updates(
    session: Session,
    look: _Lookups,
    calendar: DemoCalendar,
    action_id: int,
    row: tuple[Any, ...],
    reporter: str,
    rng: random.Random,
) -> None:
    """A believable quarterly story that ends at the action's demo status."""
    code, _o, _en, _fr, _lead, _sup, _body, start, end, final, final_percent, _tags = row
    first = Period.containing(_quarter_start(*calendar.month(*start)))
    last = calendar.last_full_quarter
    # Half of the actions have already reported for the current quarter.
    if int(code[1]) % 2 == 0 or code.endswith(".1"):
        last = last.next()
    if final in ("completed", "discontinued") and end is not None:
        # Closed actions stop reporting in the quarter they ended.
        ended = Period.containing(_month_end(*calendar.month(*end)))
        last = ended if ended.key < last.key else last
    quarters: list[Period] = []
    period = first
    while period.key <= last.key:
        quarters.append(period)
        period = period.next()
    if final == "not_started":
        quarters = quarters[-2:] if quarters else []
    for index, quarter in enumerate(quarters):
        is_last = index == len(quarters) - 1
        if final == "ongoing":
            status, percent = "ongoing", 0
        elif final == "not_started":
            status, percent = "not_started", 0
        elif is_last:
            status, percent = final, final_percent
        else:
            share = (index + 1) / len(quarters)
            target = final_percent if final not in ("discontinued",) else 40
            percent = max(5, round(target * share / 5) * 5)
            status = (
                "on_track"
                if share < 0.6 or final in ("completed", "on_track")
                else ("minor_delays" if final != "discontinued" else "serious_concerns")
            )
            percent = min(percent, 95)
        if final == "completed" and is_last:
            percent = 100
        days = rng.randint(5, 25)
        if quarter.key > calendar.last_full_quarter.key:
            # The quarter under way: reported in the last few weeks, never after today.
            reported_on = max(quarter.start, calendar.today - timedelta(days=days - 5))
        else:
            reported_on = calendar.reported(quarter.end + timedelta(days=days))
        session.add(
            m.ProgressUpdate(
                action_id=action_id,
                fiscal_year=quarter.year,
                quarter=quarter.quarter,
                status_id=look.statuses[status],
                percent_complete=percent,
                outputs=(
                    f"{rng.randint(2, 9)} sessions held; {rng.randint(12, 140)} people reached."
                ),
                successes=rng.choice(_SUCCESSES),
                challenges=rng.choice(_CHALLENGES),
                next_steps=(
                    "Action closed."
                    if status in ("completed", "discontinued")
                    else rng.choice(_NEXT)
                ),
                reported_by=reporter,
                reported_on=reported_on,
            )
        )


# --- the synthetic big plan ------------------------------------------------------------

_WORDS = (
    "newcomer",
    "employment",
    "housing",
    "youth",
    "health",
    "language",
    "mentorship",
    "network",
    "outreach",
    "training",
    "community",
    "referral",
    "welcome",
    "family",
    "seniors",
    "women",
    "digital",
    "skills",
    "civic",
    "library",
    "school",
    "faith",
    "sport",
    "arts",
    "francophone",
    "rural",
    "transit",
    "safety",
    "data",
    "research",
)


def create_synthetic_file(
    path: str | os.PathLike[str], actions: int, *, seed: int = 1, overwrite: bool = False
) -> Path:
    """A large plan for benchmarks: `actions` actions over about ten priorities, about
    actions/7 partners, 8 quarters of updates per action, actions/10 indicators and
    actions/10 practices. The same arguments always give the same plan."""
    if not 1 <= actions <= 200_000:
        raise UserError("--actions must be between 1 and 200,000.")
    target = Path(path)
    if target.exists() and not overwrite:
        raise UserError(f"“{target}” already exists; choose another name.")
    rng = random.Random(seed)
    return write_new_plan(
        target, lambda session: _build_synthetic(session, actions, rng), replace=overwrite
    )


def _phrase(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize()


def _build_synthetic(session: Session, n_actions: int, rng: random.Random) -> None:
    look = _lookups(session)
    status_keys = list(look.statuses)
    first_year = 2023
    session.add(
        m.Partnership(
            name_en="Metropolis Local Immigration Partnership",
            name_fr="Partenariat local en matière d’immigration de Metropolis",
            agreement_holder="City of Metropolis",
        )
    )
    plan = m.Plan(
        title_en="Metropolis Newcomer Strategy",
        title_fr="Stratégie de Metropolis",
        first_year=first_year,
        last_year=first_year + 4,
        status="approved",
    )
    session.add(plan)
    session.flush()
    n_bodies = 8
    session.execute(
        insert(m.Body),
        [
            {
                "id": i + 1,
                "name_en": f"Working group {i + 1}",
                "kind": "working_group",
                "position": i,
            }
            for i in range(n_bodies)
        ],
    )
    n_partners = max(1, n_actions // 7)
    sectors = [i for (voc, _k), i in look.terms.items() if voc == "sector"]
    session.execute(
        insert(m.Partner),
        [
            {
                "id": i + 1,
                "name_en": f"{_phrase(rng, 2)} organisation {i + 1}",
                "name_fr": f"Organisme {i + 1}",
                "sector_id": rng.choice(sectors),
                "languages": "English, French",
                "email": f"info{i + 1}@partner.example",
            }
            for i in range(n_partners)
        ],
    )
    session.execute(
        insert(m.Contact),
        [
            {
                "partner_id": i + 1,
                "name": f"Contact {i + 1}",
                "email": f"c{i + 1}@partner.example",
                "is_primary": True,
            }
            for i in range(n_partners)
        ],
    )
    n_priorities = 10
    session.execute(
        insert(m.Priority),
        [
            {
                "id": i + 1,
                "plan_id": plan.id,
                "code": f"P{i + 1}",
                "title_en": _phrase(rng, 3),
                "position": i,
                "body_id": i % n_bodies + 1,
            }
            for i in range(n_priorities)
        ],
    )
    n_objectives = max(n_priorities, n_actions // 20)
    session.execute(
        insert(m.Objective),
        [
            {
                "id": i + 1,
                "plan_id": plan.id,
                "priority_id": i % n_priorities + 1,
                "code": f"O{i + 1}",
                "title_en": _phrase(rng, 5),
                "position": i,
                "outcome_level": "intermediate",
            }
            for i in range(n_objectives)
        ],
    )
    action_rows = []
    for i in range(n_actions):
        start = date(first_year, 4, 1) + timedelta(days=rng.randint(0, 700))
        end = start + timedelta(days=rng.randint(180, 1200))
        action_rows.append(
            {
                "id": i + 1,
                "plan_id": plan.id,
                "objective_id": i % n_objectives + 1,
                "code": f"A{i + 1}",
                "title_en": _phrase(rng, 6),
                "description": _phrase(rng, 20),
                "lead_partner_id": rng.randint(1, n_partners),
                "body_id": rng.randint(1, n_bodies),
                "start_date": start,
                "end_date": end,
                "status_id": look.statuses[rng.choice(status_keys)],
                "percent_complete": rng.randint(0, 100),
                "position": i,
                "planned_outputs": _phrase(rng, 8),
            }
        )
    session.execute(insert(m.Action), action_rows)
    supporting = [
        {"action_id": i + 1, "partner_id": p}
        for i in range(n_actions)
        for p in {rng.randint(1, n_partners) for _ in range(2)}
        if p != action_rows[i]["lead_partner_id"]
    ]
    if supporting:  # a small plan's one partner leads everything; an empty insert fails
        session.execute(insert(m.ActionPartner), supporting)
    characteristics = [i for (voc, _k), i in look.terms.items() if voc == "characteristic"]
    session.execute(
        insert(m.ActionCharacteristic),
        [
            {"action_id": i + 1, "term_id": t}
            for i in range(n_actions)
            for t in set(rng.sample(characteristics, 2))
        ],
    )
    updates = []
    quarters = [Period(first_year + 1, 1)]
    for _ in range(7):
        quarters.append(quarters[-1].next())
    for i in range(n_actions):
        percent = 0
        for quarter in quarters:
            percent = min(100, percent + rng.randint(0, 20))
            updates.append(
                {
                    "action_id": i + 1,
                    "fiscal_year": quarter.year,
                    "quarter": quarter.quarter,
                    "status_id": look.statuses[rng.choice(status_keys)],
                    "percent_complete": percent,
                    "outputs": _phrase(rng, 10),
                    "successes": _phrase(rng, 8),
                    "challenges": _phrase(rng, 8),
                    "next_steps": _phrase(rng, 6),
                    "reported_by": f"Contact {rng.randint(1, 99)}",
                    "reported_on": quarter.end + timedelta(days=10),
                }
            )
        if len(updates) >= 20_000:
            session.execute(insert(m.ProgressUpdate), updates)
            updates.clear()
    if updates:
        session.execute(insert(m.ProgressUpdate), updates)
    n_indicators = max(1, n_actions // 10)
    session.execute(
        insert(m.Indicator),
        [
            {
                "id": i + 1,
                "plan_id": plan.id,
                "code": f"I{i + 1}",
                "name_en": _phrase(rng, 5),
                "objective_id": (i % n_objectives + 1) if i % 2 else None,
                "action_id": None if i % 2 else i + 1,
                "unit": "people",
                "baseline_value": float(rng.randint(0, 50)),
                "target_value": float(rng.randint(60, 200)),
                "direction": "increase",
                "frequency": "quarterly",
                "position": i,
            }
            for i in range(n_indicators)
        ],
    )
    session.execute(
        insert(m.IndicatorValue),
        [
            {
                "indicator_id": i + 1,
                "fiscal_year": q.year,
                "quarter": q.quarter,
                "value": float(rng.randint(0, 200)),
            }
            for i in range(n_indicators)
            for q in quarters
        ],
    )
    domains = [i for (voc, _k), i in look.terms.items() if voc == "domain"]
    n_practices = max(1, n_actions // 10)
    session.execute(
        insert(m.Practice),
        [
            {
                "id": i + 1,
                "title_en": f"{_phrase(rng, 4)} {i + 1}",
                "summary": _phrase(rng, 25),
                "domain_id": rng.choice(domains),
                "adoption_status": "identified",
            }
            for i in range(n_practices)
        ],
    )
    session.execute(
        insert(m.PracticeAction),
        [
            {"practice_id": i + 1, "action_id": rng.randint(1, n_actions)}
            for i in range(n_practices)
        ],
    )
