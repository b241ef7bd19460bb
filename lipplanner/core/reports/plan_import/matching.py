"""Names from the sheet that are close to, but not exactly, a partner the plan lists."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils

from lipplanner.core.reports.plan_import.preview import PartnerMatch

SUGGESTIONS = 3
MIN_SCORE = 70  # below this a "suggestion" misleads more than it helps


def partner_matches(names: Sequence[str], known: Sequence[str]) -> list[PartnerMatch]:
    """For each name, the closest names among `known`, best first (token order and
    case ignored: "Centre, Riverside Newcomer" finds "Riverside Newcomer Centre")."""
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
        matches.append(PartnerMatch(name, [choice for choice, _score, _index in found]))
    return matches
