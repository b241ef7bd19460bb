"""The French translation: complete, compiled, found at run time, Qt's own dialogs
included, and dates and numbers written the French way."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from lipplanner.core.periods import Period
from lipplanner.tools import translations
from lipplanner.ui import i18n


@pytest.fixture
def french(qapp: QApplication) -> Iterator[str]:
    """The interface in French for one test; English again afterwards."""
    yield i18n.switch_language(qapp, "fr")
    i18n.switch_language(qapp, "en")


# ---- the shipped catalogue ----------------------------------------------------------


def test_every_interface_string_has_a_french_translation() -> None:
    collection = translations.collect([translations.PACKAGE_DIR])
    assert len(collection.messages) > 10  # the collector really read the package
    problems = collection.problems + translations.untranslated(
        translations.read_ts(translations.ts_path()), collection
    )
    assert not problems, (
        "Strings without a finished French translation (run `python -m "
        "lipplanner.tools.translations update`, translate them in "
        "resources/translations/lipplanner_fr.ts, then `build`):\n" + "\n".join(problems)
    )


def test_the_compiled_catalogue_is_the_current_ts() -> None:
    assert translations.qm_is_current(), (
        "resources/translations/lipplanner_fr.qm differs from a fresh lrelease of the .ts: "
        "run `python -m lipplanner.tools.translations build` and commit the .qm"
    )


def test_the_app_finds_the_catalogue_where_it_is_installed() -> None:
    assert (i18n.translations_dir() / "lipplanner_fr.qm").is_file()


# ---- the collector files strings where PySide6 looks them up -------------------------


def _write(folder: Path, name: str, code: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(code), encoding="utf-8")


@pytest.fixture
def sample_package(tmp_path: Path) -> Path:
    root = tmp_path / "lipplanner"
    _write(root, "__init__.py", "")
    _write(
        root,
        "ui/labels.py",
        """
        from PySide6.QtCore import QCoreApplication

        def tr(text: str) -> str:
            return QCoreApplication.translate("labels", text)

        def kinds() -> dict[str, str]:
            return {"council": tr("Council")}
        """,
    )
    _write(
        root,
        "ui/views/page.py",
        """
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QWidget
        from lipplanner.ui.labels import tr as _tr
        from ..labels import tr as relative

        class Page(QWidget):
            def build(self, count: int, name: str) -> None:
                self.setWindowTitle(
                    self.tr("Lead "
                            "partner")
                )
                QCoreApplication.translate("Other", "Start", "the beginning of an action")
                self.tr("%n action(s)", "", count)
                self.setToolTip(_tr("Committee") + relative("Secretariat"))
                self.tr(f"Hello {name}")
                self.table.tr("Problem")
                _tr(name)  # nothing marks what `name` can be
        """,
    )
    _write(
        root,
        "ui/views/marked.py",
        """
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

        VIEWS = (("dashboard", QT_TRANSLATE_NOOP("views", "Dashboard")),)

        def titles() -> list[str]:
            return [QCoreApplication.translate("views", title) for _key, title in VIEWS]
        """,
    )
    return root


def test_collector_uses_the_contexts_pyside6_uses(sample_package: Path) -> None:
    found = translations.collect([sample_package])
    keys = {(k.context, k.source, k.comment) for k in found.messages}
    assert keys == {
        ("labels", "Council", ""),
        ("labels", "Committee", ""),  # through an aliased import
        ("labels", "Secretariat", ""),  # through a relative import
        ("Page", "Lead partner", ""),  # implicit concatenation joined
        ("Other", "Start", "the beginning of an action"),
        ("Page", "%n action(s)", ""),
        ("views", "Dashboard", ""),  # marked, then translated from a variable
    }
    numerus = [k.source for k, f in found.messages.items() if f.numerus]
    assert numerus == ["%n action(s)"]
    problems = sorted(found.problems)
    assert len(problems) == 3, problems
    assert "f-string" in problems[0] and "no fixed context" in problems[1]
    assert "tr() of a variable" in problems[2]
    locations = {loc for f in found.messages.values() for loc, _line in f.locations}
    assert locations == {
        "../../lipplanner/ui/labels.py",
        "../../lipplanner/ui/views/page.py",
        "../../lipplanner/ui/views/marked.py",
    }


def test_a_catalogue_built_from_the_collection_translates_at_run_time(
    sample_package: Path, tmp_path: Path, qapp: QApplication
) -> None:
    catalogue = translations.merge(
        translations.Catalogue("fr_CA"), translations.collect([sample_package])
    )
    french = {"Council": "Conseil", "Committee": "Comité", "Lead partner": "Partenaire"}
    for entry in catalogue.entries.values():
        if entry.key.source in french:
            entry.translation, entry.state = french[entry.key.source], "finished"
    ts, qm = tmp_path / "sample_fr.ts", tmp_path / "sample_fr.qm"
    translations.write_ts(catalogue, ts)
    translations.compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("labels", "Council") == "Conseil"
        assert QCoreApplication.translate("labels", "Committee") == "Comité"
        assert QCoreApplication.translate("Page", "Lead partner") == "Partenaire"
    finally:
        qapp.removeTranslator(translator)


def test_update_keeps_translations_and_parks_vanished_strings(sample_package: Path) -> None:
    old = translations.Catalogue("fr_CA")
    kept = translations.Key("labels", "Council")
    gone = translations.Key("labels", "Removed from the code")
    old.entries[kept] = translations.Entry(kept, "Conseil", state="finished")
    old.entries[gone] = translations.Entry(gone, "Retiré", state="finished")
    other = translations.Key("Elsewhere", "Committee")
    old.entries[other] = translations.Entry(other, "Comité", state="finished")

    merged = translations.merge(old, translations.collect([sample_package]))

    assert merged.entries[kept].translation == "Conseil" and merged.entries[kept].done
    assert merged.entries[gone].state == "vanished"  # kept for when the code uses it again
    same_text = merged.entries[translations.Key("labels", "Committee")]
    assert same_text.translation == "Comité" and not same_text.done  # a translator confirms
    accepted = translations.merge(old, translations.collect([sample_package]), reuse_same_text=True)
    assert accepted.entries[translations.Key("labels", "Committee")].done


def test_check_reports_lost_placeholders_and_accelerators() -> None:
    collection = translations.Collection()
    catalogue = translations.Catalogue("fr_CA")
    for source, french in (
        ("&File", "Fichier"),
        ("Delete %s %s?", "Supprimer %s?"),
        ("Saved {0}.", "Enregistré."),
        ("Health & wellbeing", "Santé et bien-être"),  # no accelerator: fine
        ("Untranslated", ""),
    ):
        key = translations.Key("Ctx", source)
        collection.add(key, False, "x.py", 1)
        catalogue.entries[key] = translations.Entry(key, french, state="finished")
    problems = "\n".join(translations.untranslated(catalogue, collection))
    assert "'&File': keyboard accelerator" in problems
    assert "'Delete %s %s?': placeholders differ" in problems
    assert "'Saved {0}.': placeholders differ" in problems
    assert "Health" not in problems
    assert "'Untranslated': no finished translation" in problems


def test_the_command_line_tool_reports_success(capsys: pytest.CaptureFixture[str]) -> None:
    assert translations.main(["check"]) == 0
    assert "complete and current" in capsys.readouterr().out


# ---- French at run time ------------------------------------------------------------------


def test_french_translates_our_strings_and_qt_standard_buttons(french: str) -> None:
    assert french == "fr"
    assert QCoreApplication.translate("i18n", "System language") == "Langue du système"
    assert QCoreApplication.translate("i18n_actions", "&Preferences…") == "&Préférences…"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"


def test_switching_back_to_english_removes_the_french(qapp: QApplication) -> None:
    i18n.switch_language(qapp, "fr")
    assert i18n.switch_language(qapp, "en") == "en"
    assert QCoreApplication.translate("i18n", "System language") == "System language"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_the_saved_choice_decides_the_language_at_start(qapp: QApplication) -> None:
    QSettings().setValue(i18n.LANGUAGE_KEY, "fr")
    try:
        assert i18n.install_language(qapp) == "fr"
        assert i18n.current_language() == "fr"
    finally:
        QSettings().remove(i18n.LANGUAGE_KEY)
        i18n.switch_language(qapp, "en")
    QSettings().setValue(i18n.LANGUAGE_KEY, "klingon")  # hand-edited settings
    try:
        assert i18n.saved_choice() == i18n.SYSTEM
    finally:
        QSettings().remove(i18n.LANGUAGE_KEY)


def test_the_system_language_is_followed_and_english_is_the_fallback() -> None:
    assert i18n.resolve("", QLocale("fr_CA")) == "fr"
    assert i18n.resolve("", QLocale("fr_BE")) == "fr"
    assert i18n.resolve("", QLocale("en_CA")) == "en"
    assert i18n.resolve("", QLocale("de_DE")) == "en"  # no German interface: English
    assert i18n.resolve("en", QLocale("fr_CA")) == "en"  # an explicit choice wins


def test_dates_and_numbers_follow_the_language(qapp: QApplication, french: str) -> None:
    day = date(2025, 4, 1)
    assert i18n.format_date(day) == "2025-04-01"
    assert i18n.format_date(day, "medium") == "1 avr. 2025"
    assert i18n.format_date(day, "long") == "mardi 1 avril 2025"
    assert i18n.format_percent(0.425) == "43\u00a0%"
    assert i18n.format_number(1234567.5, 1) == "1\u00a0234\u00a0567,5"
    assert i18n.format_date(None) == "" and i18n.format_percent(None) == ""
    assert i18n.format_period(Period(2025, 3)) == "T3 2025-2026"
    assert i18n.format_period(Period(2025)) == "2025-2026"
    i18n.switch_language(qapp, "en")
    assert i18n.format_period(Period(2025, 3)) == "Q3 2025-26"
    assert i18n.format_period(Period(2025)) == "2025-26"
    assert i18n.format_date(day, "medium") == "1 Apr 2025"
    assert i18n.format_percent(0.425) == "43%"
    assert i18n.format_number(1234567.5, 1) == "1,234,567.5"


@pytest.mark.parametrize(
    ("lang", "typed", "number"),
    [
        ("fr", "12,5", 12.5),
        ("fr", " 1 234,5 ", 1234.5),
        ("fr", "1\u00a0234,5", 1234.5),
        ("fr", "12.5", 12.5),  # pasted from a spreadsheet
        ("fr", "-3", -3.0),
        ("en", "1,234.5", 1234.5),
        ("en", "12.5", 12.5),
        ("en", "12,5", None),  # refused, never read as 125
        ("en", "", None),
        ("fr", "douze", None),
        ("en", "1,5,6", None),
        ("en", "inf", None),
        ("en", "nan", None),
    ],
)
def test_numbers_are_read_as_the_language_writes_them(
    qapp: QApplication, lang: str, typed: str, number: float | None
) -> None:
    i18n.switch_language(qapp, lang)
    try:
        assert i18n.parse_number(typed) == number
    finally:
        i18n.switch_language(qapp, "en")
