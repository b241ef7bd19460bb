"""What the importer understood of a workbook, as values a person can change and save.

`detect` proposes an `ImportMapping`; the import assistant (or a JSON file given to
`lipplanner import --mapping`) changes column roles, forces row levels, picks sheets and
settles status words and partner names; `build_preview` reads the grid through it.
The JSON is untrusted input (a file sent by a colleague): `from_json` checks every
field and refuses anything else in one sentence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lipplanner.core.errors import UserError

# What a column can hold. Hierarchy and codes first, then the action's fields, then the
# columns of a partner list; "ignore" leaves a column out.
ROLES: tuple[str, ...] = (
    "priority", "priority_code", "priority_fr", "objective", "objective_code",
    "objective_fr", "action", "code", "french", "description", "lead", "partners",
    "lead_partners", "working_group",
    "timeline", "start", "end", "year", "month", "quarter", "quarter_tick",
    "report_period", "status",
    "percent", "progress",
    "indicator", "baseline", "target", "outcome", "outcome_level", "planned_outputs",
    "budget", "in_kind",
    "partner", "partner_fr", "acronym", "sector", "languages", "email", "phone", "website",
    "ignore",
)  # fmt: skip

ROLE_LABELS: dict[str, tuple[str, str]] = {
    "priority": ("Priority", "Priorité"),
    "priority_code": ("Priority code", "Code de priorité"),
    "objective": ("Objective", "Objectif"),
    "objective_code": ("Objective code", "Code d’objectif"),
    "action": ("Action", "Action"),
    "code": ("Code", "Code"),
    "french": ("Title in French", "Titre en français"),
    "priority_fr": ("Priority in French", "Priorité en français"),
    "objective_fr": ("Objective in French", "Objectif en français"),
    "description": ("Description", "Description"),
    "lead": ("Lead partner", "Partenaire responsable"),
    "partners": ("Supporting partners", "Partenaires de soutien"),
    "lead_partners": ("Lead, then partners", "Responsable, puis partenaires"),
    "working_group": ("Working group", "Groupe de travail"),
    "timeline": ("Timeline", "Échéancier"),
    "start": ("Start", "Début"),
    "end": ("End (due)", "Fin (échéance)"),
    "year": ("Year (ticked)", "Année (cochée)"),
    "month": ("Month (ticked)", "Mois (coché)"),
    "quarter_tick": ("Quarter (ticked)", "Trimestre (coché)"),
    "baseline": ("Baseline of the measure", "Valeur de départ de la mesure"),
    "target": ("Target of the measure", "Cible de la mesure"),
    "quarter": ("Quarter’s actions", "Actions du trimestre"),
    "report_period": ("Quarter reported on", "Trimestre du rapport"),
    "status": ("Status", "Statut"),
    "percent": ("Percent complete", "Pourcentage réalisé"),
    "progress": ("Progress update", "Mise à jour des progrès"),
    "indicator": ("Performance measure", "Mesure du rendement"),
    "outcome": ("Expected outcome", "Résultat attendu"),
    "outcome_level": ("Outcome level", "Niveau de résultat"),
    "planned_outputs": ("Planned outputs", "Extrants prévus"),
    "budget": ("Budget", "Budget"),
    "in_kind": ("In-kind value", "Valeur en nature"),
    "partner": ("Organisation", "Organisme"),
    "partner_fr": ("Organisation (French)", "Organisme (français)"),
    "acronym": ("Acronym", "Sigle"),
    "sector": ("Sector", "Secteur"),
    "languages": ("Languages of service", "Langues de service"),
    "email": ("E-mail", "Courriel"),
    "phone": ("Phone", "Téléphone"),
    "website": ("Website", "Site Web"),
    "ignore": ("Not imported", "Non importé"),
}

# A row's level: a section row (priority, objective), an action, a narrative line that
# describes the section above it, or a row left out (legend, key, total, blank).
LEVELS = ("priority", "objective", "action", "description", "skip")
LEVEL_LABELS: dict[str, tuple[str, str]] = {
    "priority": ("Priority", "Priorité"),
    "objective": ("Objective", "Objectif"),
    "action": ("Action", "Action"),
    "description": ("Description of the section", "Description de la section"),
    "skip": ("Not imported", "Non importé"),
}

MAX_MAPPING_BYTES = 2 * 1024 * 1024
_MAX_INDEX = 1_000_000
_MAX_TEXT = 1_000
_MAX_ENTRIES = 100_000


@dataclass
class SheetMapping:
    """How one sheet is read. Rows and columns are 0-based, as in the grid."""

    sheet: str
    include: bool
    header_rows: tuple[int, ...]  # the heading: one row, or two (a heading over years)
    columns: dict[int, str]  # column → role
    levels: dict[int, str] = field(default_factory=dict)  # rows whose level is forced


@dataclass
class ImportMapping:
    sheets: list[SheetMapping]
    statuses: dict[str, str] = field(default_factory=dict)  # word as written → status key
    partners: dict[str, str | None] = field(default_factory=dict)  # name → existing, or new

    def sheet(self, name: str) -> SheetMapping | None:
        return next((s for s in self.sheets if s.sheet == name), None)

    def to_json(self) -> str:
        data = {
            "format": "lipplanner-import-mapping",
            "version": 1,
            "sheets": [
                {
                    "sheet": s.sheet,
                    "include": s.include,
                    "header_rows": list(s.header_rows),
                    "columns": {str(c): r for c, r in sorted(s.columns.items())},
                    "levels": {str(r): lv for r, lv in sorted(s.levels.items())},
                }
                for s in self.sheets
            ],
            "statuses": dict(self.statuses),
            "partners": dict(self.partners),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ImportMapping:
        """A mapping from its JSON; `UserError` if it is not one we wrote (or is hostile:
        too large, wrong types, unknown roles or levels)."""
        if len(text.encode("utf-8", "surrogatepass")) > MAX_MAPPING_BYTES:
            raise UserError("The import mapping is too large to be one LIP Planner wrote.")
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise UserError("The import mapping is not valid JSON.") from None
        try:
            return _parse(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise UserError(f"The import mapping cannot be used: {error}.") from None


def _parse(data: Any) -> ImportMapping:
    if not isinstance(data, dict) or data.get("format") != "lipplanner-import-mapping":
        raise ValueError("it is not an import mapping saved by LIP Planner")
    if data.get("version") != 1:
        raise ValueError("it was saved by a newer version of LIP Planner")
    sheets = []
    for entry in _items(data.get("sheets", []), list, "sheets"):
        if not isinstance(entry, dict):
            raise ValueError("a sheet entry is not an object")
        header = tuple(_index(r) for r in _items(entry.get("header_rows", []), list, "rows"))
        if len(header) > 2:
            raise ValueError("a heading has at most two rows")
        sheets.append(
            SheetMapping(
                sheet=_text(entry["sheet"]),
                include=_flag(entry.get("include", True)),
                header_rows=header,
                columns={
                    _index(c): _choice(r, ROLES, "role")
                    for c, r in _items(entry.get("columns", {}), dict, "columns").items()
                },
                levels={
                    _index(r): _choice(lv, LEVELS, "level")
                    for r, lv in _items(entry.get("levels", {}), dict, "levels").items()
                },
            )
        )
    from lipplanner.core.defaults import STATUSES

    keys = tuple(s.key for s in STATUSES)
    statuses = {
        _text(word): _choice(key, keys, "status")
        for word, key in _items(data.get("statuses", {}), dict, "statuses").items()
    }
    partners = {
        _text(name): None if chosen is None else _text(chosen)
        for name, chosen in _items(data.get("partners", {}), dict, "partners").items()
    }
    return ImportMapping(sheets, statuses, partners)


def _items(value: Any, kind: type[list[Any]] | type[dict[str, Any]], what: str) -> Any:
    if not isinstance(value, kind):
        raise ValueError(f"“{what}” has the wrong type")
    if len(value) > _MAX_ENTRIES:
        raise ValueError(f"“{what}” has too many entries")
    return value


def _index(value: Any) -> int:
    number = int(value) if isinstance(value, str) and value.isdigit() else value
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number < _MAX_INDEX:
        raise ValueError(f"“{str(value)[:20]}” is not a row or column number")
    return number


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise ValueError("a name is not text or is too long")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("“include” must be true or false")
    return value


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"“{str(value)[:30]}” is not a known {what}")
    return str(value)
