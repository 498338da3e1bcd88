"""A case at a glance: its next date and how far its checklists have got (the case list and home page).

The next date is the soonest of the dates the tools on the case give (selfhelp.cases.tools: the
deadlines tool gives the case's deadlines and the person's own dates, such as a hearing or a
reporting day) from today on. `case_summaries` summarises many cases with a fixed number of queries,
however many cases there are.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, prefetch_related_objects
from django.utils import timezone

from guides.models import ChecklistItem
from selfhelp.cases import tools
from selfhelp.cases.models import Tick


@dataclass
class Summary:
    case: object
    next_deadline: object | None  # the next deadline or own date: .title, .date, .is_rule, .days_left
    days_left: int | None
    ticks_done: int
    ticks_total: int
    passed_deadlines: int = 0  # how many of the rules' deadlines have passed (own dates not counted)
    needs_dates: bool = False  # the rules could count, if the case had the dates they need
    # The rules' warnings (a remedy the person could lose), as pairs (HTML, its English or None).
    warnings: tuple = ()

    @property
    def role(self):
        return self.case.membership.get_role_display() if hasattr(self.case, "membership") else ""


def _summary(case, today, ticks_done, ticks_total):
    dates = tools.dates(case, today)
    next_deadline = dates.upcoming[0] if dates.upcoming else None
    return Summary(
        case=case,
        next_deadline=next_deadline,
        days_left=next_deadline.days_left if next_deadline else None,
        ticks_done=ticks_done,
        ticks_total=ticks_total,
        passed_deadlines=dates.passed,
        needs_dates=dates.needs_dates,
        warnings=dates.warnings,
    )


def case_summary(case, today: date | None = None, ticks_total: int | None = None):
    """One case at a glance (three queries: its own dates, its ticks, and the checklist items)."""
    return _summary(
        case,
        today or timezone.localdate(),
        case.ticks.count(),
        ChecklistItem.objects.count() if ticks_total is None else ticks_total,
    )


def case_summaries(cases, today: date | None = None):
    """Many cases at a glance, in the order given, in three queries whatever their number.

    What the tools need is prefetched onto them (their own dates), and their ticks counted in one query.
    """
    cases = list(cases)
    today = today or timezone.localdate()
    prefetch_related_objects(cases, *tools.prefetches())
    ticks = Tick.objects.filter(case__in=cases).values("case").annotate(n=Count("pk"))
    done = dict(ticks.values_list("case", "n"))
    total = ChecklistItem.objects.count()
    return [_summary(case, today, done.get(case.pk, 0), total) for case in cases]
