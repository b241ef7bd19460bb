"""Stage 4: values as people write them in plans, one module per kind of value.

timeline: timelines → spans of dates; status: status words and colours → statuses;
partners: a cell of partners → names, acronym keys; codes: "1.1.2" in a code column;
languages: French or English, "EN / FR" texts, bullets; measures: year and month
columns and performance measures' figures.
"""

from lipplanner.core.reports.plan_import.values.codes import code_depth, item_marker
from lipplanner.core.reports.plan_import.values.languages import (
    frenchness,
    language_of,
    split_bilingual,
    split_bullets,
)
from lipplanner.core.reports.plan_import.values.measures import (
    is_mark,
    measure_line,
    measured,
    quarter_months,
    ticked,
    ticked_months,
)
from lipplanner.core.reports.plan_import.values.partners import (
    acronym_pairs,
    is_working_group,
    no_partner,
    split_partners,
)
from lipplanner.core.reports.plan_import.values.status import (
    STATUS_SYNONYMS,
    StatusReader,
    completion_question,
    percent_written,
    status_lookup,
    status_of_percent,
    traffic_light,
)
from lipplanner.core.reports.plan_import.values.timeline import (
    NO_SPAN,
    Span,
    last_plan_year,
    plan_years_named,
    quarter_in,
    quarter_named,
    read_timeline,
    relative_note,
    reported_quarter,
    years_named,
)

__all__ = [
    "NO_SPAN", "STATUS_SYNONYMS", "Span", "StatusReader", "acronym_pairs", "code_depth",
    "completion_question", "frenchness", "is_mark", "is_working_group", "item_marker",
    "language_of",
    "last_plan_year", "measure_line", "measured", "no_partner", "percent_written",
    "plan_years_named", "quarter_in", "quarter_months", "quarter_named",
    "read_timeline", "relative_note", "reported_quarter", "split_bilingual", "split_bullets",
    "split_partners", "status_lookup", "status_of_percent", "ticked", "ticked_months",
    "traffic_light", "years_named",
]  # fmt: skip
