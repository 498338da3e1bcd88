"""The checklist a case's home page suggests now, chosen by selfhelp.cases.road from the case's stage.

The road module decides (pure); this module reads the case's hearing dates and ticks, fetches the guides'
checklists and words the reason in the reader's language.
"""

from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from guides.models import Guide, Section
from selfhelp.cases import road

MOST_SHOWN = 2  # checklists suggested at once: more would bury the first

REASONS = {
    road.NO_HEARING_YET: _("You can appeal. Lodge your appeal on time, and keep proof that you sent it."),
    road.HEARING_BOOKED: _(
        "Your hearing is booked. Get ready for it: your statement, witnesses and evidence."
    ),
    road.HEARING_SOON: _("Your hearing is very soon. Here is what to do on the day."),
    road.HEARING_PASSED: _("Your hearing date has passed. When the decision comes, act quickly."),
    road.APPEAL_DISMISSED: _(
        "Your appeal was dismissed. You may ask for permission to appeal, but time is short."
    ),
    road.PERMISSION_REFUSED: _(
        "Permission to appeal was refused. You may ask the Upper Tribunal, but time is short."
    ),
    road.NO_APPEAL: _("Your claim was certified: there is no appeal. Get legal advice quickly."),
    road.APPEAL_FROM_ABROAD: _(
        "You can appeal only after leaving the UK. Get legal advice before you leave."
    ),
    road.INADMISSIBILITY: _("The Home Office says it may not decide your claim. Reply in time."),
    road.DETAINED: _("You are in detention. Here is what to do now, and how to ask for bail."),
    road.OTHER: _("Make a plan for what comes next."),
}


def where(case):
    """The case's :class:`road.Now`, from its decision, its hearing dates and whether it is detained."""
    hearings = [own.date for own in case.own_dates.all() if own.kind == "hearing"]
    return road.now(case.decision, hearings, today=timezone.localdate(), detained=case.detained)


def for_case(case, now):
    """The suggested checklists: each guide with its action sections, the reason, and what is ticked."""
    suggestions = now.suggestions[:MOST_SHOWN]
    sections = Section.objects.annotate(n=Count("items")).filter(n__gt=0).prefetch_related("items")
    guides = Guide.objects.filter(slug__in=[s.guide for s in suggestions]).prefetch_related(
        Prefetch("sections", queryset=sections, to_attr="action_sections")
    )
    by_slug = {guide.slug: guide for guide in guides}
    ticked = set(case.ticks.values_list("item_id", flat=True))
    shown = []
    for suggestion in suggestions:
        guide = by_slug.get(suggestion.guide)
        if guide is None or not guide.action_sections:
            continue
        items = [item.pk for section in guide.action_sections for item in section.items.all()]
        shown.append(
            {
                "guide": guide,
                "reason": REASONS[suggestion.reason],
                "ticked": ticked,
                "done": len(ticked.intersection(items)),
                "total": len(items),
            }
        )
    return shown
