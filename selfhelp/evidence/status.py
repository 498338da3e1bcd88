"""The evidence plan at a glance, for the case home page.

- :func:`for_case` gives a case's :class:`PlanStatus` (items planned, received, late, and the disputed
  paragraphs still without evidence), or None when the case has no refusal letter and no items.
- ``templates/evidence/includes/case_status.html`` shows it as one line with a link; it needs ``case``
  and ``status`` in the context. The case home page includes it through selfhelp.cases.tools
  (registered in apps.py).
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlanStatus:
    items: int
    received: int  # received, or sent on to the lawyer or tribunal
    overdue: int
    uncovered: int  # paragraphs that need evidence and have none planned
    needing: int  # paragraphs that need evidence


def for_case(case, today: date | None = None) -> PlanStatus | None:
    from selfhelp.evidence.overview import plan_for

    plan = plan_for(case, today)
    if plan.letter is None and not plan.rows:
        return None
    return PlanStatus(
        items=len(plan.rows),
        received=plan.received,
        overdue=len(plan.overdue),
        uncovered=len(plan.coverage.uncovered),
        needing=plan.coverage.total,
    )
