"""The interface language: which one to use, the translators that provide it, and
locale-aware formatting of dates and numbers.

The chosen language is a Preferences value (QSettings "ui/language": "en", "fr", or
"" for the system's language). `install_language` runs once at start-up, before the
main window is built; `switch_language` swaps the translators while the app runs
(Qt then sends every widget a `QEvent.Type.LanguageChange`). Widgets set their text
once, when built, so `i18n_actions.apply_language` rebuilds the main window around
the same open plan rather than asking every widget to retranslate itself.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from lipplanner.core import messages
from lipplanner.core.periods import Period, fiscal_year_label
from lipplanner.core.typed_numbers import UnreadableNumber, read_number

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
SYSTEM = ""  # the settings value meaning "follow the system's language"
ENGLISH = "en"
FRENCH = "fr"
LANGUAGES = (ENGLISH, FRENCH)
CATALOGUE = "lipplanner"  # lipplanner_fr.qm

# The translators installed now, kept referenced here: Qt does not own them, and a
# translator collected by Python while installed would silently stop translating.
_installed: list[QTranslator] = []
_current = ENGLISH


def translations_dir() -> Path:
    """Where lipplanner_<lang>.qm is: the shared resource folder when the app has one,
    else resources/translations next to the package (a source checkout)."""
    try:
        from lipplanner.resources import resource_path  # type: ignore[import-not-found]
    except ImportError:
        return Path(__file__).resolve().parents[2] / "resources" / "translations"
    return Path(resource_path("translations"))


def qt_translations_dir() -> str:
    """Qt's own catalogues (qtbase_fr.qm, …) shipped with PySide6."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def saved_choice() -> str:
    """The language chosen in Preferences: "en", "fr", or "" for the system's."""
    value = str(QSettings().value(LANGUAGE_KEY, SYSTEM) or "")
    return value if value in LANGUAGES else SYSTEM


def save_choice(choice: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, choice if choice in LANGUAGES else SYSTEM)


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show for a Preferences choice: the system's language when it
    is one we have, English otherwise."""
    if choice in LANGUAGES:
        return choice
    language = (system or QLocale.system()).language()
    return FRENCH if language == QLocale.Language.French else ENGLISH


def locale_for(lang: str) -> QLocale:
    """The locale that formats dates and numbers: the system's own variant when it
    speaks this language (fr_BE stays Belgian), else the Canadian one."""
    system = QLocale.system()
    wanted = QLocale.Language.French if lang == FRENCH else QLocale.Language.English
    if system.language() == wanted:
        return QLocale(wanted, system.territory())
    return QLocale(wanted, QLocale.Country.Canada)


def current_language() -> str:
    """The language the interface shows now ("en" or "fr")."""
    return _current


def install_language(app: QCoreApplication, choice: str | None = None) -> str:
    """Set up the interface language before any window is built.

    `choice` defaults to the saved Preferences value. Returns the language in use.
    """
    return switch_language(app, saved_choice() if choice is None else choice)


def ensure_installed(app: QCoreApplication) -> None:
    """Install the current language's translators if none are (as app start-up does)."""
    if not _installed:
        switch_language(app, _current)


def switch_language(app: QCoreApplication, choice: str) -> str:
    """Replace the installed translators by those for `choice` and make its locale the
    default one. Qt posts a LanguageChange event to every widget. Returns "en"/"fr"."""
    global _current
    lang = resolve(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    if lang != ENGLISH:  # the source strings are English
        own = QTranslator()
        if own.load(f"{CATALOGUE}_{lang}", str(translations_dir())):
            _installed.append(own)
        else:  # a broken install: Qt's own words still change, ours stay English
            log.warning("no %s_%s.qm in %s", CATALOGUE, lang, translations_dir())
        # Qt's standard buttons and dialogs (Cancel → Annuler, file dialogs, …).
        qt = QTranslator()
        if qt.load(locale, "qtbase", "_", qt_translations_dir()):
            _installed.append(qt)
    else:
        _installed.append(EnglishPlurals())
    for translator in _installed:
        app.installTranslator(translator)
    messages.set_language(lang)  # the core's own sentences (its errors) follow
    _current = lang
    return lang


_PLURAL = re.compile(r"(\w+)\((s|es|ies)\)")


def english_plural(source: str, n: int) -> str:
    """`source` with each "word(s)" read for `n`: "%n partner(s)" → "%n partner" for 1,
    "%n partners" otherwise; "body(ies)" → "body" / "bodies"."""

    def one(match: re.Match[str]) -> str:
        word, ending = match.groups()
        if n == 1:
            return word
        return word[:-1] + "ies" if ending == "ies" and word.endswith("y") else word + ending

    return _PLURAL.sub(one, source)


class EnglishPlurals(QTranslator):
    """The English "translation" of Qt's plural-aware strings (`tr(text, "", n)`).

    The source strings are English but written once for every count ("%n partner(s)");
    Qt looks their singular and plural forms up in a catalogue. Rather than keep an
    English catalogue in step with the code, this reads the forms from the source.
    """

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(" not in source:
            return None  # no translation: Qt shows the source string
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


def language_names() -> list[tuple[str, str]]:
    """The Preferences choices: (settings value, label). Each language is named in
    itself so that someone who cannot read the current one still finds theirs."""
    return [
        (SYSTEM, QCoreApplication.translate("i18n", "System language")),
        (ENGLISH, "English"),
        (FRENCH, "Français"),
    ]


def plain_label(label: str) -> str:
    """A field's caption as a word for sentences and screen readers: "D&escription:"
    -> "Description". French puts a no-break space before the colon ("Description :"):
    stripping only the colon left it, and "They changed: %s." read "Description ." """
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip().rstrip(":").rstrip()


# ---- formatting ---------------------------------------------------------------------


def _qdate(value: date | QDate) -> QDate:
    if isinstance(value, QDate):
        return value
    if isinstance(value, datetime):
        value = value.date()
    return QDate(value.year, value.month, value.day)


def format_date(value: date | QDate | None, style: str = "short") -> str:
    """A date as the interface language writes it; "" for no date.

    style "short": 2025-04-01 in Canada (the system's short form elsewhere);
    "medium": 1 Apr 2025 / 1 avr. 2025; "long": Tuesday, April 1, 2025 / mardi 1 avril 2025.
    """
    if value is None:
        return ""
    locale = QLocale()
    qdate = _qdate(value)
    if style == "medium":
        return locale.toString(qdate, "d MMM yyyy")
    kind = QLocale.FormatType.LongFormat if style == "long" else QLocale.FormatType.ShortFormat
    return locale.toString(qdate, kind)


def format_datetime(value: datetime | QDateTime | None) -> str:
    """A moment (history, backups) in the locale's short form; "" for none."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = QDateTime(_qdate(value.date()), QTime(value.hour, value.minute, value.second))
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def format_number(value: float | int, decimals: int = 0) -> str:
    """1,234.5 in English, 1 234,5 in French."""
    return QLocale().toString(float(value), "f", decimals)


def format_percent(fraction: float | int | None, decimals: int = 0) -> str:
    """A share given as a fraction (0.42) as the language writes it: 42% / 42 %."""
    if fraction is None:
        return ""
    return QLocale().toString(float(fraction) * 100, "f", decimals) + percent_suffix()


def percent_suffix() -> str:
    """What follows a percentage: "%" in English; French typography puts a
    no-break space before the sign (42 %). For chart label formats too."""
    locale = QLocale()
    space = "\u00a0" if locale.language() == QLocale.Language.French else ""
    return space + locale.percent()


def format_fiscal_year(year: int) -> str:
    """A fiscal year as the interface language writes it: 2025-26 in English,
    2025-2026 in French (the Government of Canada's usage, « exercice 2025-2026 »)."""
    if QLocale().language() == QLocale.Language.French:
        return f"{year}-{year + 1}"
    return fiscal_year_label(year)


def format_period(period: Period) -> str:
    """A reporting period as the interface language names it, the one form every view,
    message and heading uses: Q3 2025-26 / T3 2025-2026, or the year alone (the core's
    `Period.label`, 2025-26-Q3, is the form of files and the command line)."""
    year = format_fiscal_year(period.year)
    if period.quarter is None:
        return year
    return (
        QCoreApplication.translate("i18n", "Q%1 %2", "a quarter of a fiscal year: Q3 2025-26")
        .replace("%1", str(period.quarter))
        .replace("%2", year)
    )


def parse_number(text: str) -> float | None:
    """A number as typed in the interface language (12,5 and 1 234,5 in French;
    12.5 and 1,234.5 in English), or None when the text is empty or not a finite number
    written that way ("12,5" typed in English is refused, not read as 125)."""
    try:
        number = read_typed_number(text)
    except UnreadableNumber:
        return None
    return None if number is None else float(number)


def read_typed_number(text: str) -> Decimal | None:
    """As `parse_number`, exactly (a Decimal), telling empty (None) from unreadable:
    raises `UnreadableNumber` for a form the language does not write."""
    return read_number(text, current_language())


def editable_number(value: float | Decimal | None, decimals: int | None = None) -> str:
    """A number put back in an edit box, as the language writes it without grouping
    (1500,5 / 1500.5), so `parse_number` reads it back unchanged."""
    if value is None:
        return ""
    if decimals is None:
        rounded = round(float(value), 2)
        decimals = next(d for d in (0, 1, 2) if round(rounded, d) == rounded)
    locale = QLocale()
    return locale.toString(float(value), "f", decimals).replace(locale.groupSeparator(), "")


def format_amount(value: float | Decimal | None) -> str:
    """Dollars with cents as the language writes them: 5,000.00 / 5 000,00."""
    return "" if value is None else format_number(float(value), 2)
