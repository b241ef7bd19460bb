"""The default configurable lists of DOMAIN.md, in English and French.

Each new plan file is seeded with these; the coordinator may edit them.
"""

from __future__ import annotations

from typing import NamedTuple


class StatusDefault(NamedTuple):
    key: str
    label_en: str
    label_fr: str
    kind: str
    severity: int
    colour: str
    description_en: str
    description_fr: str


STATUSES: tuple[StatusDefault, ...] = (
    StatusDefault(
        "not_started",
        "Not started",
        "Pas commencée",
        "not_started",
        0,
        "#9e9e9e",
        "Work has not begun yet.",
        "Le travail n’a pas encore commencé.",
    ),
    StatusDefault(
        "on_track",
        "On track",
        "En bonne voie",
        "active",
        0,
        "#2e7d32",
        "Under way and on schedule.",
        "En cours et dans les délais.",
    ),
    StatusDefault(
        "minor_delays",
        "Minor delays",
        "Retards mineurs",
        "active",
        1,
        "#f9a825",
        "Under way with some delays; expected to recover.",
        "En cours avec quelques retards; rattrapage prévu.",
    ),
    StatusDefault(
        "serious_concerns",
        "Serious concerns",
        "Préoccupations importantes",
        "active",
        2,
        "#c62828",
        "At risk: the action may not be completed as planned.",
        "À risque : l’action pourrait ne pas être réalisée comme prévu.",
    ),
    StatusDefault(
        "completed",
        "Completed",
        "Terminée",
        "completed",
        0,
        "#1565c0",
        "Finished as planned.",
        "Réalisée comme prévu.",
    ),
    StatusDefault(
        "ongoing",
        "Ongoing",
        "En continu",
        "ongoing",
        0,
        "#00838f",
        "A continuous activity with no end point.",
        "Une activité continue, sans date de fin.",
    ),
    StatusDefault(
        "discontinued",
        "Discontinued",
        "Abandonnée",
        "discontinued",
        0,
        "#6d4c41",
        "Will not be completed.",
        "Ne sera pas réalisée.",
    ),
)

TERMS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "domain": (
        (
            "attraction",
            "Newcomer attraction, retention and business development",
            "Attraction, rétention et création d’entreprises",
        ),
        ("children_youth", "Children and youth", "Enfants et jeunes"),
        ("civic_resources", "Community civic resources", "Ressources civiques communautaires"),
        ("education", "Education and education policy", "Éducation et politiques éducatives"),
        ("health", "Health and healthcare", "Santé et soins de santé"),
        (
            "inclusion",
            "Social, cultural and political inclusion",
            "Inclusion sociale, culturelle et politique",
        ),
        ("workplace", "Workplace integration", "Intégration en milieu de travail"),
        ("settlement", "Settlement", "Établissement"),
        ("language", "Language", "Langue"),
        ("housing", "Housing", "Logement"),
        ("anti_racism", "Anti-racism", "Lutte contre le racisme"),
        ("cross_cutting", "Cross-cutting / partnership-wide", "Transversal / tout le partenariat"),
    ),
    "sector": (
        ("municipal", "Municipal government", "Administration municipale"),
        ("settlement", "Settlement services", "Services d’établissement"),
        ("employment", "Employment services", "Services d’emploi"),
        ("school", "School board", "Conseil scolaire"),
        ("post_secondary", "Post-secondary education", "Enseignement postsecondaire"),
        ("health", "Health", "Santé"),
        ("library", "Library", "Bibliothèque"),
        ("police_justice", "Police and justice", "Police et justice"),
        ("business", "Business and employers", "Entreprises et employeurs"),
        ("ethno_cultural", "Ethno-cultural organisation", "Organisme ethnoculturel"),
        ("faith", "Faith organisation", "Organisme confessionnel"),
        ("francophone", "Francophone network", "Réseau francophone"),
        ("housing", "Housing", "Logement"),
        ("youth", "Youth services", "Services à la jeunesse"),
        ("community", "Community services", "Services communautaires"),
        ("other", "Other", "Autre"),
    ),
    "characteristic": (
        ("employment", "Employment opportunities", "Possibilités d’emploi"),
        ("social_capital", "Fostering social capital", "Capital social"),
        ("housing", "Affordable and suitable housing", "Logement abordable et convenable"),
        (
            "attitudes",
            "Positive attitudes toward immigrants and diversity",
            "Attitudes positives envers les immigrants et la diversité",
        ),
        (
            "agencies",
            "Newcomer-serving agencies that meet needs",
            "Organismes au service des nouveaux arrivants répondant aux besoins",
        ),
        ("links", "Links between the main actors", "Liens entre les principaux acteurs"),
        (
            "municipal",
            "Municipal features and services sensitive to newcomers",
            "Services municipaux adaptés aux nouveaux arrivants",
        ),
        ("education", "Educational opportunities", "Possibilités d’éducation"),
        (
            "health_care",
            "Accessible and suitable health care",
            "Soins de santé accessibles et adaptés",
        ),
        (
            "transit",
            "Available and accessible public transit",
            "Transport en commun disponible et accessible",
        ),
        (
            "religious",
            "Presence of diverse religious organisations",
            "Présence d’organisations religieuses diverses",
        ),
        (
            "social_engagement",
            "Social engagement opportunities",
            "Possibilités d’engagement social",
        ),
        (
            "political",
            "Political participation opportunities",
            "Possibilités de participation politique",
        ),
        (
            "police",
            "Positive relationships with police and the justice system",
            "Relations positives avec la police et le système de justice",
        ),
        ("safety", "Safety", "Sécurité"),
        (
            "public_space",
            "Opportunities to use public space and recreation facilities",
            "Accès aux espaces publics et aux loisirs",
        ),
        (
            "media",
            "Favourable media coverage and representation",
            "Couverture médiatique favorable",
        ),
        ("anti_racism", "Anti-racism", "Lutte contre le racisme"),
    ),
    "practice_type": (
        ("program", "Program", "Programme"),
        ("service_coordination", "Service coordination", "Coordination des services"),
        ("governance", "Governance", "Gouvernance"),
        ("research", "Research", "Recherche"),
        ("public_education", "Public education", "Sensibilisation du public"),
        ("policy_change", "Policy/system change", "Changement de politique ou de système"),
    ),
    "evidence_level": (
        ("anecdotal", "Anecdotal", "Anecdotique"),
        ("outputs_monitored", "Outputs monitored", "Extrants suivis"),
        ("outcomes_evaluated", "Outcomes evaluated", "Résultats évalués"),
        ("externally_evaluated", "Externally evaluated", "Évaluation externe"),
    ),
}
