"""A case at a glance: its next deadline and how far its checklists have got (the case list and home page)."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from guides.models import ChecklistItem
from selfhelp.deadlines import rules


def facts_for(case):
    """The deadline rules' facts for a case, or None when its kind of decision has no rules."""
    if case.rule_decision is None:
        return None
    return rules.Facts(
        decision=case.rule_decision,
        letter_date=case.letter_date,
        sent=case.sent,
        received=case.received,
        departed=case.departed,
        detained=case.detained,
        outside_uk=case.outside_uk,
        nation=rules.Nation(case.nation),
    )


def deadlines_for(case):
    """The case's deadlines, soonest first ([] when the facts are not enough to count them)."""
    facts = facts_for(case)
    if facts is None:
        return []
    try:
        return list(rules.compute(facts).deadlines)
    except rules.FactsError:
        return []


@dataclass
class Summary:
    case: object
    next_deadline: rules.Deadline | None
    days_left: int | None
    ticks_done: int
    ticks_total: int

    @property
    def role(self):
        return self.case.membership.get_role_display() if hasattr(self.case, "membership") else ""


def case_summary(case, today: date | None = None, ticks_total: int | None = None):
    today = today or timezone.localdate()
    upcoming = [deadline for deadline in deadlines_for(case) if deadline.last_day >= today]
    next_deadline = upcoming[0] if upcoming else None
    return Summary(
        case=case,
        next_deadline=next_deadline,
        days_left=(next_deadline.last_day - today).days if next_deadline else None,
        ticks_done=case.ticks.count(),
        ticks_total=ChecklistItem.objects.count() if ticks_total is None else ticks_total,
    )
