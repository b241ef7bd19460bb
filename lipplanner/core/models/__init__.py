"""SQLAlchemy entities of a plan file, one module per aggregate."""

from lipplanner.core.models.base import Base
from lipplanner.core.models.organisation import (
    BODY_KINDS,
    Body,
    BodyMembership,
    Contact,
    Partner,
    Partnership,
)
from lipplanner.core.models.plan import (
    OUTCOME_LEVELS,
    PLAN_STATUSES,
    Action,
    ActionCharacteristic,
    ActionPartner,
    Objective,
    Plan,
    Priority,
    PriorityNarrative,
)
from lipplanner.core.models.practice import (
    ADOPTION_STATUSES,
    Practice,
    PracticeAction,
    PracticePriority,
)
from lipplanner.core.models.records import ChangeRecord, FileInfo, SubmittedReport, TrashItem
from lipplanner.core.models.tracking import (
    DIRECTIONS,
    FREQUENCIES,
    Indicator,
    IndicatorValue,
    ProgressUpdate,
)
from lipplanner.core.models.vocabulary import STATUS_KINDS, VOCABULARIES, Status, Term

__all__ = [
    "ADOPTION_STATUSES",
    "BODY_KINDS",
    "DIRECTIONS",
    "FREQUENCIES",
    "OUTCOME_LEVELS",
    "PLAN_STATUSES",
    "STATUS_KINDS",
    "VOCABULARIES",
    "Action",
    "ActionCharacteristic",
    "ActionPartner",
    "Base",
    "Body",
    "BodyMembership",
    "ChangeRecord",
    "Contact",
    "FileInfo",
    "Indicator",
    "IndicatorValue",
    "Objective",
    "Partner",
    "Partnership",
    "Plan",
    "Practice",
    "PracticeAction",
    "PracticePriority",
    "Priority",
    "PriorityNarrative",
    "ProgressUpdate",
    "Status",
    "SubmittedReport",
    "Term",
    "TrashItem",
]
