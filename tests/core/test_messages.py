"""The core's sentences in the interface's language."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import lipplanner
from lipplanner.core import messages
from lipplanner.core.db import PlanDatabase
from lipplanner.core.errors import UserError
from lipplanner.core.messages_fr import SENTENCES, TERMS
from lipplanner.core.periods import Period
from lipplanner.core.services import validation
from lipplanner.core.services.plan_view import load_plan_view
from lipplanner.core.services.specs import ENTITIES

SOURCE = Path(lipplanner.__file__).parent


@pytest.fixture
def french() -> Iterator[None]:
    messages.set_language("fr")
    yield
    messages.set_language("en")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _said_templates() -> dict[str, str]:
    """{template: where} for every `say("…")` in the source."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                first = node.args[0]
                where = f"{path.relative_to(SOURCE)}:{node.lineno}"
                assert isinstance(first, ast.Constant), f"{where}: say() needs a literal"
                found[str(first.value)] = where
    return found


def test_every_sentence_the_core_says_has_its_french_with_the_same_blanks() -> None:
    said = _said_templates()
    assert len(said) >= 40  # the services' checks are all written with say()
    missing = {t: w for t, w in said.items() if t not in SENTENCES}
    assert not missing, f"no French for: {missing}"
    for template in said:
        assert _fields(SENTENCES[template]) == _fields(template), template
    assert not set(SENTENCES) - set(said), "French for sentences no longer said"


def test_every_field_and_item_label_has_its_french() -> None:
    labels = {spec.label for spec in ENTITIES.values()}
    labels |= {field.label for spec in ENTITIES.values() for field in spec.fields}
    assert not labels - set(TERMS)


def test_a_check_speaks_french_when_the_interface_does(french: None) -> None:
    with pytest.raises(UserError) as error:
        validation.clean_name("  ", "Title", field="title_en")
    assert error.value.message == "Le champ «\u00a0Titre\u00a0» est obligatoire."
    assert error.value.field == "title_en"
    with pytest.raises(UserError) as error:
        validation.clean_percent("120")
    assert error.value.message == (
        "«\u00a0Pourcentage réalisé\u00a0» doit être entre 0 et 100, et non 120."
    )


def test_english_stays_the_default_and_typed_text_is_never_read_as_a_template() -> None:
    assert messages.language() == "en"
    with pytest.raises(UserError) as error:
        validation.clean_code("{0} {title}")
    assert error.value.message.startswith("Code “{0} {title}” may hold only letters")


def test_opening_a_file_that_is_not_a_plan_is_refused_in_french(
    french: None, tmp_path: Path
) -> None:
    from lipplanner.core.db import open_plan

    notes = tmp_path / "notes.lip"
    notes.write_text("meeting notes\n" * 20, encoding="utf-8")
    with pytest.raises(UserError) as error:
        open_plan(notes)
    assert error.value.message == (
        "«\u00a0notes.lip\u00a0» n’est pas un plan LIP Planner "
        "(ce n’est pas un fichier de base de données)."
    )
    assert notes.read_text(encoding="utf-8") == "meeting notes\n" * 20


def test_deleting_what_others_depend_on_is_refused_in_french(
    french: None, riverside: PlanDatabase
) -> None:
    from lipplanner.core.services import editing
    from lipplanner.core.services.editing import DependentsError

    view = load_plan_view(riverside, Period(2026, 3))
    priority = next(iter(view.priorities.values()))
    with pytest.raises(DependentsError) as error:
        editing.delete(riverside, "priority", priority.id)
    said = error.value.message
    assert said.startswith(f"L’élément {priority.code}") and "(priorité) contient encore" in said
    assert " objectifs et " in said and "actions" in said and " and " not in said

    lead = next(p for p in view.partners.values() if view.led_by.get(p.id))
    with pytest.raises(DependentsError) as error:
        editing.delete(riverside, "partner", lead.id)
    assert "est responsable de" in error.value.message
    assert "choisissez-leur un autre partenaire" in error.value.message
    assert editing.dependents(riverside, "priority", priority.id)  # nothing was deleted
