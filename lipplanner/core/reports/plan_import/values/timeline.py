"""Timelines as people write them → a span of dates.

"2014\n2015", "Q2 2021", "T3 2019-2020", "Printemps 2025", "Years 2-3", "Dec-21",
"Ongoing": each is a span (start, end, ongoing).

Years: a bare "2014" is the fiscal year starting in April 2014 (plans follow IRCC's
fiscal year); "2014-2015" is that one fiscal year, and "2020-2025" the years from April
2020 to March 2025. "Q2 2021" names a calendar quarter (a city's year), "Q2 2021-22"
or "T2 2021-2022" a fiscal one; "FY2022" is the fiscal year from April 2022, as a bare
"2022" is, so "Q4 FY2022" is January to March 2023.

Phrases counted from the plan's start are dated by its years and flagged `relative`
(the build keeps the sheet's words in a note): "Short term" is year 1, "Medium term"
years 2-3, "Long term" years 4-5 (a LIP plan runs three to five years; a shorter plan's
long term is its last year, when its title names its years); "Phase n" is year n;
"Immediate" year 1; "Within 6 months" the plan's first six months.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from lipplanner.core.periods import MAX_YEAR, MIN_YEAR, Period
from lipplanner.core.reports.cell_values import (
    _MONTHS,
    CellError,
    ErrorValue,
    error_phrase,
    fold,
    read_date,
)


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
_FISCAL_SHORT = re.compile(r"^(?:fy|ex)\s?(\d\d)\s?[-/]\s?(\d\d)$")  # "FY23/24"
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
    rf"^(?:year|yr|y|an|annee)s?\s?([1-9])(?:\s?(?:-|to|a|–)\s?(?:year|yr|y|an)?\s?([1-9]))?"
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
# "Short to medium term", "Medium-long term", "Court à moyen terme": both terms' years.
_TERMS_SPANNED = re.compile(
    r"^(?:a |au |dans le )?(short|medium|mid|long|court|moyen)(?:[\s-]?term)?"
    r"\s?(?:to|-|–|/|a|au|ou|or)\s?(short|medium|mid|long|court|moyen)[\s-]?(?:terms?|terme)$"
)
# Years of the plan, first and last, that each term covers (a 5-year plan's reading).
_TERMS = {"short": (1, 1), "court": (1, 1), "medium": (2, 3), "mid": (2, 3), "moyen": (2, 3),
          "long": (4, 5)}  # fmt: skip
_PHASE = re.compile(r"^(?:phase|etape|stage)\s?([1-9])(?:\s?(?:-|to|a|–|&|and|et)\s?([1-9]))?$")
_IMMEDIATE = re.compile(
    r"^(?:immediate|immediately|immediat|immediatement|right away|now|asap|"
    r"as soon as possible|des que possible|des maintenant|tout de suite|sans delai|"
    r"first year|premiere annee|in the first year|within the first year|"
    r"au cours de la premiere annee|"
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
    r"(?:\d{1,2}\s?(?:-|to|a|–)\s?)?(\d{1,2}|[a-z-]+)\s+(?:prochains?\s+|premiers?\s+|premieres\s+)?"
    r"(months?|mois|years?|ans?|annees?)"
    r"(?:\s+(?:of the plan|du plan|prochains?|premiers?))?$"
)
_MONTH_NUMBER = re.compile(r"^(0?[1-9]|1[0-2])\s?[/.-]\s?((?:19|20)\d\d)$")
_YEAR_MONTH = re.compile(r"^((?:19|20)\d\d)[/.-](0[1-9]|1[0-2])$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")  # an Excel date serial typed as text
_UNKNOWN = re.compile(
    r"^(?:tbd|tbc|tba|a determiner|a confirmer|n/?a|-+|\?+|to be determined|to be confirmed|"
    r"a venir|upcoming|future|pending|en attente)$"
)
# "Q2" alone: that quarter of the plan's first fiscal year (a year's work plan).
_BARE_QUARTER = re.compile(r"^(?:q|t|quarter|trimestre)\s?([1-4])$")
# "À l'automne 2024", "au printemps 2025", "en été 2024": a season with its preposition.
_SEASON_WITH = re.compile(rf"^(?:a l'|au |en |a la |l'|le |la )([a-z]+)\s+(?:de\s+|d')?({_YEAR})$")
_ONWARD = re.compile(rf"^({_YEAR})\s?(?:onwards?|and beyond|and on|et au-dela|et suivantes?)$")


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
    if _ONWARD.match(fold(raw).rstrip(".")):  # "2025 and beyond" is no pair of timelines
        return _one_timeline(fold(raw).rstrip("."), first_year, last_year)
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
    if match := re.fullmatch(rf"({_YEAR})\s?\+", compact) or _ONWARD.match(compact):
        return Span(date(int(match[1]), 4, 1), None, True)  # "2026+": from then on
    if match := re.fullmatch(rf"(?:fy|ex)\s?({_YEAR})", compact):
        return _fiscal(int(match[1]))
    if match := _YEAR_MONTH.match(compact):
        # "2023-09" is September; "2011-12" stays the fiscal year 2011-12.
        year, month = int(match[1]), int(match[2])
        if _follow(year, match[2]) <= year:
            return Span(date(year, month, 1), _month_end(year, month))
    if (match := _FISCAL_SHORT.match(compact)) and int(match[2]) == (int(match[1]) + 1) % 100:
        return _fiscal(2000 + int(match[1]))
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
    if match := _SEASON.match(compact) or _SEASON_WITH.match(compact):
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
    elif match := _TERMS_SPANNED.match(text):
        years = (_TERMS[match[1]][0], _TERMS[match[2]][1])
    elif match := _PHASE.match(text):
        years = (int(match[1]), int(match[2] or match[1]))
    elif _IMMEDIATE.match(text):
        years = (1, 1)
    elif match := _BARE_QUARTER.match(text):
        if first_year is None:
            raise CellError(f"“{text}” names a quarter of a year that is not known")
        period = Period(first_year, int(match[1]))
        return Span(period.start, period.end, relative=True)
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
    r"a partir de|a compter de|beginning|by|d'ici|avant|before|no later than|"
    r"(?:to be )?complete[ds]? by|due(?: by)?|deadline:?|au plus tard(?: en| le)?)\s+"
    r"(?:l'|le |la (?!fin))?(.+)$"
)
_BY = ("by", "d'ici", "avant", "before", "no later than", "due", "deadline", "au plus tard")
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

    if re.search(r"[a-z]/[a-z]", text):  # "Spring/Summer 2024": a range, said short
        return read(re.sub(r"(?<=[a-z])/(?=[a-z])", " - ", text))
    if re.search(r"\d/[a-z]", text):  # "Fall 2024/Winter 2025": a range too
        return read(re.sub(r"(?<=\d)/(?=[a-z])", " - ", text))
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
        if match[2].startswith(_BY) or match[2].endswith(" by"):
            return Span(None, whole.end or whole.start)
        ongoing = bool(match[1]) or match[2] in ("since", "depuis")
        return Span(whole.start or whole.end, None, ongoing)
    for mark in _RANGE_MARK.finditer(text):
        left, right = text[: mark.start()], text[mark.end() :]
        second = read(right)
        if not left or second is None:
            continue
        said = _TRAILING_YEAR.search(right)
        first = None
        if said and not _TRAILING_YEAR.search(left):
            # "Q1-Q2 2022", "Jan - Jun 2022": the year said once, for both
            first = read(f"{left} {said[0]}")
        if first is None:
            first = read(left)
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


_QUARTER_INSIDE = re.compile(
    rf"\b(?:q|t)[1-4]\s+(?:fy\s?)?{_YEAR}(?:\s?[-/]\s?(?:19|20)?\d\d)?\b", re.IGNORECASE
)


def quarter_in(text: str) -> Period | None:
    """The quarter a heading names inside it ("Status Update (Q4 2024-25)", "Progress –
    T2 2023-2024"), read as `quarter_named` reads a sheet's name; None when it names
    none."""
    found = _QUARTER_INSIDE.search(text)
    return quarter_named(found[0]) if found else None


def reported_quarter(value: object) -> Period | None:
    """The quarter a long-format tracker's row reports on: "Q1 2024-25", "T2 2022-2023",
    "Jan-Mar 2024", or a date in it (the report's date); None for anything else."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Period.containing(value)
    return quarter_named(value) if isinstance(value, str) else None


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


# "2025-2028", "2025–28", "2024 to 2027", "2024 à 2027", "de 2024 a 2027": a span of
# years in a title; not a date ("2026-12-04"), whose second part runs on.
_PLAN_SPAN = re.compile(
    rf"(?<![\d/-])({_YEAR})\s*(?:-|/|\bto\b|\ba\b|\bau\b|\bjusqu'en\b)\s*"
    r"((?:19|20)?\d\d)(?![\d/-]|\.\d)"
)


def plan_years_named(texts: Iterable[str]) -> tuple[int, int] | None:
    """(first, last) fiscal year of the first span of years a title names: "Strategic
    Plan 2025-2028" and "2025-28 Action Plan" run from April 2025 to March 2028, so
    2025 to 2027; "Action plan 2025-2026" is one fiscal year. None when no title names
    a span (one year alone says no length)."""
    for text in texts:
        for match in _PLAN_SPAN.finditer(fold(text)):
            first = int(match[1])
            span = _range(first, _follow(first, match[2]))
            if span.start and span.end:
                return span.start.year, span.end.year - 1
    return None
