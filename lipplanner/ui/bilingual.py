"""Showing the plan's bilingual names (partnership, plan, priorities, objectives,
actions, partners, bodies, practices, statuses, vocabulary terms).

The read model already picks a language with a fallback (`PlanView` items have
`title(lang)`, `name(lang)` or `label(lang)`); views pass `context.lang`, which
follows the interface language. These helpers cover what views repeat: naming any
item the same way, and telling the user a name also exists in the other language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def other_language(lang: str) -> str:
    return "en" if lang == "fr" else "fr"


def display_name(item: Any, lang: str) -> str:
    """The item's name in `lang` (falling back to the other language): works for any
    PlanView value, whichever of title/name/label it has."""
    for method in ("title", "name", "label"):
        picker = getattr(item, method, None)
        if callable(picker):
            return str(picker(lang))
    raise TypeError(f"{type(item).__name__} has no bilingual name")


def _forms(item: Any) -> tuple[str, str]:
    for field in ("title", "name", "label"):
        if hasattr(item, f"{field}_en"):
            return str(getattr(item, f"{field}_en") or ""), str(getattr(item, f"{field}_fr") or "")
    raise TypeError(f"{type(item).__name__} has no bilingual name")


def is_fallback(item: Any, lang: str) -> bool:
    """Whether the name shown for `lang` is really the other language's (the plan has
    no name in `lang` for this item)."""
    en, fr = _forms(item)
    return not (fr if lang == "fr" else en).strip() and bool((en if lang == "fr" else fr).strip())


def names_tooltip(item: Any, lang: str) -> str:
    """A tooltip giving the name in the other language, or saying it is missing;
    "" when the item has the same name in both languages."""
    en, fr = _forms(item)
    if en.strip() == fr.strip():
        return ""
    if is_fallback(item, lang):
        if lang == "fr":
            return QCoreApplication.translate("bilingual", "No French name yet")
        return QCoreApplication.translate("bilingual", "No English name yet")
    other = fr if lang == "en" else en
    if not other.strip():
        return ""
    if lang == "en":
        return QCoreApplication.translate("bilingual", "French: %1").replace("%1", other)
    return QCoreApplication.translate("bilingual", "English: %1").replace("%1", other)
