"""Names from the sheet that are close to, but not exactly, a partner the plan lists.

Two kinds of closeness: a *suggestion* (listed for the coordinator to pick) and the
*same organisation* (safe to preset). Names of organisations share many generic words
("Conseil scolaire …", "… Services", "City of …"), so two different school boards look
alike to a fuzzy score; only the words left once the generic ones are set aside tell
whether two names are one organisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils

from lipplanner.core.reports.plan_import.preview import PartnerMatch

SUGGESTIONS = 3
MIN_SCORE = 70  # below this a "suggestion" misleads more than it helps
SAME_SCORE = 90  # distinctive words this close differ only by a typo
TYPO_SCORE = 95  # whole names this close differ by a letter or two

# Words that say what kind of organisation it is, not which one (English and French,
# folded: lower case, no accents). Short linking words are in the list too.
_GENERIC = """
    the of and for in on at to a an de du des la le les l d et pour en au aux
    association associations centre center centres centers services service society
    societe council conseil scolaire school board commission city town ville
    county region regional municipality municipalite township canton village
    inc incorporated ltd limited corporation corp co organization organisation
    agency agence office bureau network reseau group groupe committee comite
    foundation fondation community communautaire communaute public publique
    program programme department departement division branch
"""
GENERIC_WORDS = frozenset(_GENERIC.split())


def _folded(text: str) -> str:
    """Lower case without accents: "Rivière" and "riviere" are one word."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    # "Men's" is one word for initials ("YMCA"), "l'Ontario" is two.
    return re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", _folded(text)))


def distinctive_words(name: str) -> frozenset[str]:
    """The words of an organisation's name that tell it from others of its kind."""
    return frozenset(w for w in _words(name) if w not in GENERIC_WORDS)


def _acronyms(name: str) -> set[str]:
    """The acronyms a name may go by: its initials (all words, or the non-linking
    ones), and a short word in capitals or in brackets ("… Centre (RNC)")."""
    words = _words(re.sub(r"\([^)]*\)", " ", name))
    linking = {"the", "of", "and", "for", "de", "du", "des", "la", "le", "les", "l", "d", "et"}
    found = {
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in linking),
    }
    for bracketed in re.findall(r"\(([^)]*)\)", name):
        found.update(_words(bracketed))
    found.update(w.casefold() for w in re.findall(r"\b[A-Z]{2,}\b", name))
    return {a for a in found if len(a) >= 2}


def same_organisation(name: str, known: str) -> bool:
    """Whether `name` from the sheet surely means the plan's partner `known`: the same
    distinctive words (any order, case or accents, or one typo apart), or one is the
    other's acronym. "Conseil scolaire Viamonde" is not "Conseil scolaire Rivière-Nord"."""
    ours, theirs = distinctive_words(name), distinctive_words(known)
    if ours and ours == theirs:
        return True
    if ours and theirs:
        score = fuzz.ratio(" ".join(sorted(ours)), " ".join(sorted(theirs)))
        if score >= SAME_SCORE:
            return True
    if fuzz.ratio(" ".join(_words(name)), " ".join(_words(known))) >= TYPO_SCORE:
        return True  # "Riverside Pubic Library": a letter or two apart in long names
    ours_alone, theirs_alone = _words(name), _words(known)
    if len(ours_alone) == 1 and ours_alone[0] in _acronyms(known):
        return True
    return len(theirs_alone) == 1 and theirs_alone[0] in _acronyms(name)


def partner_matches(names: Sequence[str], known: Sequence[str]) -> list[PartnerMatch]:
    """For each name, the closest names among `known`, best first (token order and
    case ignored: "Centre, Riverside Newcomer" finds "Riverside Newcomer Centre"); a
    name's same organisations (an acronym, say, which scores low) come first."""
    matches = []
    for name in names:
        found = process.extract(
            name,
            known,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=SUGGESTIONS,
            score_cutoff=MIN_SCORE,
        )
        suggestions = [choice for choice, _score, _index in found]
        same = [k for k in known if same_organisation(name, k)]
        suggestions = [*same, *(s for s in suggestions if s not in same)][:SUGGESTIONS]
        matches.append(PartnerMatch(name, suggestions))
    return matches


def presumed_partner(match: PartnerMatch) -> str | None:
    """The suggestion to preset for a name: the one that is the same organisation, else
    none (the coordinator sees the suggestions and picks one if it is right). Two that
    qualify ("Riverside School Board", "City of Riverside" for "Ville de Riverside") are
    a guess between organisations: none is preset."""
    same = [s for s in match.suggestions if same_organisation(match.name, s)]
    return same[0] if len(same) == 1 else None
