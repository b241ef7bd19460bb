"""Every word the progress report prints, in English and French.

The report module never writes a literal heading: it asks `Labels(lang)` so the two
languages cannot drift apart (a test checks both have every key). Status labels,
partner and priority names come from the plan itself, in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lipplanner.core.periods import Period

LANGUAGES = ("en", "fr")

# The sheets in their order; the keys are what the code and the tests use.
SHEETS: tuple[str, ...] = (
    "cover",
    "summary",
    "action_plan",
    "progress",
    "indicators",
    "indicator_history",
    "partners",
    "practices",
    "coverage",
    "definitions",
)

SHEET_NAMES: dict[str, tuple[str, str]] = {
    "cover": ("Cover", "Page titre"),
    "summary": ("Summary", "Sommaire"),
    "action_plan": ("Action plan", "Plan d’action"),
    "progress": ("Progress", "Avancement"),
    "indicators": ("Indicators", "Indicateurs"),
    "indicator_history": ("Indicator history", "Historique des indicateurs"),
    "partners": ("Partners", "Partenaires"),
    "practices": ("Practices", "Pratiques"),
    "coverage": ("Coverage", "Couverture thématique"),
    "definitions": ("Definitions", "Définitions"),
}

SHEET_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "cover": ("This page: the report and its contents.", "Cette page : le rapport et son contenu."),
    "summary": (
        "Each priority's status, progress and story for the period; what was completed, the "
        "new risks and what is late to start; a chart of the actions by status.",
        "L’état, l’avancement et le bilan de chaque priorité pour la période; les actions "
        "réalisées, les nouveaux risques et les retards de démarrage; un graphique des "
        "actions par statut.",
    ),
    "action_plan": (
        "Every action with its lead, partners, timeline, status and percent complete.",
        "Chaque action avec son responsable, ses partenaires, son échéancier, son statut "
        "et son pourcentage réalisé.",
    ),
    "progress": (
        "What each action reported for the period: outputs, successes, challenges, next steps.",
        "Ce que chaque action a rapporté pour la période : extrants, réussites, défis, "
        "prochaines étapes.",
    ),
    "indicators": (
        "Each indicator: baseline, target, latest actual, progress toward the target and "
        "whether it is on pace.",
        "Chaque indicateur : valeur de référence, cible, dernier résultat, progrès vers la "
        "cible et respect du rythme prévu.",
    ),
    "indicator_history": (
        "Appendix: every value recorded for each indicator, period by period.",
        "Annexe : chaque valeur inscrite pour chaque indicateur, période par période.",
    ),
    "partners": (
        "Partner organisations, their sectors and the actions they lead and support.",
        "Les organismes partenaires, leurs secteurs et les actions qu’ils dirigent et soutiennent.",
    ),
    "practices": (
        "Promising practices the partnership learns from, with their evidence.",
        "Les pratiques prometteuses dont le partenariat s’inspire, avec leurs preuves.",
    ),
    "coverage": (
        "Actions per welcoming-community characteristic and domain, by priority: zeros "
        "show the gaps.",
        "Actions par caractéristique d’une communauté accueillante et par domaine, selon "
        "la priorité : les zéros montrent les lacunes.",
    ),
    "definitions": (
        "What each status means and how roll-ups, overdue and stale are computed.",
        "Le sens de chaque statut et le calcul des cumuls, des retards et des absences "
        "de mise à jour.",
    ),
}

# What a data sheet says instead of a table when it has nothing to list: a header row
# over nothing prints as a page that looks broken. The cover's contents say it too.
EMPTY_SHEETS: dict[str, tuple[str, str]] = {
    "priorities": (
        "No priorities are recorded in this plan yet.",
        "Aucune priorité n’est encore inscrite dans ce plan.",
    ),
    "action_plan": (
        "No actions are recorded in this plan yet.",
        "Aucune action n’est encore inscrite dans ce plan.",
    ),
    "progress": (
        "No actions are recorded in this plan yet, so there is no progress to report.",
        "Aucune action n’est encore inscrite dans ce plan : il n’y a donc aucun avancement "
        "à rapporter.",
    ),
    "indicators": (
        "No indicators are recorded in this plan yet.",
        "Aucun indicateur n’est encore inscrit dans ce plan.",
    ),
    "indicator_history": (
        "No indicator values are recorded up to the end of {period}.",
        "Aucune valeur d’indicateur n’est inscrite jusqu’à la fin de {period}.",
    ),
    "partners": (
        "No partner organisations are recorded in this plan yet.",
        "Aucun organisme partenaire n’est encore inscrit dans ce plan.",
    ),
    "practices": (
        "No promising practices are recorded in this plan yet.",
        "Aucune pratique prometteuse n’est encore inscrite dans ce plan.",
    ),
    "coverage": (
        "No actions or practices are recorded in this plan yet, so there is no coverage to show.",
        "Aucune action ni pratique n’est encore inscrite dans ce plan : il n’y a donc "
        "aucune couverture à montrer.",
    ),
}

# The "Action plan" sheet's columns are a contract with the Excel importer: do not
# reorder or reword them without changing the importer too.
ACTION_PLAN_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Priority code",
        "Priority",
        "Objective code",
        "Objective",
        "Code",
        "Action",
        "Lead partner",
        "Supporting partners",
        "Working group",
        "Start",
        "End",
        "Status",
        "Percent complete",
    ),
    "fr": (
        "Code de priorité",
        "Priorité",
        "Code d’objectif",
        "Objectif",
        "Code",
        "Action",
        "Partenaire responsable",
        "Partenaires de soutien",
        "Groupe de travail",
        "Début",
        "Fin",
        "Statut",
        "Pourcentage réalisé",
    ),
}

TEXT: dict[str, tuple[str, str]] = {
    # Titles and the cover
    "report_title": ("Progress report", "Rapport d’étape"),
    "lip": ("Local Immigration Partnership", "Partenariat local en matière d’immigration"),
    "plan": ("Strategic plan", "Plan stratégique"),
    "plan_years": ("Plan years", "Années du plan"),
    "period": ("Reporting period", "Période visée"),
    "prepared_on": ("Date prepared", "Date de préparation"),
    "prepared_by": ("Prepared by", "Préparé par"),
    "agreement_holder": ("Agreement holder", "Titulaire de l’entente"),
    "catchment": ("Area served", "Territoire desservi"),
    "contents": ("Contents", "Table des matières"),
    "sheet": ("Sheet", "Feuille"),
    "sheet_shows": ("What it shows", "Contenu"),
    "years_range": ("{first} to {last}", "{first} à {last}"),
    # Common words
    "yes": ("Yes", "Oui"),
    "no": ("No", "Non"),
    "id": ("ID", "ID"),
    "code": ("Code", "Code"),
    "action": ("Action", "Action"),
    "priority": ("Priority", "Priorité"),
    "priority_code": ("Priority code", "Code de priorité"),
    "lead_partner": ("Lead partner", "Partenaire responsable"),
    "status": ("Status", "Statut"),
    "percent_complete": ("Percent complete", "Pourcentage réalisé"),
    "overdue": ("Overdue", "En retard"),
    "end": ("End", "Fin"),
    "total": ("Total", "Total"),
    "plan_total": ("Whole plan", "Ensemble du plan"),
    # Summary
    "summary_title": ("Summary", "Sommaire"),
    "key_figures": (
        "{actions} actions · {share} on track, ongoing or completed · {overdue} overdue · "
        "{stale} without the update due this period",
        "{actions} actions · {share} en bonne voie, continues ou réalisées · {overdue} en "
        "retard · {stale} sans la mise à jour attendue pour la période",
    ),
    "by_priority": ("Priorities", "Priorités"),
    "narrative": ("This period", "Bilan de la période"),
    "from_reports": ("From the actions’ reports", "D’après les rapports des actions"),
    "more_report": ("and 1 more report", "et 1 autre rapport"),
    "more_reports": ("and {n} more reports", "et {n} autres rapports"),
    "no_narrative": ("No report yet for this period.", "Aucun rapport pour cette période."),
    "completed_this_period": ("Completed this period", "Réalisées pendant la période"),
    "new_risks": ("New risks", "Nouveaux risques"),
    "not_started_due": ("Not started but due", "Pas commencées alors qu’elles devraient l’être"),
    "overdue_actions": ("Past their end date", "Date de fin dépassée"),
    "and_more": ("and {n} more — see {sheet}", "et {n} autres — voir {sheet}"),
    "none_this_period": ("None this period.", "Aucune pour cette période."),
    "chart_data": (
        "Chart data: actions by priority and status",
        "Données du graphique : actions par priorité et par statut",
    ),
    "out_of_plan": (
        "Warning: {period} is outside the plan’s years ({first} to {last}).",
        "Attention : {period} est en dehors des années du plan ({first} à {last}).",
    ),
    "in_english": ("in English", "en anglais"),
    "in_french": ("in French", "en français"),
    "starts": ("Start", "Début"),
    "actions": ("Actions", "Actions"),
    "on_track_share": ("Share on track", "Part en bonne voie"),
    "stale": ("No update this period", "Sans mise à jour pour la période"),
    "rolled_status": ("Overall status", "Statut global"),
    "highlights": ("Highlights", "Faits saillants"),
    "highlight": ("Highlight", "Fait saillant"),
    "hl_completed": ("Completed this period", "Terminée pendant la période"),
    "hl_serious": ("Serious concerns", "Préoccupations importantes"),
    "hl_overdue": ("Overdue", "En retard"),
    "no_highlights": ("Nothing to report.", "Rien à signaler."),
    "chart_title": ("Actions by status and priority", "Actions par statut et par priorité"),
    # Progress
    "outputs": ("Outputs achieved", "Extrants réalisés"),
    "successes": ("Successes", "Réussites"),
    "challenges": ("Challenges", "Défis"),
    "next_steps": ("Next steps", "Prochaines étapes"),
    "reported_by": ("Reported by", "Rapporté par"),
    "reported_on": ("Reported on", "Date du rapport"),
    "update_period": ("Update period", "Période de la mise à jour"),
    "updated": ("Update this period", "Mise à jour pour la période"),
    "update_missing": ("Missing", "Manquante"),
    "update_not_expected": ("Not expected", "Non attendue"),
    "no_update": (
        "No update this period: status and percent are the latest known.",
        "Aucune mise à jour pour la période : statut et pourcentage les plus récents.",
    ),
    # Indicators
    "indicator": ("Indicator", "Indicateur"),
    "linked_to": ("Objective or action", "Objectif ou action"),
    "linked_title": ("Measures", "Mesure"),
    "unit": ("Unit", "Unité"),
    "baseline": ("Baseline", "Référence"),
    "baseline_date": ("Baseline date", "Date de référence"),
    "target": ("Target", "Cible"),
    "target_date": ("Target date", "Date cible"),
    "actual": ("Actual", "Résultat"),
    "variance": ("Variance", "Écart"),
    "target_met": ("Target met", "Cible atteinte"),
    "note": ("Note", "Note"),
    "data_source": ("Data source", "Source des données"),
    "direction": ("Direction", "Sens"),
    "latest_actual": ("Latest actual", "Dernier résultat"),
    "actual_period": ("For period", "Période du résultat"),
    "progress_to_target": ("Progress to target", "Progrès vers la cible"),
    "expected": ("Expected on the path", "Attendu selon la trajectoire"),
    "assessment": ("Assessment", "Appréciation"),
    "no_data": ("No data recorded for this period.", "Aucune donnée pour cette période."),
    "period_short": ("Period", "Période"),
    # Partners
    "organisation": ("Organisation", "Organisme"),
    "acronym": ("Acronym", "Sigle"),
    "sector": ("Sector", "Secteur"),
    "languages": ("Languages of service", "Langues de service"),
    "bodies": ("Council and groups", "Conseil et groupes"),
    "actions_led": ("Actions led", "Actions dirigées"),
    "actions_supported": ("Actions supported", "Actions soutenues"),
    "codes_led": ("Codes led", "Codes dirigés"),
    "codes_supported": ("Codes supported", "Codes soutenus"),
    # Practices
    "practice": ("Practice", "Pratique"),
    "domain": ("Domain", "Domaine"),
    "practice_type": ("Type", "Type"),
    "evidence": ("Evidence level", "Niveau de preuve"),
    "where": ("Where", "Lieu"),
    "summary": ("Summary", "Résumé"),
    "results": ("Results", "Résultats"),
    "source": ("Source", "Source"),
    "source_year": ("Year", "Année"),
    "link": ("Link", "Lien"),
    "priorities": ("Priorities", "Priorités"),
    "informs": ("Informs", "Inspire"),
    "adoption": ("Adoption status", "État d’adoption"),
    # Coverage
    "kind": ("Kind", "Type"),
    "name": ("Name", "Nom"),
    "characteristic": ("Welcoming characteristic", "Caractéristique accueillante"),
    "practices_count": ("Practices", "Pratiques"),
    # Definitions
    "meaning": ("Meaning", "Signification"),
    "colour": ("Colour", "Couleur"),
    "rule": ("Rule", "Règle"),
    "definition": ("Definition", "Définition"),
    # The page footer: &P and &N are the spreadsheet's page number and page count.
    "page_of": ("Page &P of &N", "Page &P de &N"),
}

# The first default French status labels were masculine; an *action* is feminine. A
# plan still holding one of these is printed with the agreeing form.
AGREEING_FR: dict[str, str] = {
    "Pas commencé": "Pas commencée",
    "Terminé": "Terminée",
    "Abandonné": "Abandonnée",
    "Préoccupations sérieuses": "Préoccupations importantes",
    "Réalisé comme prévu.": "Réalisée comme prévu.",
    "Ne sera pas réalisé.": "Ne sera pas réalisée.",
}

DIRECTIONS: dict[str, tuple[str, str]] = {
    "increase": ("Increase", "Hausse"),
    "decrease": ("Decrease", "Baisse"),
    "maintain": ("Maintain", "Maintien"),
}

# The verdicts of `core.progress.judge_indicator`: words, and a fill colour so the
# page reads in colour and in black and white.
VERDICTS: dict[str, tuple[str, str, str]] = {
    "met": ("Met", "Atteinte", "#1565c0"),
    "on_pace": ("On pace", "Dans les temps", "#2e7d32"),
    "behind": ("Behind", "En retard", "#c62828"),
    "not_yet_due": ("Not yet due", "Pas encore attendue", "#bdbdbd"),
    "no_data": ("No data", "Aucune donnée", "#f9a825"),
}

# Units as coordinators usually write them, in French: a plan stores one unit text.
UNITS_FR: dict[str, str] = {
    "pairs": "jumelages",
    "clients": "clients",
    "weeks": "semaines",
    "days": "jours",
    "months": "mois",
    "sessions": "séances",
    "people": "personnes",
    "participants": "participants",
    "households": "ménages",
    "events": "activités",
    "organisations": "organismes",
    "organizations": "organismes",
    "referrals": "aiguillages",
    "hours": "heures",
}

# Languages of service as plans usually list them, in French (lower case, as French
# writes language names).
LANGUAGE_NAMES_FR: dict[str, str] = {
    "english": "anglais",
    "french": "français",
    "arabic": "arabe",
    "spanish": "espagnol",
    "punjabi": "pendjabi",
    "tigrinya": "tigrigna",
    "ukrainian": "ukrainien",
    "dari": "dari",
    "somali": "somali",
    "tagalog": "tagalog",
    "mandarin": "mandarin",
    "cantonese": "cantonais",
    "portuguese": "portugais",
    "farsi": "farsi",
    "persian": "persan",
    "urdu": "ourdou",
    "hindi": "hindi",
    "swahili": "swahili",
    "russian": "russe",
    "korean": "coréen",
    "vietnamese": "vietnamien",
}

ADOPTION: dict[str, tuple[str, str]] = {
    "identified": ("Identified", "Repérée"),
    "under_review": ("Under review", "À l’étude"),
    "piloting": ("Piloting", "Projet pilote"),
    "adopted": ("Adopted", "Adoptée"),
    "not_pursued": ("Not pursued", "Non retenue"),
    "shared": ("Shared", "Diffusée"),
}

# The rules of `lipplanner.core.progress`, word for word in English (a test keeps them
# in step with its docstring) and in French.
RULES: tuple[tuple[str, tuple[str, str], tuple[str, str]], ...] = (
    (
        "current_state",
        ("Current state", "État actuel"),
        (
            "An action's current state for a period is its latest progress update up to the "
            "end of that period (latest quarter first, then the latest report date, then the "
            "latest entry); with no update yet, the status and percent set on the action itself.",
            "L’état actuel d’une action pour une période est sa plus récente mise à jour "
            "jusqu’à la fin de cette période (le trimestre le plus récent d’abord, puis la "
            "date de rapport la plus récente, puis la dernière saisie); sans mise à jour, ce "
            "sont le statut et le pourcentage inscrits sur l’action elle-même.",
        ),
    ),
    (
        "overdue",
        ("Overdue", "En retard"),
        (
            "Overdue: the end date has passed (as of the end of the period, or today if that "
            "is earlier) and the action is neither completed nor discontinued.",
            "En retard : la date de fin est passée (à la fin de la période, ou aujourd’hui si "
            "cette date est antérieure) et l’action n’est ni terminée ni abandonnée.",
        ),
    ),
    (
        "stale",
        ("No update this period (stale)", "Sans mise à jour (périmée)"),
        (
            "Stale: an action that should be reporting (started by the end of the period, not "
            "completed or discontinued) has no progress update in the period.",
            "Sans mise à jour : une action qui devrait rendre compte (commencée avant la fin "
            "de la période, ni terminée ni abandonnée) n’a aucune mise à jour pendant la "
            "période.",
        ),
    ),
    (
        "roll_up",
        ("Roll-up", "Cumul"),
        (
            "Roll-up of an objective, priority or the whole plan, over its actions except the "
            "discontinued ones: percent complete is the mean of their percents (a completed "
            "action counts as 100 %; ongoing activities have no end point and are left out of "
            "the mean); the status is Completed when all are completed, otherwise the worst "
            "(most severe) status among the actions under way, else Ongoing if any is "
            "ongoing, else Not started.",
            "Cumul d’un objectif, d’une priorité ou de tout le plan, sur ses actions sauf les "
            "actions abandonnées : le pourcentage réalisé est la moyenne de leurs pourcentages "
            "(une action terminée compte pour 100 %; les activités continues n’ont pas de fin "
            "et sont exclues de la moyenne); le statut est Terminée quand toutes sont "
            "terminées, sinon le pire statut (le plus grave) parmi les actions en cours, "
            "sinon En continu si l’une est continue, sinon Pas commencée.",
        ),
    ),
    (
        "on_track_share",
        ("Share on track", "Part en bonne voie"),
        (
            "Share on track: the actions on track, ongoing or completed, divided by the "
            "actions counted in the roll-up (all but the discontinued ones).",
            "Part en bonne voie : les actions en bonne voie, continues ou terminées, divisées "
            "par les actions comptées dans le cumul (toutes sauf les actions abandonnées).",
        ),
    ),
    (
        "variance",
        ("Variance and target met", "Écart et cible atteinte"),
        (
            "Variance of an indicator = actual − target; the target is met when the actual "
            'reaches it in the indicator\'s direction (≥ for "increase", ≤ for "decrease", '
            'equal within 0.5 % of the target for "maintain").',
            "Écart d’un indicateur = résultat − cible; la cible est atteinte quand le résultat "
            "l’atteint dans le sens de l’indicateur (≥ pour une hausse, ≤ pour une baisse, "
            "égal à 0,5 % près de la cible pour un maintien).",
        ),
    ),
    (
        "indicator_pace",
        ("Indicator pace", "Rythme d’un indicateur"),
        (
            "Indicator pace: an indicator's latest actual up to the end of the period is judged "
            "against the straight path from its baseline (at the baseline date) to its target "
            "(at the target date), at the end of the period the value was recorded for: Met "
            "when the target is reached; On pace when the value is at or beyond the path; "
            "Behind when it falls short of the path (or the target date has passed without the "
            "target met); Not yet due when no value is expected yet (the first measurement "
            "after the baseline is not due) or there is no path to judge against; No data when "
            "a value was due and none was recorded.",
            "Rythme d’un indicateur : le plus récent résultat jusqu’à la fin de la période est "
            "comparé à la trajectoire en ligne droite de la valeur de référence (à sa date) à "
            "la cible (à la date cible), à la fin de la période visée par ce résultat : "
            "Atteinte quand la cible est atteinte; Dans les temps quand le résultat est sur la "
            "trajectoire ou au-delà; En retard quand il est en deçà (ou que la date cible est "
            "passée sans que la cible soit atteinte); Pas encore attendue quand aucune valeur "
            "n’est encore attendue ou qu’il n’y a pas de trajectoire; Aucune donnée quand une "
            "valeur était attendue et qu’aucune n’a été inscrite.",
        ),
    ),
)


def month_name(month: int, lang: str) -> str:
    """`3` → "March" / "mars"."""
    return (_MONTHS_FR if lang == "fr" else _MONTHS_EN)[month - 1]


_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}")
    return lang


@dataclass(frozen=True)
class Labels:
    """The report's words in one language: `labels("status")`, `labels.sheet("cover")`."""

    lang: str = "en"

    def __post_init__(self) -> None:
        _check_lang(self.lang)

    @property
    def _index(self) -> int:
        return 0 if self.lang == "en" else 1

    def __call__(self, key: str, **values: object) -> str:
        text = TEXT[key][self._index]
        return text.format(**values) if values else text

    def sheet(self, key: str) -> str:
        return SHEET_NAMES[key][self._index]

    def sheet_description(self, key: str) -> str:
        return SHEET_DESCRIPTIONS[key][self._index]

    def empty_sheet(self, key: str, **values: object) -> str:
        """The sentence a sheet (or the Summary's priorities) prints when it has nothing
        to list."""
        text = EMPTY_SHEETS[key][self._index]
        return text.format(**values) if values else text

    @property
    def action_plan_headers(self) -> tuple[str, ...]:
        return ACTION_PLAN_HEADERS[self.lang]

    def adoption(self, key: str) -> str:
        pair = ADOPTION.get(key)
        return pair[self._index] if pair else key.replace("_", " ")

    def rules(self) -> list[tuple[str, str, str]]:
        """(key, name, definition) of each rule printed on the Definitions sheet."""
        return [(key, name[self._index], text[self._index]) for key, name, text in RULES]

    def status_words(self, text: str) -> str:
        """A status label or description from the plan, in agreement with *action*."""
        return AGREEING_FR.get(text, text) if self.lang == "fr" else text

    def direction(self, key: str) -> str:
        pair = DIRECTIONS.get(key)
        return pair[self._index] if pair else key

    def verdict(self, key: str) -> tuple[str, str]:
        """(words, fill colour) of an indicator verdict."""
        en, fr, colour = VERDICTS[key]
        return (fr if self.lang == "fr" else en), colour

    def unit(self, unit: str) -> str:
        """The unit in the report's language (as written when no French form is known)."""
        if self.lang != "fr":
            return unit
        return UNITS_FR.get(unit.strip().casefold(), unit)

    def languages(self, text: str) -> str:
        """A partner's languages of service ("English, French") in the report's language."""
        if self.lang != "fr":
            return text
        names = [part.strip() for part in text.split(",")]
        return ", ".join(LANGUAGE_NAMES_FR.get(n.casefold(), n) for n in names if n)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("yes") if value else self("no")

    def fiscal_year(self, year: int) -> str:
        """`2025-26` in English, `2025-2026` in French (the usual forms)."""
        return f"{year}-{(year + 1) % 100:02d}" if self.lang == "en" else f"{year}-{year + 1}"

    def period_short(self, period: Period) -> str:
        """`2025-26 Q2` / `2025-2026 T2`, or the fiscal year alone."""
        year = self.fiscal_year(period.year)
        if period.quarter is None:
            return year
        return f"{year} {'Q' if self.lang == 'en' else 'T'}{period.quarter}"

    def day(self, day: date) -> str:
        if self.lang == "fr":
            first = "1er" if day.day == 1 else str(day.day)
            return f"{first} {_MONTHS_FR[day.month - 1]} {day.year}"
        return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}"

    def period_long(self, period: Period) -> str:
        """The period with its dates, as a sentence fragment for the cover."""
        # The same form as `period_short` everywhere: one period format per language.
        start, end = self.day(period.start), self.day(period.end)
        if self.lang == "fr":
            what = self.period_short(period)
            if period.quarter is None:
                what = f"Exercice {what}"
            return f"{what} (du {start} au {end})"
        what = self.period_short(period)
        if period.quarter is None:
            what = f"Fiscal year {what}"
        return f"{what} ({start} to {end})"
