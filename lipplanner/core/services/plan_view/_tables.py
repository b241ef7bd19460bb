"""The mapped classes' Core columns, for the loaders' statements (`t.Action.id`).

A statement built from ORM attributes compiles through the ORM, and the first one in a
process configures every mapper; the read model wants rows, so it selects plain table
columns and neither cost is paid when a plan opens.
"""

from __future__ import annotations

from typing import Any

from lipplanner.core import models as m

Action: Any = m.Action.__table__.c
ActionCharacteristic: Any = m.ActionCharacteristic.__table__.c
ActionPartner: Any = m.ActionPartner.__table__.c
Body: Any = m.Body.__table__.c
BodyMembership: Any = m.BodyMembership.__table__.c
Contact: Any = m.Contact.__table__.c
Indicator: Any = m.Indicator.__table__.c
IndicatorValue: Any = m.IndicatorValue.__table__.c
Objective: Any = m.Objective.__table__.c
Partner: Any = m.Partner.__table__.c
Partnership: Any = m.Partnership.__table__.c
Plan: Any = m.Plan.__table__.c
Practice: Any = m.Practice.__table__.c
PracticeAction: Any = m.PracticeAction.__table__.c
PracticePriority: Any = m.PracticePriority.__table__.c
Priority: Any = m.Priority.__table__.c
PriorityNarrative: Any = m.PriorityNarrative.__table__.c
ProgressUpdate: Any = m.ProgressUpdate.__table__.c
Status: Any = m.Status.__table__.c
Term: Any = m.Term.__table__.c
