"""Stage 2: what each column holds, from the words of its heading.

Headings are compared folded (case, accents, punctuation), each word singular, so
"Responsable(s)", "RESPONSIBLE:" and "Responsibles" read alike. A heading not known as
a whole is tried by its halves ("Status / Statut", "Progress / Successes"), then by the
longest known phrase inside it ("Proposed activities"); a year ("2014", "2014-15") is a
year column and "Q2 Activity" the actions of that quarter.
"""

from __future__ import annotations

import functools
import re

from lipplanner.core.reports.cell_values import _MONTHS, fold, fold_key
from lipplanner.core.reports.plan_import.values import completion_question

_VOCABULARY: dict[str, tuple[str, ...]] = {
    "lead_partners": (
        "Lead and partners", "Leads and partners",
        "Responsables et partenaires", "Who is involved", "Lead and support",
    ),
    "priority_code": (
        "Priority code", "Code de priorité", "Code priorité", "Priority #", "Priority no",
        "Priority number", "Strategic priority code", "Pillar code", "Direction code",
        "No de priorité",
    ),
    "objective_code": (
        "Objective code", "Code d’objectif", "Code objectif", "Outcome code", "Objective #",
        "Objective no", "Code du résultat",
    ),
    "french": (
        "Action (French)", "Action (français)", "Title (French)", "Titre (français)",
        "Activity (French)", "Activité (français)", "French title", "Titre en français",
        "Priority (French)", "Priorité (français)", "Objective (French)",
        "Objectif (français)",
    ),
    "partner_fr": (
        "Organisation (French)", "Organisme (français)", "Name (French)", "Nom (français)",
        "French name", "Nom français", "Nom en français",
    ),
    "priority": (
        "Priority", "Priorité", "Strategic priority", "Priorité stratégique",
        "Strategic direction", "Orientation stratégique", "Orientation", "Direction",
        "Theme", "Thème", "Pillar", "Pilier", "Axe", "Axe stratégique", "Axis",
        "Community result", "Key action area", "Action area", "Goal", "Strategic goal",
        "Focus area", "Area of focus", "Priority area", "Strategic area", "Domaine",
        "Champ d’action", "Enjeu", "Priority title", "Titre de la priorité", "But",
        "Axe d’intervention", "Champ d’intervention", "Domaine d’intervention",
    ),
    "objective": (
        "Objective", "Objectif", "Strategic objective", "Objectif stratégique",
        "Specific objective", "Objectif spécifique", "Priority action area",
        "Recommendation", "Recommandation", "Strategy", "Stratégie", "Outcome",
        "Objective title", "Titre de l’objectif", "Sub-goal",
    ),
    "action": (
        "Action", "Activity", "Activité", "Initiative", "Strategic action",
        "Action stratégique", "Tactic", "Tactique", "Action item", "Task", "Tâche",
        "Project", "Projet", "Action title", "Activity title", "Titre de l’action",
        "Titre de l’activité", "Key action", "Action clé", "What", "Quoi", "Action step",
    ),
    "code": (
        "Code", "Action code", "Code de l’action", "Activity code", "Code d’activité",
        "Code de l’activité", "ID", "Ref", "Reference", "Référence", "No", "#", "Action #",
        "Action no", "Numéro", "Item", "Item #",
    ),
    "description": (
        "Description", "Details", "Détails", "Background", "Contexte",
        "Description of activity", "Description de l’activité", "Activity description",
        "Action description", "Description de l’action", "Activity details", "Action details",
        "Détails de l’activité", "Détails de l’action", "What will be done",
        "Ce qui sera fait",
        # Who the action is for: said in its description.
        "Target population", "Population cible", "Target group", "Groupe cible",
        "Clientèle cible", "Target audience", "Public cible",
    ),
    "lead": (
        "Lead", "Lead partner", "Partenaire responsable", "Lead organization",
        "Lead organisation", "Lead agency", "Lead department", "Lead partner(s)",
        "Responsible", "Responsible party", "Responsible organization",
        "Responsible organisation", "Responsable", "Organisme responsable",
        "Organisation responsable", "Service responsable", "Porteur", "Porteur du dossier",
        "Who", "Qui", "Owner", "Champion", "Accountable", "Responsibility",
        "Responsabilité", "Department", "Organisme porteur", "Organisation porteuse",
        "Co-lead",
    ),
    "partners": (
        "Partners", "Partenaires", "Supporting partners", "Supporting", "Supporting partner",
        "Supporting organizations", "Supporting organisations", "Support partners",
        "Collaborators", "Collaborateurs", "Partenaires associés", "Other partners",
        "Autres partenaires", "Partenaires de soutien", "Partenaires collaborateurs",
        "Key partners", "Partenaires clés", "Community partners", "In collaboration with",
        "En collaboration avec", "Contributors", "Partner organizations",
        "Stakeholders", "Key stakeholders", "Parties prenantes", "Who else is involved",
    ),
    "working_group": (
        "Working group", "Groupe de travail", "Action group", "Sub-council", "Sous-conseil",
        "Committee", "Comité", "Table", "Groupe", "Sub-committee", "Sous-comité",
    ),
    "timeline": (
        "Timeline", "Timeframe", "Time frame", "Timing", "Échéancier", "Calendrier", "When",
        "Quand", "Schedule", "Horizon", "Durée", "Period", "Période", "Year", "Année",
        "Target year", "Année cible", "Fiscal year", "Exercice", "Exercice financier",
        # ("completion" alone is a percent's heading; here it is when.)
        "Timeline for completion", "Timeframe for completion", "Completion timeline",
        "Completion timeframe", "Time to complete",
    ),
    "report_period": (
        "Reporting period", "Reporting quarter", "Report period", "Quarter reported",
        "Quarter reported on", "Reporting cycle", "Période de rapport", "Période visée",
        "Période de déclaration", "Trimestre du rapport",
    ),
    "start": (
        "Start", "Début", "Start date", "Date de début", "Begins", "Begin", "From",
        "Starting", "Date début", "Launch", "Start year", "Year started", "Année de début",
    ),
    "end": (
        "End", "Fin", "End date", "Date de fin", "Due", "Due date", "Deadline", "Échéance",
        "Completion date", "Date of completion", "Date d’échéance", "Until", "Ends",
        "Date fin", "Expected completion", "Expected completion date", "Target date",
        "Date cible", "Target completion", "Date prévue", "Date de réalisation",
        "By when", "Date limite", "Complete by", "To be completed by", "Réalisé d’ici",
        "End year", "Année de fin", "Date completed", "Completed on", "Completion year",
        # The quarter an action is to be done by ("Q3 2025-26"): it ends then.
        "Target quarter", "Trimestre visé", "Trimestre cible", "Target completion date",
        "Target end date", "Date de fin visée",
    ),
    "status": (
        "Status", "Statut", "État", "Progress status", "État d’avancement", "Current status",
        "Statut actuel", "RAG", "RAG status", "Traffic light", "Status (RAG)",
    ),
    "percent": (
        "Percent complete", "Pourcentage réalisé", "%", "Percent", "% complete",
        "% completed", "Percent completed", "Progress (%)", "Pourcentage", "% réalisé",
        "% complété", "% d’avancement", "Completion", "% done", "Taux de réalisation",
        "% achieved", "Avancement (%)", "Percentage complete",
    ),
    "progress": (
        "Progress", "Progress update", "Progress to date", "Progrès", "Successes",
        "Réussites", "Comments", "Commentaires", "Update", "Mise à jour", "Notes",
        "Remarks", "Remarques", "Status update", "Progress notes", "Results to date",
        "Résultats à ce jour", "Accomplishments", "Réalisations", "Highlights",
        "Faits saillants", "Observations", "Suivi", "Avancement", "Progress report",
    ),
    "indicator": (
        "Performance measure", "Performance indicator", "Indicator", "Indicateur",
        "Measure", "Mesure de rendement", "Indicateur de rendement", "Measures of success",
        "Success measure", "How we will measure", "KPI", "Metric", "Mesure du rendement",
        "Indicateur de réussite", "Indicator of success", "Outcome measure",
        "Outcome indicator", "Output measure", "How will we know", "How we will know",
        "Comment le saurons-nous", "Mesure de succès",
    ),
    "outcome": (
        "Expected outcome", "Expected result", "Résultat attendu", "Intended outcome",
        "Anticipated outcome", "Résultat escompté", "Result", "Résultat",
        "Intended result", "Résultat visé", "Desired result",
    ),
    "outcome_level": (
        "Outcome level", "Niveau de résultat", "Level", "Niveau", "Outcome type",
    ),
    "planned_outputs": (
        "Planned outputs", "Extrants prévus", "Output", "Extrant", "Deliverable",
        "Livrable", "Expected output",
    ),
    "baseline": (
        "Baseline", "Baseline value", "Base de référence", "Valeur de départ",
        "Valeur de référence", "Point de départ", "Données de base",
    ),
    "target": ("Target", "Target value", "Cible", "Valeur cible", "Objectif chiffré"),
    "budget": ("Budget", "Budget ($)", "Cost", "Coût", "Estimated cost", "Coût estimé"),
    "in_kind": (
        "In-kind value", "Valeur en nature", "In-kind", "In kind", "En nature",
        "Contribution en nature",
    ),
    "partner": (
        "Organisation", "Organisme", "Organization", "Partner name", "Nom du partenaire",
        "Name (English)", "Nom (anglais)", "Organisation name", "Organization name",
        "Nom de l’organisme", "Name", "Nom", "Agency", "Agency name",
    ),
    "acronym": ("Acronym", "Sigle", "Acronyme", "Abbreviation", "Abréviation"),
    "sector": ("Sector", "Secteur", "Type"),
    "languages": ("Languages of service", "Langues de service", "Languages", "Langues"),
    "email": ("E-mail", "Courriel", "Email", "Adresse courriel"),
    "phone": ("Phone", "Téléphone", "Tel", "Tél", "Telephone"),
    "website": ("Website", "Site Web", "Site", "Web", "URL"),
    "ignore": ("Overdue", "En retard", "Late"),
}  # fmt: skip

# Too short or too common to be looked for inside a longer heading.
_NOT_INSIDE = frozenset({"no", "id", "ref", "item", "who", "what", "when", "from", "end",
                         "fin", "site", "web", "tel", "type", "level", "niveau", "name",
                         "nom", "table", "groupe", "code", "%", "#", "qui", "quoi", "year",
                         "annee", "period", "periode", "result", "resultat", "but",
                         "stakeholder", "exercice"})  # fmt: skip

_QUARTER = re.compile(r"^(?:q|t|quarter|trimestre)\s?([1-4])\b\s*(.*)$|^(.*?)\s*\b(?:q|t)([1-4])$")
_YEAR_HEADING = re.compile(
    r"^(?:fy\s?|ex\s?|annee\s|year\s)?((?:19|20)\d\d)(?:\s?[-/]\s?(?:(?:19|20)?\d\d))?$"
)
_RELATIVE_YEAR = re.compile(r"^(?:year|an|annee)\s?([1-9])$")
# A Gantt work plan's month column: "Apr", "April", "avril", "Apr-24", "Apr 2024".
_MONTH_HEADING = re.compile(r"^([a-z]+)\.?(?:[\s\-/']+((?:19|20)?\d\d))?$")


# "Action (FR)", "Priorité - FR", "Title (français)": a column in one language of two
# side by side; the French one of a title is that title's French.
_LANGUAGE_MARK = re.compile(
    r"^(?P<rest>.+?)(?:\s*[(\-–—:]\s*|\s+)(?:(?P<fr>fr|fra|french|francais|en francais|"
    r"version francaise)|(?P<en>en|eng|english|anglais|en anglais))\s*\)?$"
)
# "Recommendation #", "Goal No.", "Strategy number": the code of that level.
_NUMBER_MARK = re.compile(r"^(?P<rest>.+?)\s*(?:#|no\.?|n°|nº|number|numero|num\.?)$")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_CODE_OF = {"priority": "priority_code", "objective": "objective_code", "action": "code"}
_FRENCH_OF = {"action": "french", "priority": "priority_fr", "objective": "objective_fr"}
_TITLE_WORDS = frozenset({"title", "titre", "name", "nom", "intitule"})


def heading_key(text: str) -> str:
    """A heading's comparable form: folded, punctuation gone, each word singular."""
    words = fold_key(str(text).replace("(s)", "s").replace("(S)", "s")).split()
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for role, phrases in _VOCABULARY.items():
        for phrase in phrases:
            table.setdefault(heading_key(phrase), role)
    return table


_ROLE_OF = _lookup()
_INSIDE = sorted(
    ((key, role) for key, role in _ROLE_OF.items() if key not in _NOT_INSIDE and len(key) > 3),
    key=lambda item: -len(item[0]),
)


# An organisation's heading on a sheet of actions ("Organization", "Agency",
# "Organismes") names who carries each action out: its lead, the first of a list.
_ORGANISATION_HEADINGS = frozenset(
    heading_key(h)
    for h in ("Organization", "Organisation", "Organisme", "Agency", "Organization name",
              "Organisation name", "Agency name", "Nom de l’organisme")
)  # fmt: skip


def names_organisation(heading: object) -> bool:
    """Whether a heading names an organisation (not a "Partner name")."""
    return heading_key(str(heading or "")) in _ORGANISATION_HEADINGS


def role_of(heading: object) -> str | None:
    """The role a heading names, or None when it names none we know."""
    if heading is None:
        return None
    if isinstance(heading, int | float) and not isinstance(heading, bool):
        return "year" if 1990 <= heading <= 2100 and float(heading).is_integer() else None
    return _role_of_text(str(heading))


@functools.lru_cache(maxsize=8192)  # a description column's heading is asked on every row
def _role_of_text(heading: str) -> str | None:
    text = heading.strip()
    if not text:
        return None
    halves = [h for h in re.split(r"\s*[/|&]\s*|\s+-\s+|\n", text) if h.strip()]
    found_roles = [_ROLE_OF.get(heading_key(h)) for h in halves] if len(halves) > 1 else []
    if {"lead", "partners"} <= set(found_roles):
        return "lead_partners"  # "Lead / Partners": the first named leads
    if (numbered := _NUMBER_MARK.match(fold(text).strip())) and (
        level := _CODE_OF.get(_role_of_text(numbered["rest"]) or "")
    ):
        return level
    key = heading_key(text)
    if key in _ROLE_OF:
        return _ROLE_OF[key]
    if marked := _LANGUAGE_MARK.match(fold(text).strip()):
        rest = marked["rest"].strip()
        inner = "action" if heading_key(rest) in _TITLE_WORDS else _role_of_text(rest)
        if inner and marked["fr"]:
            return _FRENCH_OF.get(inner, inner)
        if inner:
            return inner
    if ("?" in text or "/" in text) and completion_question(text):
        return "status"  # "Completed?", "Done (Y/N)": yes or no, a status
    folded = fold(text)
    if _YEAR_HEADING.match(folded.replace(" ", "")) or _RELATIVE_YEAR.match(key):
        return "year"
    if month_of_heading(text)[0]:
        return "month"
    if match := _QUARTER.match(key):
        rest = (match[2] if match[1] else match[3]) or ""
        inner = _ROLE_OF.get(rest) if rest else None
        if (
            not rest
            or inner == "action"
            or _YEAR_HEADING.match(rest.replace(" ", ""))
            or all(word in _MONTHS for word in rest.split())  # "Q1 (Apr-Jun)"
        ):
            return "quarter"
        if inner:
            return inner
    for found in found_roles:
        if found:
            return found
    bare = _BRACKETED.sub(" ", text).strip()
    if bare and bare != text and (inner := _role_of_text(bare)):
        return inner  # "Action (what will be done)": the brackets only explain the heading
    padded = f" {key} "
    for phrase, role in _INSIDE:
        if f" {phrase} " in padded:
            return role
    return None


def quarter_of_heading(heading: object) -> int | None:
    """1–4 for a quarter heading such as "Q2 Activity" or "T3"."""
    match = _QUARTER.match(heading_key(str(heading or "")))
    if not match:
        return None
    return int(match[1] or match[4])


def month_of_heading(heading: object) -> tuple[int | None, int | None]:
    """(month 1–12, calendar year or None) of a month column: "Apr" → (4, None),
    "Jan-25" → (1, 2025); (None, None) for any other heading."""
    match = _MONTH_HEADING.match(fold(str(heading or "")).strip())
    if not match or match[1] not in _MONTHS:
        return None, None
    return _MONTHS[match[1]], _year(match[2])


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if len(text) == 4 else 2000 + int(text)


def year_of_heading(heading: object) -> tuple[int | None, int | None]:
    """(absolute year, relative year) of a year column: "2014" → (2014, None),
    "Year 2" → (None, 2)."""
    if isinstance(heading, int | float) and not isinstance(heading, bool):
        return int(heading), None
    text = fold(str(heading or "")).replace(" ", "")
    if match := _YEAR_HEADING.match(text):
        return int(match[1]), None
    if match := _RELATIVE_YEAR.match(heading_key(str(heading or ""))):
        return None, int(match[1])
    return None, None


_FRENCH_HEADING_WORDS = frozenset(
    str.split(
        "objectif responsable partenaire commentaire echeancier etat avancement debut statut "
        "activite priorite axe realise echeance organisme sigle courriel but resultat mesure "
        "indicateur groupe travail annee trimestre suivi jour attendu titre cible porteur "
        "remarque reussite progres orientation pilier"
    )
)
_ENGLISH_HEADING_WORDS = frozenset(
    str.split(
        "objective responsible partner comment timeline status start end activity priority lead "
        "organization organisation due date complete update progress goal result measure "
        "indicator group working year quarter success title target timeframe direction "
        "initiative department supporting"
    )
)


def heading_language(heading: str) -> str:
    """ "fr" or "en" for a heading written in that language, else ""."""
    words = heading_key(heading).split()
    french = sum(w in _FRENCH_HEADING_WORDS for w in words)
    english = sum(w in _ENGLISH_HEADING_WORDS for w in words)
    return "fr" if french > english else "en" if english > french else ""
