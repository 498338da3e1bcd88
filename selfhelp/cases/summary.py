"""A case at a glance: its next date and how far its checklists have got (the case list and home page).

The next date is the soonest of the case's deadlines and the person's own dates (a hearing, a
reporting day) from today on, found by selfhelp.deadlines.case. `case_summaries` summarises many
cases with a fixed number of queries, however many cases there are.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, prefetch_related_objects
from django.utils import timezone

from guides.models import ChecklistItem
from selfhelp.cases.models import Tick
from selfhelp.deadlines.case import Entry, case_dates


@dataclass
class Summary:
    case: object
    next_deadline: Entry | None  # the next deadline or own date: .title, .date, .kind ("rule"/"own")
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
    dates = case_dates(case, today)
    upcoming = dates.upcoming
    next_deadline = upcoming[0] if upcoming else None
    return Summary(
        case=case,
        next_deadline=next_deadline,
        days_left=next_deadline.days_left if next_deadline else None,
        ticks_done=ticks_done,
        ticks_total=ticks_total,
        passed_deadlines=sum(1 for entry in dates.passed if entry.is_rule),
        needs_dates=bool(dates.problem),
        warnings=dates.shown.warnings_beside if dates.shown else (),
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

    The cases' own dates are prefetched onto them, and their ticks counted in one query.
    """
    cases = list(cases)
    today = today or timezone.localdate()
    prefetch_related_objects(cases, "own_dates")
    ticks = Tick.objects.filter(case__in=cases).values("case").annotate(n=Count("pk"))
    done = dict(ticks.values_list("case", "n"))
    total = ChecklistItem.objects.count()
    return [_summary(case, today, done.get(case.pk, 0), total) for case in cases]
