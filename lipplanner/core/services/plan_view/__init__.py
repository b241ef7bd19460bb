"""A read-only picture of the whole plan for one reporting period, loaded in a few
bulk queries, as plain frozen values the UI, the reports and the CLI share.

One module per aggregate reads it (`plan`, `vocabulary`, `partners`, `tree`, `health`,
`indicators`, `practices`, `narratives`); each public `load_*` function also takes
`ids` to re-read just some rows. `load` assembles them into a `PlanView`; the roll-up
rules stay in `core.progress`.
"""

from lipplanner.core.services.plan_view.health import (
    action_history,
    latest_update_views,
    load_health,
    period_before,
)
from lipplanner.core.services.plan_view.indicators import load_indicators
from lipplanner.core.services.plan_view.load import assemble, load_plan_view
from lipplanner.core.services.plan_view.narratives import load_narratives
from lipplanner.core.services.plan_view.partners import load_bodies, load_partners
from lipplanner.core.services.plan_view.picture import PlanView
from lipplanner.core.services.plan_view.plan import (
    current_plan_id,
    load_partnership,
    load_plan_info,
    plan_id_of,
    plan_years,
)
from lipplanner.core.services.plan_view.practices import load_practices
from lipplanner.core.services.plan_view.tree import load_actions, load_objectives, load_priorities
from lipplanner.core.services.plan_view.values import (
    ActionHealth,
    ActionView,
    BodyView,
    ContactView,
    IndicatorView,
    NarrativeView,
    ObjectiveView,
    PartnershipView,
    PartnerView,
    PlanInfo,
    PracticeView,
    PriorityView,
    StatusView,
    TermView,
    UpdateView,
    pick,
)
from lipplanner.core.services.plan_view.vocabulary import load_statuses, load_terms

__all__ = [
    "ActionHealth",
    "ActionView",
    "BodyView",
    "ContactView",
    "IndicatorView",
    "NarrativeView",
    "ObjectiveView",
    "PartnerView",
    "PartnershipView",
    "PlanInfo",
    "PlanView",
    "PracticeView",
    "PriorityView",
    "StatusView",
    "TermView",
    "UpdateView",
    "action_history",
    "assemble",
    "current_plan_id",
    "latest_update_views",
    "load_actions",
    "load_bodies",
    "load_health",
    "load_indicators",
    "load_narratives",
    "load_objectives",
    "load_partners",
    "load_partnership",
    "load_plan_info",
    "load_plan_view",
    "load_practices",
    "load_priorities",
    "load_statuses",
    "load_terms",
    "period_before",
    "pick",
    "plan_id_of",
    "plan_years",
]
