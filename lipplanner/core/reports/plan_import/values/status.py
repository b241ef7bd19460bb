"""Status words as people write them (and a cell's colour through the sheet's legend)
→ a status key of the plan's list; what cannot be read is kept for the person."""

from __future__ import annotations

import re
from collections.abc import Mapping

from lipplanner.core import defaults
from lipplanner.core.reports.cell_values import fold

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
    "partially achieved": "on_track", "partly achieved": "on_track",
    "partiellement atteint": "on_track", "en partie atteint": "on_track",
    "atteint": "completed", "atteinte": "completed",
    # Words of trackers and of French plans that were missing.
    "not on track": "serious_concerns", "off target": "serious_concerns",
    "needs attention": "minor_delays", "requires attention": "minor_delays",
    "paused": "minor_delays", "suspended": "minor_delays", "suspendu": "minor_delays",
    "suspendue": "minor_delays", "en pause": "minor_delays", "carried forward": "minor_delays",
    "carried over": "minor_delays", "quelques retards": "minor_delays",
    "legers retards": "minor_delays", "leger retard": "minor_delays",
    "retards importants": "serious_concerns", "preoccupations serieuses": "serious_concerns",
    "sur la bonne voie": "on_track", "begun": "on_track", "in process": "on_track",
    "wip": "on_track", "work in progress": "on_track", "launched": "on_track",
    "in implementation": "on_track", "implementation": "on_track", "en preparation": "on_track",
    "en cours de mise en oeuvre": "on_track", "en cours de mise en œuvre": "on_track",
    "mis en œuvre": "completed", "mise en œuvre": "completed", "implemented": "completed",
    "mis en oeuvre": "completed", "mise en oeuvre": "completed", "closed": "completed",
    "completee": "completed", "finalise": "completed", "finalisee": "completed",
    "proposed": "not_started", "approved": "not_started", "new": "not_started",
    "realise en continu": "ongoing", "accompli en partie": "on_track",
    "en partie accompli": "on_track", "partiellement accompli": "on_track",
}  # fmt: skip
# Phrases that say an action fell short without saying how: the person chooses
# ("Not achieved" holds "achieved", which must not make it Completed).
_ASK = frozenset({"not achieved", "not met", "non atteint", "pas atteint", "unmet",
                  "non realise", "non realisee", "pas realise", "pas realisee"})  # fmt: skip


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
# Coloured circles and squares people type as a traffic light.
_LIGHT_MARKS = {
    "🟢": "on_track", "🟩": "on_track", "🟡": "minor_delays", "🟠": "minor_delays",
    "🟨": "minor_delays", "🟧": "minor_delays", "🔴": "serious_concerns",
    "🟥": "serious_concerns", "⚪": "not_started", "⚫": "discontinued",
}  # fmt: skip
# Nothing to say yet ("N/A", "-", "TBD"): the plan's first status, no question.
_NOTHING = frozenset({"n/a", "na", "-", "--", "tbd", "tbc", "s.o", "so", "?"})
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
# "50% complete", "75 % réalisé": the percent says where it stands, not the word.
_PERCENT_DONE = re.compile(
    r"^(\d{1,3}(?:[.,]\d+)?\s?%)\s*(?:complete|completed|done|realise|realisee|complete|"
    r"termine|terminee|acheve)?$"
)
_FRACTION = re.compile(r"^0?[.,]\d*[1-9]\d*$")  # strictly between 0 and 1


_PERCENT_WORDS = re.compile(
    r"^\s*(\d{1,3}(?:[.,]\d+)?)\s?(?:%|pour cent|percent|per cent)\s*"
    r"(?:complete|completed|done|achieved|realise|realisee|réalisé|réalisée|complété|"
    r"completee|termine|terminé|acheve|achevé)?\s*$",
    re.IGNORECASE,
)


def percent_written(value: object) -> object:
    """A percent cell as people write it, for the number reader: "75% complete",
    "40 % réalisé", "40 pour cent" → "75%", "40%"; anything else as it is."""
    if isinstance(value, str) and (match := _PERCENT_WORDS.match(value)):
        return f"{match[1]}%"
    return value


def completion_question(heading: str) -> bool:
    """Whether a column's heading asks whether the action is done ("Completed?")."""
    return bool(_COMPLETION_QUESTION.search(fold(heading).strip()))


def status_of_percent(text: str) -> str | None:
    """ "50%" written as a status: 0 % not started, 100 % completed, else on track. A
    bare fraction ("0.5") is a percentage too: Excel keeps a "50 %" cell as 0.5."""
    text = text.strip()
    if _FRACTION.match(text):
        return "on_track"
    match = _PERCENT.match(text)
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
        self.phrases = sorted({*self.table, *_ASK}, key=len, reverse=True)
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
        if mark in _LIGHT_MARKS:
            return _LIGHT_MARKS[mark]
        if mark in _NOTHING:
            return "not_started"
        if heading and completion_question(heading):
            if mark in _YES:
                return "completed"
            if mark in _NO or (mark and set(mark) <= _CROSSES):
                return "not_started"  # not done says nothing more: the plan's first status
        if mark in _LIGHT_LETTERS:
            return _LIGHT_LETTERS[mark]
        written = _PERCENT_DONE.match(mark)
        percent = status_of_percent(written[1] if written else mark)
        if percent:
            return percent
        bare = _bare(text)
        if not bare:
            return None
        if bare in self.table:
            if bare in _MERELY_STARTED and (aside := re.findall(r"\(([^)]*)\)", text)):
                # "In progress (delayed)": the words in brackets say how it goes.
                found_aside = self.words(" ".join(aside))
                if found_aside and found_aside != self.table[bare]:
                    return found_aside
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
        found.sort(key=lambda hit: (hit[0], -len(hit[1])))  # the longest at a place
        if found and found[0][1] in _ASK:
            return None
        found = [(at, p) for at, p in found if p in self.table]
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
