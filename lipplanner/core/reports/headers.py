"""Recognising the header row of a sheet people made by hand.

Each kind of sheet (priorities, objectives, actions, partners, partner updates,
indicator actuals) is a `SheetSchema`: its columns, each with the header written in
our template and exports (English and French) and the synonyms people use. Headers
are compared case-, accent- and punctuation-insensitively, so "Partenaire
responsable", "LEAD PARTNER:" and "Lead organisation" all find the lead partner.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lipplanner.core.reports.cell_values import ErrorValue, fold_key
from lipplanner.core.reports.workbook_reader import SheetRow

HEADER_SEARCH_ROWS = 30  # title rows above the header are skipped, up to this many


@dataclass(frozen=True)
class Column:
    key: str
    en: str  # header in our own workbooks (English)
    fr: str  # and in French
    synonyms: tuple[str, ...] = ()
    width: float = 16  # in the workbooks we write

    def header(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    @property
    def names(self) -> frozenset[str]:
        return frozenset(fold_key(n) for n in (self.en, self.fr, *self.synonyms))


@dataclass(frozen=True)
class SheetSchema:
    key: str
    title_en: str
    title_fr: str
    columns: tuple[Column, ...]
    required: frozenset[str]  # a header row must have one of these to count
    sheet_names: tuple[str, ...] = ()  # other names people give such a sheet

    def title(self, lang: str) -> str:
        return self.title_fr if lang == "fr" else self.title_en

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def folded_sheet_names(self) -> frozenset[str]:
        return frozenset(fold_key(n) for n in (self.title_en, self.title_fr, *self.sheet_names))


def _c(key: str, en: str, fr: str, *synonyms: str, width: float = 16) -> Column:
    return Column(key, en, fr, synonyms, width)


PRIORITY_CODE = _c(
    "priority_code", "Priority code", "Code de priorité", "Code priorité", "Priority #",
    "Priority no", "Priority number", "Strategic priority code", "Pillar code",
    "Direction code", "No de priorité", width=11,
)  # fmt: skip
PRIORITY = _c(
    "priority", "Priority", "Priorité", "Strategic priority", "Priorité stratégique",
    "Strategic direction", "Orientation stratégique", "Pillar", "Pilier", "Priority title",
    "Titre de la priorité", "Direction", "Axe", "Axe stratégique", width=26,
)  # fmt: skip
OBJECTIVE_CODE = _c(
    "objective_code", "Objective code", "Code d’objectif", "Code objectif", "Outcome code",
    "Objective #", "Objective no", "Code du résultat", width=11,
)  # fmt: skip
OBJECTIVE = _c(
    "objective", "Objective", "Objectif", "Expected outcome", "Résultat attendu", "Outcome",
    "Goal", "But", "Objective title", "Titre de l’objectif", width=30,
)  # fmt: skip
ACTION_CODE = _c(
    "code", "Code", "Code", "Action code", "Code de l’action", "Activity code",
    "Code d’activité", "Code de l’activité", "ID", "Ref", "Reference", "Référence", "No",
    "#", "Action #", "Action no", "Numéro", width=10,
)  # fmt: skip
ACTION = _c(
    "action", "Action", "Action", "Activity", "Activité", "Action title", "Activity title",
    "Titre de l’action", "Titre de l’activité", "Actions", "Activities", "Activités",
    "Strategy", "Stratégie", width=40,
)  # fmt: skip
LEAD = _c(
    "lead", "Lead partner", "Partenaire responsable", "Lead", "Lead organization",
    "Lead organisation", "Lead agency", "Lead partner(s)", "Responsable", "Organisme responsable",
    "Organisation responsable", "Porteur", "Porteur du dossier", "Who", "Qui", width=26,
)  # fmt: skip
SUPPORTING = _c(
    "supporting", "Supporting partners", "Partenaires de soutien", "Supporting partner",
    "Partners", "Partenaires", "Supporting organizations", "Supporting organisations",
    "Support partners", "Collaborators", "Collaborateurs", "Partenaires associés",
    "Other partners", "Autres partenaires", "Partenaires collaborateurs", width=30,
)  # fmt: skip
WORKING_GROUP = _c(
    "working_group", "Working group", "Groupe de travail", "Action group", "Sub-council",
    "Sous-conseil", "Committee", "Comité", "Table", "Groupe", "Working groups", width=16,
)  # fmt: skip
START = _c(
    "start", "Start", "Début", "Start date", "Date de début", "Begins", "Begin", "From",
    "Starting", "Date début", width=12,
)  # fmt: skip
END = _c(
    "end", "End", "Fin", "End date", "Date de fin", "Due", "Due date", "Deadline",
    "Échéance", "Completion date", "Date d’échéance", "Until", "Ends", "Date fin", width=12,
)  # fmt: skip
STATUS = _c(
    "status", "Status", "Statut", "État", "Etat", "Progress status", "État d’avancement",
    "Current status", "Statut actuel", "RAG", "RAG status", width=18,
)  # fmt: skip
PERCENT = _c(
    "percent", "Percent complete", "Pourcentage réalisé", "%", "Percent", "% complete",
    "% completed", "Percent completed", "Progress", "Progress (%)", "Pourcentage",
    "% réalisé", "% complété", "% d’avancement", "Avancement", "Completion", "% done",
    "Taux de réalisation", width=12,
)  # fmt: skip
OVERDUE = _c("overdue", "Overdue", "En retard", "Late", width=10)

PRIORITIES = SheetSchema(
    "priorities",
    "Priorities",
    "Priorités",
    (
        _c("code", "Code", "Code", "Priority code", "Code de priorité", "#", "No", width=10),
        _c("title", "Priority", "Priorité", "Title", "Titre", "Priority title",
           "Strategic priority", "Priorité stratégique", "Name", "Nom", width=40),
        _c("title_fr", "Priority (French)", "Priorité (français)", "Title (French)",
           "Titre (français)", "French title", "Titre en français", width=40),
        _c("description", "Description", "Description", "Details", "Détails", width=50),
    ),
    frozenset({"title"}),
    ("Strategic priorities", "Priorités stratégiques", "Pillars", "Piliers", "Directions"),
)  # fmt: skip

OBJECTIVES = SheetSchema(
    "objectives",
    "Objectives",
    "Objectifs",
    (
        _c("code", "Code", "Code", "Objective code", "Code d’objectif", "#", "No", width=10),
        _c("priority_code", "Priority code", "Code de priorité", "Priority", "Priorité",
           "Code priorité", width=12),
        _c("title", "Objective", "Objectif", "Title", "Titre", "Expected outcome",
           "Résultat attendu", "Outcome", "Name", "Nom", width=40),
        _c("title_fr", "Objective (French)", "Objectif (français)", "Title (French)",
           "Titre (français)", "French title", width=40),
        _c("outcome_level", "Outcome level", "Niveau de résultat", "Level", "Niveau",
           "Outcome type", width=16),
        _c("description", "Description", "Description", "Details", "Détails", width=40),
    ),
    frozenset({"title"}),
    ("Outcomes", "Résultats", "Goals", "Expected outcomes", "Résultats attendus"),
)  # fmt: skip

ACTIONS = SheetSchema(
    "actions",
    "Actions",
    "Actions",
    (
        ACTION_CODE,
        _c("objective_code", "Objective code", "Code d’objectif", *OBJECTIVE_CODE.synonyms,
           width=12),
        ACTION,
        _c("action_fr", "Action (French)", "Action (français)", "Title (French)",
           "Titre (français)", "Activity (French)", "Activité (français)", width=40),
        _c("description", "Description", "Description", "Details", "Détails", width=40),
        LEAD,
        SUPPORTING,
        WORKING_GROUP,
        START,
        END,
        STATUS,
        PERCENT,
        _c("planned_outputs", "Planned outputs", "Extrants prévus", "Outputs", "Extrants",
           "Deliverables", "Livrables", "Expected outputs", width=30),
        _c("budget", "Budget", "Budget", "Budget ($)", "Cost", "Coût", width=12),
        _c("in_kind", "In-kind value", "Valeur en nature", "In-kind", "In kind",
           "En nature", "Contribution en nature", width=12),
        # Only in flat sheets such as the exported "Action plan".
        PRIORITY_CODE,
        PRIORITY,
        _c("objective", "Objective", "Objectif", *OBJECTIVE.synonyms, width=30),
        OVERDUE,
    ),
    frozenset({"action"}),
    ("Action plan", "Plan d’action", "Activities", "Activités", "Work plan", "Plan de travail",
     "Plan"),
)  # fmt: skip

PARTNERS = SheetSchema(
    "partners",
    "Partners",
    "Partenaires",
    (
        _c("name", "Organisation", "Organisme", "Name", "Nom", "Organization", "Partner",
           "Partenaire", "Partner name", "Nom du partenaire", "Name (English)", "Nom (anglais)",
           "Organisation name", "Organization name", "Nom de l’organisme", width=36),
        _c("name_fr", "Organisation (French)", "Organisme (français)", "Name (French)",
           "Nom (français)", "French name", "Nom français", "Nom en français", width=36),
        _c("acronym", "Acronym", "Sigle", "Acronyme", "Abbreviation", "Abréviation", width=10),
        _c("sector", "Sector", "Secteur", "Type", width=22),
        _c("languages", "Languages of service", "Langues de service", "Languages", "Langues",
           width=22),
        _c("email", "E-mail", "Courriel", "Email", "Adresse courriel", width=24),
        _c("phone", "Phone", "Téléphone", "Tel", "Tél", "Telephone", width=16),
        _c("website", "Website", "Site Web", "Site", "Web", "URL", width=24),
    ),
    frozenset({"name"}),
    ("Organisations", "Organizations", "Organismes", "Partner organisations"),
)  # fmt: skip

PLAN_SCHEMAS = (PRIORITIES, OBJECTIVES, ACTIONS, PARTNERS)
_HEADER_CHARS = 200


@dataclass
class HeaderMatch:
    """Where a sheet's header row is and what each column holds."""

    row: int  # 1-based row number of the header
    columns: dict[str, int]  # field key → 0-based column index
    extra: list[tuple[int, str]] = field(default_factory=list)  # unknown headers
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # a field seen twice
    errors: list[tuple[int, str]] = field(default_factory=list)  # #REF! where a header is
    french: int = 0  # headers written as our French header (and not the English one)
    english: int = 0

    @property
    def lang(self) -> str:
        return "fr" if self.french > self.english else "en"

    @property
    def score(self) -> int:
        return len(self.columns)


def match_header(row: SheetRow, schema: SheetSchema) -> HeaderMatch:
    """Read one row as a header row of `schema` (the first column of a field wins)."""
    lookup: dict[str, str] = {}
    for column in schema.columns:
        for name in column.names:
            lookup.setdefault(name, column.key)
    found = HeaderMatch(row.number, {})
    for index, value in enumerate(row.values):
        if not isinstance(value, str) or not value.strip():
            continue
        if isinstance(value, ErrorValue):
            found.errors.append((index, str(value)))
            continue
        # A header is a few words: a 10 MB "header" is compared and shown by its start.
        value = " ".join(value[:_HEADER_CHARS].split())
        key = lookup.get(fold_key(value))
        if key is None:
            found.extra.append((index, value))
        elif key in found.columns:
            found.duplicates.append((index, value))
        else:
            found.columns[key] = index
            column = schema.column(key)
            folded = fold_key(value)
            if folded == fold_key(column.fr) != fold_key(column.en):
                found.french += 1
            elif folded == fold_key(column.en) != fold_key(column.fr):
                found.english += 1
    return found


def find_header(rows: Iterable[SheetRow], schema: SheetSchema) -> HeaderMatch | None:
    """The best header row among the first rows: the one naming most known columns,
    with at least two and one of the schema's required ones."""
    best: HeaderMatch | None = None
    for seen, row in enumerate(rows):
        if seen >= HEADER_SEARCH_ROWS:
            break
        match = match_header(row, schema)
        usable = match.score >= 2 and schema.required & match.columns.keys()
        if usable and (best is None or match.score > best.score):
            best = match
    return best


def headers_of(schema: SheetSchema, keys: Sequence[str], lang: str) -> list[str]:
    return [schema.column(k).header(lang) for k in keys]


# --- the partner update workbook ---------------------------------------------------------

UPDATES = SheetSchema(
    "updates",
    "Updates",
    "Mises à jour",
    (
        ACTION_CODE,
        ACTION,
        LEAD,
        _c("period", "Period", "Période", "Quarter", "Trimestre", width=11),
        _c("previous", "Last reported", "Dernier rapport", "Previous", "Précédent", width=22),
        STATUS,
        PERCENT,
        _c("outputs", "Outputs achieved", "Extrants réalisés", "Outputs", "Extrants",
           "Results", "Résultats", width=34),
        _c("successes", "Successes", "Réussites", "Success", "Succès", "Highlights",
           "Faits saillants", width=34),
        _c("challenges", "Challenges", "Défis", "Challenge", "Difficultés", "Barriers",
           "Obstacles", width=34),
        _c("next_steps", "Next steps", "Prochaines étapes", "Next step", "Suites", width=34),
        _c("reported_by", "Reported by", "Rapporté par", "Submitted by", "Soumis par",
           "Name", "Nom", "Reporter", width=20),
    ),
    frozenset({"code"}),
    ("Progress", "Progrès", "Progress updates", "Suivi"),
)  # fmt: skip

INDICATOR_ACTUALS = SheetSchema(
    "indicators",
    "Indicators",
    "Indicateurs",
    (
        _c("action_code", "Action code", "Code de l’action", "Action", width=10),
        _c("code", "Indicator code", "Code de l’indicateur", "Code", width=11),
        _c("indicator", "Indicator", "Indicateur", "Measure", "Mesure", width=40),
        _c("unit", "Unit", "Unité", width=14),
        _c("baseline", "Baseline", "Niveau de référence", "Référence", width=11),
        _c("target", "Target", "Cible", width=11),
        _c("last_value", "Last value", "Dernière valeur", "Previous value", width=14),
        _c("actual", "Actual this quarter", "Valeur ce trimestre", "Actual", "Réel",
           "Valeur", "Value", "Result", width=14),
        _c("note", "Note", "Note", "Notes", "Comment", "Commentaire", width=40),
    ),
    frozenset({"code"}),
    ("Indicator actuals", "Valeurs des indicateurs"),
)  # fmt: skip
