"""A field's caption used inside a sentence keeps no stray space: French captions end
in a no-break space and a colon ("Description :"), and only the colon was stripped, so
the conflict summary read "Leurs modifications : Description ." and the undo entry
"Modification de « description  » de A1.1"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lipplanner.core.db import open_plan
from lipplanner.core.services import editing
from lipplanner.ui.main_window import MainWindow
from lipplanner.ui.views.contacts import ContactDialog
from lipplanner.ui.views.form import ItemForm


def _stray_space(text: str) -> bool:
    """A space (of any kind) before a full stop, or doubled, or before a closing quote
    with another just before it."""
    return any(bad in text for bad in (" .", "\u00a0.", "  ", "\u00a0 ", " \u00a0"))


def test_description_in_sentences_has_no_space_before_the_full_stop(
    lang: str,
    make_window: Callable[[], MainWindow],
    riverside_file: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()  # in the language set
    assert window.open_plan(str(riverside_file))
    assert window.context is not None and window.context.lang == lang
    a11 = next(a.id for a in window.context.view().actions.values() if a.code == "A1.1")
    window.show_view("plan")
    page = window.current_view("plan")
    assert page.select_item("action", a11)
    form: ItemForm = page.forms["action"]
    description = form._fields["description"]
    assert description.accessibleName() == "Description"

    # One field changed: the undo entry names it.
    description.setFocus()
    qtbot.keyClicks(description, " More.")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    entry = window.context.undo_stack.text(window.context.undo_stack.index() - 1)
    assert "description" in entry and not _stray_space(entry), entry

    # Someone else changed it meanwhile: the conflict summary names it.
    qtbot.keyClicks(description, " Mine.")
    other = open_plan(riverside_file)
    editing.update(other, "action", a11, {"description": "Theirs."})
    other.close()
    summaries: list[str] = []

    def ask(_cls: Any, _parent: Any, _item: str, changes: str = "") -> str:
        summaries.append(changes)
        return "theirs"

    monkeypatch.setattr("lipplanner.ui.views.form.ConflictDialog.ask", classmethod(ask))
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    expected = (
        "Leurs modifications : Description." if lang == "fr" else "They changed: Description."
    )
    assert [s.replace("\u00a0", " ") for s in summaries] == [expected]


def test_contact_fields_are_named_without_their_colon(qtbot: QtBot, lang: str) -> None:
    dialog = ContactDialog(None, "Maple Valley Employment Hub", None)
    qtbot.addWidget(dialog)
    names = [e.accessibleName() for e in (dialog.name, dialog.role, dialog.email, dialog.phone)]
    assert all(name and name == name.strip() and not name.endswith(":") for name in names)
