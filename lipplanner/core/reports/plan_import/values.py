"""Stage 4: values as people write them in plans.

Timelines ("2014\\n2015", "Q2 2021", "T3 2019-2020", "Printemps 2025", "Years 2-3",
"Dec-21", "Ongoing") become a span of dates; status words (and a cell's colour through
the sheet's legend) become a status; a cell of partners becomes a list of names; an
"English / Français" text becomes its two languages; bulleted lines become items.

Years: a bare "2014" is the fiscal year starting in April 2014 (plans follow IRCC's
fiscal year); "2014-2015" is that one fiscal year, and "2020-2025" the years from April
2020 to March 2025. "Q2 2021" names a calendar quarter (a city's year), "Q2 2021-22"
or "T2 2021-2022" a fiscal one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from lipplanner.core import defaults
from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, Period
from lipplanner.core.reports.cell_values import (
    _MONTHS,
    CellError,
    ErrorValue,
    error_phrase,
    fold,
    read_date,
)

# Words people use for a status, beyond the list's own labels and keys (folded).
STATUS_SYNONYMS = {
    "on target": "on_track", "in progress": "on_track", "underway": "on_track",
    "under way": "on_track", "en cours": "on_track", "green": "on_track", "vert": "on_track",
    "active": "on_track", "started": "on_track", "commence": "on_track",
    "some delays": "minor_delays", "delayed": "minor_delays", "delay": "minor_delays",
    "en retard": "minor_delays", "retard": "minor_delays", "yellow": "minor_delays",
    "jaune": "minor_delays", "amber": "minor_delays", "behind": "minor_delays",
    "behind schedule": "minor_delays", "deferred": "minor_delays", "postponed": "minor_delays",
    "reporte": "minor_delays", "reportee": "minor_delays", "moved to": "minor_delays",
    "on hold": "minor_delays", "en attente": "minor_delays", "repousse": "minor_delays",
    "en suspens": "minor_delays", "retarde": "minor_delays", "slipping": "minor_delays",
    "progressing": "on_track", "en progression": "on_track", "stalled": "serious_concerns",
    "blocked": "serious_concerns", "bloque": "serious_concerns", "stuck": "serious_concerns",
    "at risk": "serious_concerns", "a risque": "serious_concerns", "red": "serious_concerns",
    "rouge": "serious_concerns", "concerns": "serious_concerns", "overdue": "serious_concerns",
    "past due": "serious_concerns", "off track": "serious_concerns",
    "done": "completed", "complete": "completed", "finished": "completed",
    "terminee": "completed", "termine": "completed", "realise": "completed",
    "realisee": "completed", "achevee": "completed", "acheve": "completed",
    "accompli": "completed", "achieved": "completed", "fait": "completed",
    "continuous": "ongoing", "continu": "ongoing", "continue": "ongoing",
    "en continu": "ongoing", "annually": "ongoing", "annual": "ongoing",
    "annuel": "ongoing", "annuellement": "ongoing", "permanent": "ongoing",
    "cancelled": "discontinued", "canceled": "discontinued", "won't be completed": "discontinued",
    "will not be completed": "discontinued", "annule": "discontinued", "annulee": "discontinued",
    "abandonnee": "discontinued", "abandonne": "discontinued", "dropped": "discontinued",
    "not yet started": "not_started", "planned": "not_started", "a venir": "not_started",
    "pas commence": "not_started", "non commence": "not_started", "upcoming": "not_started",
    "not started yet": "not_started", "to do": "not_started", "pending": "not_started",
    "future": "not_started", "prevu": "not_started", "planifie": "not_started",
    "initiated": "on_track", "in development": "on_track", "en developpement": "on_track",
    "on schedule": "on_track", "ahead of schedule": "on_track", "en bonne voie": "on_track",
    "en voie de realisation": "on_track", "continuing": "ongoing", "in planning": "not_started",
    "planning stage": "not_started", "en planification": "not_started", "a faire": "not_started",
    "no longer relevant": "discontinued", "plus pertinent": "discontinued",
    # Negated and partial phrases: the earliest phrase wins, so "pas encore commencé" is
    # read before its "commencé", and "partially complete" before its "complete".
    "not complete": "on_track", "not completed": "on_track", "incomplete": "on_track",
    "not yet complete": "on_track", "not yet completed": "on_track", "not done": "on_track",
    "non termine": "on_track", "pas termine": "on_track", "pas encore termine": "on_track",
    "partially complete": "on_track", "partially completed": "on_track",
    "partly complete": "on_track", "partly completed": "on_track", "mostly complete": "on_track",
    "partially done": "on_track", "partiellement realise": "on_track",
    "partiellement realisee": "on_track", "partiellement complete": "on_track",
    "realise en partie": "on_track", "realisee en partie": "on_track", "en partie": "on_track",
    "termine en partie": "on_track", "terminee en partie": "on_track",
    "pas encore commence": "not_started", "pas encore debute": "not_started",
    "non debute": "not_started", "pas debute": "not_started", "not begun": "not_started",
    "not yet begun": "not_started", "has not started": "not_started",
    "not yet initiated": "not_started",
}  # fmt: skip


def status_lookup() -> dict[str, str]:
    """Folded label (EN or FR), key or synonym → status key of the default list."""
    table = dict(STATUS_SYNONYMS)
    for status in defaults.STATUSES:
        for name in (status.key, status.key.replace("_", " "), status.label_en, status.label_fr):
            table[fold(name)] = status.key
    return table


def _bare(text: str) -> str:
    """Folded words only: "Completed (2019)" → "completed", "ON TRACK!" → "on track"."""
    text = re.sub(r"\([^)]*\)", " ", fold(text))
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


# Marks that say "done" wherever they are; letters and yes/no only where the column
# asks whether the action is complete ("Completed?", "Done (Y/N)"): an "X" or a "Yes"
# under "Status" could mean anything, so it is left for the person.
_TICKS = frozenset("✓✔☑✅🗸")
_CROSSES = frozenset("✗✘☒❌")
_YES = frozenset({"yes", "y", "oui", "o", "x", "true", "vrai", "done", "fait"})
_NO = frozenset({"no", "n", "non", "false", "faux", "not yet", "pas encore", "-"})
_COMPLETION_QUESTION = re.compile(
    r"\b(?:complete|completed|done|finished|achieved|termine|terminee|realise|realisee|"
    r"complete|acheve|accompli|fait)\b.*(?:\?|\by\s?/\s?n\b|\bo\s?/\s?n\b|\boui\s?/\s?non\b)"
    r"|^(?:complete|completed|done|termine|realise)$"
)
# The traffic light's letters and colour words: Green/Amber/Red, Vert/Jaune/Rouge.
_LIGHT_LETTERS = {
    "g": "on_track", "a": "minor_delays", "r": "serious_concerns", "v": "on_track",
    "j": "minor_delays",
}  # fmt: skip
# Words that only say work has begun: a more telling word beside them wins
# ("In progress - delayed" is delayed).
_MERELY_STARTED = frozenset(
    {"in progress", "en cours", "underway", "under way", "started", "commence", "active",
     "progressing", "en progression", "initiated"}
)  # fmt: skip
_PERCENT = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s?%$")


def completion_question(heading: str) -> bool:
    """Whether a column's heading asks whether the action is done ("Completed?")."""
    return bool(_COMPLETION_QUESTION.search(fold(heading).strip()))


def status_of_percent(text: str) -> str | None:
    """ "50%" written as a status: 0 % not started, 100 % completed, else on track."""
    match = _PERCENT.match(text.strip())
    if not match:
        return None
    number = float(match[1].replace(",", "."))
    if number > 100:
        return None
    return "not_started" if number == 0 else "completed" if number == 100 else "on_track"


class StatusReader:
    """Status words (and colours through the legend) → status keys; what it cannot
    read is collected, once each, for the person to choose."""

    def __init__(
        self,
        legend: Mapping[str, str] = {},
        chosen: Mapping[str, str] = {},
        known: Mapping[str, str] | None = None,
    ) -> None:
        self.table = dict(known or status_lookup())
        self.chosen = {fold(word): key for word, key in chosen.items()}
        self.phrases = sorted(self.table, key=len, reverse=True)
        self.legend: dict[str, str] = dict(legend)  # fill → the legend's words for it
        self.unknown: list[str] = []
        self.guessed = False  # a colour was read as a traffic light, with no legend

    def words(self, text: str, heading: str = "") -> str | None:
        """A status key for words as written (under `heading`, the column's), or None."""
        folded = fold(text)
        if folded in self.chosen:
            return self.chosen[folded]
        mark = folded.strip().rstrip(".!")
        if mark and set(mark) <= _TICKS:
            return "completed"
        if heading and completion_question(heading):
            if mark in _YES:
                return "completed"
            if mark in _NO or (mark and set(mark) <= _CROSSES):
                return "not_started"  # not done says nothing more: the plan's first status
        if mark in _LIGHT_LETTERS:
            return _LIGHT_LETTERS[mark]
        percent = status_of_percent(mark)
        if percent:
            return percent
        bare = _bare(text)
        if not bare:
            return None
        if bare in self.table:
            return self.table[bare]
        for part in re.split(r"\s*[/|]\s*|\n", fold(text)):
            if _bare(part) in self.table:
                return self.table[_bare(part)]
        # The earliest known phrase in it: "Completed in 2019", "= some delays, but …";
        # one that only says work began gives way to a more telling one after it.
        found: list[tuple[int, str]] = []
        padded = f" {bare} "
        for phrase in self.phrases:
            at = padded.find(f" {phrase} ")
            if at >= 0:
                found.append((at, phrase))
        found.sort()
        telling = [p for _at, p in found if p not in _MERELY_STARTED]
        if telling and any(p in _MERELY_STARTED for _at, p in found):
            return self.table[telling[0]]
        return self.table[found[0][1]] if found else None

    def colour(self, fill: str | None) -> str | None:
        """A status from a cell's colour, through the sheet's legend (the nearest legend
        colour when a shade differs slightly); with no legend, green, amber and red are
        read as the usual traffic light (`guessed` says so, for a note)."""
        if not fill:
            return None
        if not self.legend:
            found = traffic_light(fill)
            self.guessed = self.guessed or found is not None
            return found
        nearest = fill
        if nearest not in self.legend:
            nearest = min(self.legend, key=lambda known: _distance(known, fill))
            if _distance(nearest, fill) >= 60:
                return None
        words = self.legend[nearest]
        found = self.words(words)
        if found is None and words not in self.unknown:
            self.unknown.append(words)  # the person says what the legend's words mean
        return found

    def read(self, text: str, fill: str | None, heading: str = "") -> str | None:
        """The status of a cell: its words, else its colour. Unknown words are noted."""
        if text.strip():
            found = self.words(text, heading)
            if found is None and text.strip() not in self.unknown:
                self.unknown.append(text.strip())
            return found or self.colour(fill)
        return self.colour(fill)


# The traffic light's colours, as spreadsheets offer them ("Good"/"Neutral"/"Bad" cell
# styles and the standard colours); a shade near one of them is that light.
_LIGHTS = {
    "00B050": "on_track", "92D050": "on_track", "00FF00": "on_track", "C6EFCE": "on_track",
    "FFC000": "minor_delays", "FFFF00": "minor_delays", "FFEB9C": "minor_delays",
    "FF0000": "serious_concerns", "C00000": "serious_concerns", "FFC7CE": "serious_concerns",
}  # fmt: skip


def traffic_light(fill: str) -> str | None:
    """A status for a green, amber or red cell, or None for any other colour."""
    nearest = min(_LIGHTS, key=lambda known: _distance(known, fill))
    return _LIGHTS[nearest] if _distance(nearest, fill) < 60 else None


def _distance(first: str, second: str) -> float:
    try:
        a = [int(first[i : i + 2], 16) for i in (0, 2, 4)]
        b = [int(second[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return 1e9
    return float(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5)


# --- timelines ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """When an action runs, as far as its timeline says."""

    start: date | None = None
    end: date | None = None
    ongoing: bool = False  # "Ongoing", "Annually", "En continu"
    # Dated from the plan's start by a vague phrase ("Short term", "Within 6 months"):
    # the sheet's own words are worth a note beside the dates.
    relative: bool = False


NO_SPAN = Span()
_YEAR = r"(?:19|20)\d\d"
_FISCAL = re.compile(rf"^(?:fy\s?|ex\s?)?({_YEAR})\s?[-/]\s?((?:19|20)?\d\d)$")
_QUARTER_TEXT = re.compile(
    rf"^(?:q|t|quarter|trimestre)\s?([1-4])[\s,]+(fy\s?|ex\s?)?({_YEAR})"
    rf"(?:\s?[-/]\s?((?:19|20)?\d\d))?$"
    rf"|^({_YEAR})(?:\s?[-/]\s?((?:19|20)?\d\d))?[\s,]+(?:q|t)([1-4])$"
)
_SEASONS = {
    "spring": 4, "printemps": 4, "summer": 7, "ete": 7, "fall": 10, "autumn": 10,
    "automne": 10, "winter": 1, "hiver": 1,
}  # fmt: skip
_SEASON = re.compile(rf"^(?:(?:early|late|debut|fin)\s+)?([a-z]+)\s+(?:de\s+|d')?({_YEAR})$")
_MONTH_YY = re.compile(r"^([a-z]+)\.?[\s\-/]+(\d{2}|\d{4})$")
_RELATIVE = re.compile(
    rf"^(?:year|yr|an|annee)s?\s?([1-9])(?:\s?(?:-|to|a|–)\s?([1-9]))?"
    rf"(?:\s*\(?\s*({_YEAR})(?:\s?[-/]\s?((?:19|20)?\d\d))?\s*\)?)?$"
)
_ONGOING = re.compile(
    r"^(?:ongoing|on going|continuous|continual|en continu|continu|annually|annual|yearly|"
    r"annuel|annuellement|chaque annee|every year|each year|recurring|permanent|en cours|"
    r"quarterly|monthly|weekly|bi-?annually|semi-?annually|trimestriel(?:le)?|mensuel(?:le)?|"
    r"hebdomadaire|every (?:quarter|month|week)|chaque (?:trimestre|mois|semaine)|"
    r"tous les (?:mois|ans)|as needed|au besoin|year-round|toute l'annee)$"
)
_RELATIVE_LIST = re.compile(
    r"^\s*(years?|yrs?|ans?|annees?)\s?([1-9](?:\s*(?:,|&|and|et)\s*[1-9])+)\s*$"
)
_TERM = re.compile(
    r"^(?:in the |a |au |dans le |for the )?(short|medium|mid|long|court|moyen)[\s-]?terms?"
    r"(?:\s+terme)?$|^(?:a |au |dans le )?(court|moyen|long) terme$"
)
# Years of the plan, first and last, that each term covers (a 5-year plan's reading).
_TERMS = {"short": (1, 1), "court": (1, 1), "medium": (2, 3), "mid": (2, 3), "moyen": (2, 3),
          "long": (4, 5)}  # fmt: skip
_PHASE = re.compile(r"^(?:phase|etape|stage)\s?([1-9])(?:\s?(?:-|to|a|–|&|and|et)\s?([1-9]))?$")
_IMMEDIATE = re.compile(
    r"^(?:immediate|immediately|immediat|immediatement|right away|now|asap|"
    r"as soon as possible|des que possible|des maintenant|tout de suite|sans delai|"
    r"first year|premiere annee|in the first year|"
    r"quick win|quick wins)$"
)
_NUMBER_WORDS = {
    "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
    "quatre": 4, "five": 5, "cinq": 5, "six": 6, "nine": 9, "neuf": 9, "twelve": 12,
    "douze": 12, "eighteen": 18, "dix-huit": 18, "a": 1,
}  # fmt: skip
_WITHIN = re.compile(
    r"^(?:within|in|over|dans|d'ici|en deca de|au cours des?|sous)\s+"
    r"(?:the\s+|les\s+)?(?:next\s+|first\s+|prochains?\s+|premiers?\s+|premieres\s+)?"
    r"(\d{1,2}|[a-z-]+)\s+(?:prochains?\s+|premiers?\s+|premieres\s+)?"
    r"(months?|mois|years?|ans?|annees?)"
    r"(?:\s+(?:of the plan|du plan|prochains?|premiers?))?$"
)
_MONTH_NUMBER = re.compile(r"^(0?[1-9]|1[0-2])\s?[/.-]\s?((?:19|20)\d\d)$")
_YEAR_MONTH = re.compile(r"^((?:19|20)\d\d)[/.-](0[1-9]|1[0-2])$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")  # an Excel date serial typed as text
_UNKNOWN = re.compile(r"^(?:tbd|tbc|a determiner|a confirmer|n/?a|-+|\?+|to be determined)$")


def _follow(first: int, second: str) -> int:
    """The second year of "2014-15" or "2014-2015"."""
    return int(second) if len(second) == 4 else int(str(first)[:2] + second)


def _fiscal(first: int, last: int | None = None) -> Span:
    """Fiscal years `first` to `last` (inclusive)."""
    last = first if last is None else last
    if not MIN_YEAR <= first <= last <= MAX_YEAR:
        return NO_SPAN
    return Span(date(first, 4, 1), date(last + 1, 3, 31))


def _range(first: int, second: int) -> Span:
    """ "2014-2015" is one fiscal year; "2020-2025" April 2020 to March 2025."""
    if second <= first:
        return _fiscal(first)
    return _fiscal(first, max(first, second - 1))


def read_timeline(
    value: object, first_year: int | None = None, last_year: int | None = None
) -> Span:
    """A timeline cell as a span; raises `CellError` when it is no timeline we know.
    `first_year` is the plan's first fiscal year, for "Year 2" and "Years 1-3";
    `last_year` its last, when known, for "Long term"."""
    if isinstance(value, ErrorValue):
        raise CellError(error_phrase(value))
    if value is None or (isinstance(value, str) and not value.strip()):
        return NO_SPAN
    if isinstance(value, datetime):
        return Span(None, value.date())
    if isinstance(value, date):
        return Span(None, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR:
            return _fiscal(int(value))
        return Span(None, read_date(value))
    raw = str(value).strip()
    if _SERIAL.match(raw) and 20_000 <= float(raw) <= 80_000:  # a date typed as its serial
        return Span(None, read_date(float(raw)))
    if match := _RELATIVE_LIST.match(fold(raw)):  # "Year 1 & 2", "Années 1, 2 et 3"
        years = [int(n) for n in re.findall(r"[1-9]", match[2])]
        raw = f"{match[1]} {min(years)}-{max(years)}"
    lines = [
        fold(line).strip().rstrip(".")
        for line in re.split(r"\n|;|\s+/\s+|\s+(?:and|et|&)\s+|(?<=\d{4})\s+(?=\d{4}$)", raw)
        if line.strip()
    ]
    text = fold(raw).rstrip(".")
    if len(lines) > 1:
        return _joined([read_timeline(line, first_year, last_year) for line in lines])
    return _one_timeline(text, first_year, last_year)


def _one_timeline(text: str, first_year: int | None, last_year: int | None = None) -> Span:
    compact = re.sub(r"\s+", " ", text)
    if _UNKNOWN.match(compact):
        return NO_SPAN
    if _ONGOING.match(compact):
        return Span(ongoing=True)
    if re.fullmatch(_YEAR, compact):
        return _fiscal(int(compact))
    if match := re.fullmatch(rf"(?:fy|ex)\s?({_YEAR})", compact):
        return _fiscal(int(match[1]))
    if match := _YEAR_MONTH.match(compact):
        # "2023-09" is September; "2011-12" stays the fiscal year 2011-12.
        year, month = int(match[1]), int(match[2])
        if _follow(year, match[2]) <= year:
            return Span(date(year, month, 1), _month_end(year, month))
    if match := _FISCAL.match(compact):
        return _range(int(match[1]), _follow(int(match[1]), match[2]))
    if match := _MONTH_NUMBER.match(compact):  # "09/2023"
        year, month = int(match[2]), int(match[1])
        return Span(date(year, month, 1), _month_end(year, month))
    found = _from_the_start(compact, first_year, last_year)
    if found is not None:
        return found
    if match := re.fullmatch(rf"({_YEAR})\s?(?:-|to|a|au|–)\s?({_YEAR})", compact):
        return _range(int(match[1]), int(match[2]))
    if match := _QUARTER_TEXT.match(compact):
        quarter = int(match[1] or match[7] or 0)
        year = int(match[3] or match[5] or 0)
        fiscal_second = (match[4] or match[2]) if match[1] else match[6]
        if fiscal_second:  # a fiscal year is named ("2021-22", "FY2021"): its quarter
            period = Period(year, quarter)
            return Span(period.start, period.end)
        month = 3 * (quarter - 1) + 1  # a calendar year's quarter
        return Span(date(year, month, 1), _month_end(year, month + 2))
    if match := _SEASON.match(compact):
        season = _SEASONS.get(match[1])
        if season:
            year = int(match[2])
            return Span(date(year, season, 1), _month_end(year, season + 2))
    if match := re.fullmatch(rf"([a-z]+) (?:de |d')?({_YEAR})\s?[-/]\s?((?:19|20)?\d\d)", compact):
        season = _SEASONS.get(match[1])  # "Winter 2023-24": the season of that fiscal year
        first, second = int(match[2]), _follow(int(match[2]), match[3])
        if season and second == first + 1:
            year = second if season < 4 else first
            return Span(date(year, season, 1), _month_end(year, season + 2))
    if match := _RELATIVE.match(compact):
        if match[3]:
            return (
                _range(int(match[3]), _follow(int(match[3]), match[4]))
                if match[4]
                else (_fiscal(int(match[3])))
            )
        if first_year is None:
            raise CellError(f"“{text}” counts years from the plan's start, which is not known")
        first = first_year + int(match[1]) - 1
        return _fiscal(first, first_year + int(match[2] or match[1]) - 1)
    if match := _MONTH_YY.match(compact):
        named = _MONTHS.get(match[1])
        if named:
            year = int(match[2]) + (2000 if len(match[2]) == 2 else 0)
            if MIN_YEAR <= year <= MAX_YEAR:
                return Span(date(year, named, 1), _month_end(year, named))
    try:
        return Span(None, read_date(compact))  # "2021-06-30", "31 mars 2026"
    except CellError:
        found = _composite(compact, first_year)
        if found is None:
            raise
        return found


def _from_the_start(text: str, first_year: int | None, last_year: int | None) -> Span | None:
    """A phrase counted from the plan's start ("Short term", "Phase 2", "Immediate",
    "Within 6 months"), dated by the plan's years; None when the text is none of them."""
    years: tuple[int, int] | None = None
    months: int | None = None
    if match := _TERM.match(text):
        years = _TERMS[match[1] or match[2]]
    elif match := _PHASE.match(text):
        years = (int(match[1]), int(match[2] or match[1]))
    elif _IMMEDIATE.match(text):
        years = (1, 1)
    elif match := _WITHIN.match(text):
        count = int(match[1]) if match[1].isdigit() else _NUMBER_WORDS.get(match[1])
        if not count:
            return None
        if match[2].startswith(("month", "mois")):
            months = count
        else:
            years = (1, count)
    else:
        return None
    if first_year is None:
        raise CellError(f"“{text}” counts from the plan's start, which is not known")
    start = date(first_year, 4, 1)
    if months is not None:
        return Span(start, _month_end(first_year, 3 + months), relative=True)
    assert years is not None
    first, last = (first_year + n - 1 for n in years)
    if last_year is not None and last_year >= first_year:
        # A shorter plan: its long term is its last year, its medium term before that.
        last = min(last, last_year)
        first = min(first, last)
    return Span(start.replace(year=first), date(last + 1, 3, 31), relative=True)


def relative_note(words: str, span: Span) -> str:
    """The note beside dates read from a phrase counted from the plan's start."""
    when = f"{span.start:%Y-%m-%d} to {span.end:%Y-%m-%d}" if span.start and span.end else ""
    return f"“{words.strip()}” was dated {when}, counted from the plan's first year."


_ORDINALS = {
    "1": 1, "first": 1, "premier": 1, "2": 2, "second": 2, "deuxieme": 2, "3": 3,
    "third": 3, "troisieme": 3, "4": 4, "fourth": 4, "quatrieme": 4,
}  # fmt: skip
_ORDINAL_QUARTER = re.compile(
    r"^(1|2|3|4|first|second|third|fourth|premier|deuxieme|troisieme|quatrieme)"
    r"(?:er|re|e|eme|st|nd|rd|th)?\s+(?:quarter|trimestre)\s+(?:of\s+|de\s+|d')?(.+)$"
)
_HALF = re.compile(
    rf"^(?:h|s)([12])\s?(?:fy\s?)?({_YEAR})(?:\s?[-/]\s?((?:19|20)?\d\d))?$"
    rf"|^(first|second|1st|2nd|premier|deuxieme|1er|2e)\s+(?:half|semestre)\s+"
    rf"(?:of\s+|de\s+)?(?:fy\s?)?({_YEAR})(?:\s?[-/]\s?((?:19|20)?\d\d))?$"
)
_PART_OF = re.compile(
    r"^(early|beginning of|start of|debut|debut de|mid|middle of|mi|late|end of|"
    r"the end of|fin|fin de|la fin de|la fin)[\s-]+(.+)$"
)
_SINCE = re.compile(
    r"^(?:(ongoing|en continu|en cours)\s+)?(since|depuis|from|des|starting|starting in|"
    r"a partir de|a compter de|beginning|by|d'ici|avant|before|no later than)\s+(.+)$"
)
_RANGE_MARK = re.compile(r"\s+(?:to|a|au|through|until|jusqu'a|jusqu'en)\s+|\s*[-–—]\s*")
_TRAILING_YEAR = re.compile(rf"(?:fy\s?)?{_YEAR}(?:\s?[-/]\s?(?:19|20)?\d\d)?$")


def _composite(text: str, first_year: int | None) -> Span | None:
    """Timelines made of the simple ones: "1er trimestre 2021", "H1 2022", "Early 2023",
    "End of 2022-23", "Ongoing (2021-2024)", "Since 2019", "By March 2023",
    "Q1-Q2 2022", "Jan - Jun 2022", "Q3 2022 - Q1 2023", "2021 - ongoing"."""

    def read(part: str) -> Span | None:
        try:
            return _one_timeline(part.strip(), first_year)
        except CellError:
            return None

    if match := _ORDINAL_QUARTER.match(text):
        return read(f"q{_ORDINALS[match[1]]} {match[2]}")
    if match := _HALF.match(text):
        half = int(match[1]) if match[1] else (1 if match[4] in _FIRST_HALF else 2)
        year = int(match[2] or match[5])
        if match[3] or match[6]:  # a fiscal year's half: April-September, October-March
            return Span(date(year, 4 if half == 1 else 10, 1), _month_end(year, 9 + 6 * (half - 1)))
        return Span(date(year, 1 + 6 * (half - 1), 1), _month_end(year, 6 * half))
    if match := re.fullmatch(r"(.+?)\s*\((.+)\)", text):
        parts = [read(match[1]), read(match[2])]
        if all(parts):
            return _joined([p for p in parts if p])
    if match := _PART_OF.match(text):
        # "End of 2022" is December: a bare year here is the calendar year people say.
        bare = re.fullmatch(_YEAR, match[2].strip())
        whole = (
            Span(date(int(match[2]), 1, 1), date(int(match[2]), 12, 31)) if bare else read(match[2])
        )
        if whole is None or not (whole.start and whole.end):
            return whole
        return _part_of(whole, match[1])
    if match := _SINCE.match(text):
        whole = read(match[3])
        if whole is None:
            return None
        if match[2] in ("by", "d'ici", "avant", "before", "no later than"):
            return Span(None, whole.end or whole.start)
        ongoing = bool(match[1]) or match[2] in ("since", "depuis")
        return Span(whole.start or whole.end, None, ongoing)
    for mark in _RANGE_MARK.finditer(text):
        left, right = text[: mark.start()], text[mark.end() :]
        second = read(right)
        if not left or second is None:
            continue
        first = read(left)
        said = _TRAILING_YEAR.search(right)
        if first is None and said:  # "Q1-Q2 2022", "Jan - Jun 2022": the year said once
            first = read(f"{left} {said[0]}")
        if first is not None:
            return _joined([first, second])
    return None


_FIRST_HALF = frozenset({"first", "1st", "premier", "1er"})


def _part_of(whole: Span, part: str) -> Span:
    """The first, middle or last third of a year, in whole months ("Early 2023" is
    January to April, "Fin 2022-2023" December to March)."""
    assert whole.start and whole.end
    first = whole.start.year * 12 + whole.start.month - 1
    months = whole.end.year * 12 + whole.end.month - first
    if months < 3:
        return whole
    third = months // 3
    if part in ("early", "beginning of", "start of", "debut", "debut de"):
        start, end = first, first + third - 1
    elif part in ("mid", "middle of", "mi"):
        start, end = first + third, first + months - third - 1
    else:
        start, end = first + months - third, first + months - 1
    return Span(date(start // 12, start % 12 + 1, 1), _month_end(end // 12, end % 12 + 1))


def _joined(spans: list[Span]) -> Span:
    """One span over several: earliest start to latest end, ongoing if any is."""
    starts = [d for s in spans for d in (s.start or s.end,) if d]
    ends = [d for s in spans for d in (s.end or s.start,) if d]
    ongoing = any(s.ongoing for s in spans)
    if not starts:
        return Span(ongoing=ongoing)
    last = spans[-1]
    if last.ongoing and not (last.start or last.end):
        # "2021 - ongoing", "2021 (ongoing)": it starts then and goes on; but
        # "Ongoing (2021-2024)" keeps the years it names.
        return Span(min(starts), None, True)
    return Span(min(starts), max(ends), ongoing)


def _month_end(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_named(name: str) -> Period | None:
    """The quarter a sheet's name is, when it is one ("Q4 2023-24", "T2 2022-2023",
    "Jan-Mar 2024"), else None: one sheet per quarter of a progress report."""
    try:
        span = read_timeline(name)
    except CellError:
        return None
    if not (span.start and span.end) or span.relative or span.ongoing:
        return None
    months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
    period = Period.containing(span.start)
    return period if months == 3 and period.start == span.start else None


def years_named(texts: Iterable[str]) -> list[int]:
    """Calendar years written in titles ("ACTION PLAN 2020 - 2025", "Q1 2014")."""
    found: list[int] = []
    for text in texts:
        found.extend(int(y) for y in re.findall(rf"(?<!\d)({_YEAR})(?!\d)", text))
    return [y for y in found if MIN_YEAR <= y <= MAX_YEAR]


def last_plan_year(years: Iterable[int]) -> int | None:
    """The plan's last fiscal year from the years its titles name ("Strategy 2023-2026"
    runs to March 2026: 2025), or None when they name fewer than two."""
    named = sorted(set(years))
    if len(named) < 2:
        return None
    end = _range(named[0], named[-1]).end
    return end.year - 1 if end else None


# --- partners, languages, bullets --------------------------------------------------------

_HARD_SPLIT = re.compile(r"\s*(?:;|\n|•|\|)\s*")
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s+(?:and|et|&)\s+")
_BODY = re.compile(
    r"\b(?:action|working|steering|advisory) (?:group|table)\b|\bsub-?council\b|"
    r"\b(?:sub-?)?committee\b|\bgroupe de travail\b|\b(?:sous-)?comite\b|\bworking group\b"
)


def _organisation(part: str, known: Collection[str]) -> bool:
    """Whether a piece of a list can stand alone as an organisation's name."""
    words = part.split()
    return (
        fold(part) in known
        or len(words) >= 2
        or (len(part) >= 2 and sum(ch.isupper() for ch in part) >= 2)
    )


# Words that stand where a partner would but name none ("TBD", "All partners").
_NO_PARTNER = re.compile(
    r"^(?:tbd|tbc|n/?a|none|nil|aucun|aucune|-+|\?+|to be (?:determined|confirmed)|"
    r"a determiner|a confirmer|various|divers|multiple|everyone|tous|toutes|"
    r"(?:all|tous les|toutes les|various|other|autres|multiple|several|divers)\s+"
    r"(?:the\s+)?(?:lip\s+|rif\s+|community\s+)?(?:partners?|partenaires?|members?|"
    r"membres?|organi[sz]ations?|organismes?|agencies|stakeholders?)"
    r"(?:\s+\w+)?)$"
)
# "Lead: X", "Support: Y", "Partenaires : Z": a label before the names.
_LABEL = re.compile(
    r"^(?:(lead|leads|co-?leads?|responsable|responsables|porteur|chef de file)|"
    r"(?:support|supports|supporting|supported by|partners?|partenaires?|soutien|"
    r"with|avec|in collaboration with|en collaboration avec))\s*(?:partners?|"
    r"organi[sz]ations?)?\s*[:\-–]\s+",
)
# "City of X (lead)", "YMCA – lead", "Ville de X (chef de file)".
_LEAD_MARK = re.compile(
    r"\s*(?:\((?:lead|co-?lead|responsable|chef de file|porteur)\)|"
    r"\s[-–]\s*(?:lead|responsable|chef de file))\s*$",
    re.IGNORECASE,
)


def no_partner(name: str) -> bool:
    """Whether a name in a partner column names no one ("TBD", "All partners")."""
    return bool(_NO_PARTNER.match(fold(name).strip(" .")))


def split_partners(text: str, known: Collection[str] = ()) -> list[str]:
    """Names in one cell: always split on ";", lines and bullets; on commas only when
    every piece is an organisation's name ("Seneca College, local Chambers of Commerce"
    is two; "Planning, Engineering and Regulatory Services" is one); on "and" only
    between names already known or acronyms ("IRCC and FCFA"), since "and" joins the
    words of many names ("York Region Community and Health Services"); on "/" between
    acronyms ("IRCC/FCFA"). A lead named by a label ("Lead: X; Support: Y") or a mark
    ("X (lead), Y") comes first; "TBD", "N/A", "All partners" name no one. `known`
    holds names already folded."""
    leads: list[str] = []
    others: list[str] = []
    for piece in _HARD_SPLIT.split(text):
        piece = piece.strip(" -–*·")
        label = _LABEL.match(fold(piece))
        if label:
            piece = piece[label.end() :].strip()
        for name in _split_piece(piece, known):
            marked = _LEAD_MARK.search(name)
            if marked:
                name = name[: marked.start()].strip()
            if not name or no_partner(name):
                continue
            (leads if marked or (label and label[1]) else others).append(name)
    return leads + others


def _split_piece(piece: str, known: Collection[str]) -> list[str]:
    """One piece of a partner list (no ";" or lines left in it) as names."""
    if not piece:
        return []
    names: list[str] = []
    parts = [p.strip() for p in _COMMA.split(piece) if p.strip()]
    organisations = all(_organisation(_LEAD_MARK.sub("", p), known) for p in parts)
    for part in parts if len(parts) > 1 and organisations else [piece]:
        joined = [p.strip() for p in _AND.split(part) if p.strip()]
        if len(joined) > 1 and all(
            fold(p) in known or _is_acronym(p) or _named_body(p) for p in joined
        ):
            names.extend(joined)
            continue
        slashed = [p.strip() for p in part.split("/")]
        if len(slashed) > 1 and all(_is_acronym(p) for p in slashed):
            names.extend(slashed)  # "IRCC/FCFA"; "Settlement/Integration" stays one
        else:
            names.append(part)
    return names


# The head words of organisations' names: "A Chamber of Commerce and B Public Library"
# joins two bodies, "Community and Health Services" is one name.
_BODY_WORDS = frozenset(
    str.split(
        "library libraries college university universite chamber council conseil association "
        "board school ecole hospital hopital city ville town county comte region centre center "
        "society societe agency agence network reseau foundation fondation institute institut "
        "department ministry ministere commission police ymca ywca club church eglise mosque "
        "unit partnership partenariat"
    )
)


def _named_body(part: str) -> bool:
    """A capitalised name of two words or more holding an organisation's head word."""
    words = part.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and any(fold(w).strip(".,") in _BODY_WORDS for w in words)
    )


def _is_acronym(text: str) -> bool:
    return " " not in text and len(text) <= 12 and sum(ch.isupper() for ch in text) >= 2


_KEY_LABEL = re.compile(
    r"^\s*(?:acronyms?|acronymes?|abbreviations?|abreviations?|glossary|glossaire|"
    r"sigles?(?: et acronymes)?|key)\s*(?:used)?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_PAIR = re.compile(
    r"^([A-Z][A-Za-z0-9&.\-]{0,10}[A-Z0-9](?: [A-Z][A-Za-z0-9&.\-]{0,8}[A-Z0-9])?)"
    r"\s*(?:=|:|–|—|-)\s*(\S.{2,})$"
    r"|^(\S.{2,}?)\s*\(([A-Z][A-Za-z0-9&.\-]{0,10}[A-Z0-9])\)$"
)


def acronym_pairs(text: str) -> dict[str, str]:
    """Acronyms explained in one cell: "Acronyms: ABC = Alpha Beta Centre; DEF = Delta
    Fund", a line each, or "Alpha Beta Centre (ABC)". Nothing when the cell is not such
    a key (every piece must be a pair)."""
    body = _KEY_LABEL.sub("", text, count=1)
    pieces = [p.strip(" .") for p in re.split(r"\s*(?:;|\n|•|\|)\s*", body) if p.strip(" .")]
    if len(pieces) == 1 and body.count(",") and body.count("=") > 1:
        pieces = [p.strip(" .") for p in body.split(",") if p.strip(" .")]
    pairs: dict[str, str] = {}
    for piece in pieces:
        match = _PAIR.match(piece)
        if not match:
            return {}
        acronym, name = (match[1], match[2]) if match[1] else (match[4], match[3])
        if sum(ch.isupper() for ch in acronym) < 2:
            return {}
        pairs[acronym] = name.strip()
    return pairs


def is_working_group(name: str) -> bool:
    """ "Community Supports Action Group", "Comité des partenaires": a body of the LIP."""
    return bool(_BODY.search(fold(name)))


_FRENCH_WORDS = frozenset(
    str.split(
        "le la les des du de et pour aux au une un en dans sur avec est sont nous leur leurs "
        "à à l d' des services immigrants nouveaux arrivants communauté"
    )
)
_ENGLISH_WORDS = frozenset(
    str.split(
        "the and of for to in with on is are our their by from newcomers community services "
        "support develop"
    )
)


def frenchness(text: str) -> int:
    """How French a text reads: French words and accents, less English words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    french = sum(w in _FRENCH_WORDS for w in words) + 2 * len(re.findall(r"[éèêàçùâîôû]", text))
    return french - sum(w in _ENGLISH_WORDS for w in words)


def language_of(text: str) -> str:
    """ "fr", "en" or "" (cannot tell), by common words and French accents."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    french = sum(w in _FRENCH_WORDS for w in words) + 2 * len(re.findall(r"[éèêàçùâîôû]", text))
    english = sum(w in _ENGLISH_WORDS for w in words)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return ""


def split_bilingual(text: str) -> tuple[str, str] | None:
    """An "English / Français" text as (English, French), or None when it is one
    language (a slash inside one phrase, "and/or", is left alone)."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*\n\s*/\s*|\s*/\s*\n\s*", text) if p.strip()]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if (
        len(parts) != 2
        and len(lines) == 2
        and {language_of(line) for line in lines}
        == {
            "en",
            "fr",
        }
    ):
        parts = lines  # "Tenir une foire d'emploi" over "Hold a job fair"
    if len(parts) != 2:
        return None
    first, second = (language_of(p) for p in parts)
    if second == "fr" and first != "fr":
        return parts[0], parts[1]
    if first == "fr" and second != "fr":
        return parts[1], parts[0]
    return None


_BULLET = re.compile(
    r"^\s*(?:[•·▪◦○●■□➢►‣\-*–—]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]\))\s+(?P<text>.+)$"
)


def split_bullets(text: str) -> list[str]:
    """Several activities in one cell (bulleted or numbered lines) → one each; a cell
    without at least two such lines stays whole."""
    lines = [line for line in text.splitlines() if line.strip()]
    items: list[str] = []
    marked = 0
    for line in lines:
        match = _BULLET.match(line)
        if match:
            marked += 1
            items.append(match["text"].strip())
        elif items:
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            items.append(line.strip())
    return items if marked >= 2 else [text.strip()]


def ticked(value: object) -> bool:
    """A year column's tick: ✓, x, yes, a date or any mark. A number other than 1 (or
    the year itself) is a value measured that year (an RBA report card's 38 % or 180),
    no tick."""
    if value is None:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value == 1 or (float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR)
    text = fold(str(value)).strip()
    return bool(text) and text not in ("no", "non", "0", "-", "false", "faux")


def measured(value: object) -> bool:
    """Whether a year column's cell holds a measured value (a number, not a tick)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and not ticked(value)


def measure_line(measure: str, values: Iterable[tuple[str, object]]) -> str:
    """A performance measure with its figures, for the action's description:
    "% of mentees employed: baseline 35 %, target 50 %, 2023: 38 %, 2024: 44 %".
    `values` are (heading, value) pairs; fractions of a "%" measure are shown as
    percentages (Excel keeps 38 % as 0.38)."""
    pairs = [(h.strip(), v) for h, v in values if v is not None and str(v).strip()]
    numbers = [v for _h, v in pairs if isinstance(v, int | float) and not isinstance(v, bool)]
    percent = "%" in measure and bool(numbers) and all(0 <= n <= 1 for n in numbers)

    def shown_value(value: object) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = value * 100 if percent else value
            text = f"{number:,.2f}".rstrip("0").rstrip(".")
            return f"{text} %" if percent else text
        return str(value).strip()

    parts = [
        # "2023: 38 %" beside a year's heading, "baseline 35 %" beside a word's.
        f"{h}: {shown_value(v)}" if h[:1].isdigit() else f"{h.lower()} {shown_value(v)}"
        for h, v in pairs
    ]
    return f"{measure.strip()}: {', '.join(parts)}" if parts else measure.strip()
