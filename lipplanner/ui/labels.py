"""Words for the fixed choices the core stores as keys (body kinds, outcome levels, …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def body_kinds() -> dict[str, str]:
    return {
        "council": tr("Council"),
        "committee": tr("Committee"),
        "working_group": tr("Working group"),
        "secretariat": tr("Secretariat"),
        "other": tr("Other"),
    }


def outcome_levels() -> dict[str, str]:
    return {
        "output": tr("Output"),
        "immediate": tr("Immediate outcome"),
        "intermediate": tr("Intermediate outcome"),
        "ultimate": tr("Ultimate outcome"),
    }


def adoption_statuses() -> dict[str, str]:
    return {
        "identified": tr("Identified"),
        "under_review": tr("Under review"),
        "piloting": tr("Piloting"),
        "adopted": tr("Adopted"),
        "not_pursued": tr("Not pursued"),
        "shared": tr("Shared with others"),
    }


def kinds() -> dict[str, str]:
    """What each editable kind of item is called in a sentence."""
    return {
        "priority": tr("priority"),
        "objective": tr("objective"),
        "action": tr("action"),
        "partner": tr("partner"),
        "body": tr("working group or committee"),
        "practice": tr("promising practice"),
    }
