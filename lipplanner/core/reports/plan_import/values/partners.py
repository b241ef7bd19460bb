"""A cell of partners → the names in it (lead first), and acronym keys in one cell."""

from __future__ import annotations

import re
from collections.abc import Collection

from lipplanner.core.reports.cell_values import fold

_HARD_SPLIT = re.compile(r"\s*(?:;|\n|•|\|)\s*")
# "X with support from Y", "X en collaboration avec Y", "Lead: X / Partners: Y": the
# words that join a lead to its partners split like ";" (the lead stays first).
_JOINING = re.compile(
    r"\s+(?:with (?:the )?support (?:from|of)|supported by|in partnership with|"
    r"in collaboration with|avec l'appui d[eu]|avec le soutien d[eu]|"
    r"en collaboration avec|en partenariat avec)\s+"
    r"|\s*/\s*(?=(?:partners?|partenaires?|support\w*|soutien)\s*[:\-–])",
    re.IGNORECASE,
)
# A piece after a comma that goes on the name before it ("Ministère de l'Immigration,
# de la Francisation et de l'Intégration"): no organisation on its own.
_GOES_ON = re.compile(r"^(?:de|du|des|d'|d’|of|and|et|la|le|les|l'|l’|the|for|pour)\b", re.I)
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s+(?:and|et|&)\s+")
_BODY = re.compile(
    r"\b(?:action|working|steering|advisory) (?:group|table)\b|\bsub-?council\b|"
    r"\b(?:sub-?)?committee\b|\bgroupe de travail\b|\b(?:sous-)?comite\b|\bworking group\b"
)


def _organisation(part: str, known: Collection[str]) -> bool:
    """Whether a piece of a list can stand alone as an organisation's name."""
    words = part.split()
    if _GOES_ON.match(part):
        return fold(part) in known
    return (
        fold(part) in known
        or len(words) >= 2
        or (len(part) >= 2 and sum(ch.isupper() for ch in part) >= 2)
    )


# Words that stand where a partner would but name none ("TBD", "All partners").
_NO_PARTNER = re.compile(
    r"^(?:tbd|tbc|n/?a|none|nil|aucun|aucune|-+|\?+|to be (?:determined|confirmed)|"
    r"a determiner|a confirmer|various|divers|multiple|everyone|tous|toutes|others|autres|"
    r"plusieurs|etc|partners|partenaires|"
    r"(?:the\s+)?(?:lip|rif|community|communautaires?)\s+(?:partners?|partenaires?|members?|"
    r"membres?)|partenaires communautaires|membres du (?:lip|rif|reseau|conseil)|"
    r"(?:all|tous les|toutes les|various|other|autres|multiple|several|divers|plusieurs)\s+"
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


# People a plan works with, written beside its partners ("Collège Boréal, employeurs"):
# a group, not an organisation to list or ask for updates.
_GROUP = re.compile(
    r"^(?:(?:local|area|regional|les|des)\s+)?(?:employers?|employeurs?|businesses|"
    r"entreprises|families|familles|newcomers|nouveaux arrivants|immigrants|youth|jeunes|"
    r"seniors|aines|volunteers|benevoles|residents|citoyens|parents|students|etudiants|"
    r"schools|ecoles|faith groups|landlords|proprietaires)$"
)


def no_partner(name: str) -> bool:
    """Whether a name in a partner column names no one ("TBD", "All partners") or a
    group of people rather than an organisation ("employers", "familles")."""
    folded = fold(name).strip(" .")
    return bool(_NO_PARTNER.match(folded) or _GROUP.match(folded))


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
    for piece in _HARD_SPLIT.split(_JOINING.sub("; ", text)):
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
    # (A group beside them — "Collège Boréal, employeurs" — does not hold the list together.)
    organisations = all(_organisation(_LEAD_MARK.sub("", p), known) or no_partner(p) for p in parts)
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
        "unit partnership partenariat healthcare clinic clinique museum musee coalition "
        "corporation federation cooperative"
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
