"""The sentences the core says to the coordinator, in the interface's language.

The core raises `UserError`s whose text the window shows as it is, so the text must be
written in the language the coordinator reads. `say()` takes the English sentence as a
`str.format` template and gives the French one from `messages_fr` when the interface is
in French; `set_language()` is called by the window when the language changes (the
command line stays in English). Field and item labels passed as `label`, `entity`
`field` or `kind` are words from the specs and are translated too.

A template with no French entry is said in English; a test checks that every template
passed to `say()` in the source has one.
"""

from __future__ import annotations

from typing import Any

ENGLISH, FRENCH = "en", "fr"
_TERM_PARAMS = frozenset({"label", "entity", "kind"})
_language = ENGLISH


def set_language(lang: str) -> None:
    """The language of the sentences said from now on ("en" or "fr")."""
    global _language
    _language = FRENCH if lang == FRENCH else ENGLISH


def language() -> str:
    return _language


def term(word: str, lang: str | None = None) -> str:
    """A spec's word (a field or item label) in `lang` (default: the current language)."""
    if (lang or _language) != FRENCH:
        return word
    from lipplanner.core.messages_fr import TERMS

    return TERMS.get(word) or TERMS.get(word.lower(), word)


def say(template: str, /, **params: Any) -> str:
    """`template` (English, with `{name}` fields) filled with `params`, in the current
    language."""
    if _language == FRENCH:
        from lipplanner.core.messages_fr import SENTENCES

        french = SENTENCES.get(template)
        if french is not None:
            words = {k: term(v) if k in _TERM_PARAMS and isinstance(v, str) else v
                     for k, v in params.items()}  # fmt: skip
            return french.format(**words)
    return template.format(**params)
