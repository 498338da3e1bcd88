""" "This week" on a case's home page: the nearest dates and the next few unticked checklist steps.

The person sees what to do now, not a count of every step on the site ("0 of 169 steps done"). The
dates are the case's deadlines and own dates due in the next 7 days (or, when none is, the next
one); the steps are the first unticked items of the guides that matter most for the case's kind of
decision, in the guides' own order.

:func:`pick_dates` and :func:`pick_items` are plain functions over what they are given;
:func:`this_week` reads the case (three queries: own dates, ticks, the guides' items).
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import get_language

from selfhelp.cases import tools

# Days ahead that count as "this week".
HORIZON = 7
# How many checklist steps to show.
STEPS = 3

# The guides whose steps come first, by the case's kind of decision (then every other guide).
GUIDES_FIRST = {
    "refusal": (
        "appeal-rights",
        "envelope-and-postmark",
        "finding-a-lawyer",
        "after-refusal",
        "asylum-support",
    ),
    "out-of-country-appeal": ("appeal-rights", "finding-a-lawyer", "after-refusal"),
    "certified": ("appeal-rights", "finding-a-lawyer", "fresh-claims", "after-refusal", "asylum-support"),
    "notice-of-intent": ("inadmissibility", "finding-a-lawyer", "evidence"),
    "inadmissible": ("inadmissibility", "finding-a-lawyer", "asylum-support"),
    "ftt-dismissed": ("appeal-rights", "finding-a-lawyer", "asylum-support", "fresh-claims"),
    "ftt-refused-permission": ("appeal-rights", "finding-a-lawyer", "asylum-support", "fresh-claims"),
    "other": ("after-refusal", "finding-a-lawyer"),
}


@dataclass(frozen=True)
class Step:
    """An unticked checklist item, with the guide whose checklist holds it."""

    text: str
    guide_slug: str
    guide_title: str
    # Not yet translated: the English is shown, marked as English (lang="en", dir="ltr").
    text_english: bool = False
    title_english: bool = False


@dataclass(frozen=True)
class ThisWeek:
    dates: tuple  # every tool's upcoming entries (selfhelp.cases.tools.dates), soonest first
    steps: tuple[Step, ...]
    later: bool = False  # the dates are not this week: the one shown is the next one

    def __bool__(self):
        return bool(self.dates or self.steps)


def pick_dates(upcoming, horizon: int = HORIZON):
    """The dates due within `horizon` days, soonest first; if none is, the next one alone.

    Returns (dates, later): later is True when the one date shown is further away than the horizon.
    """
    soon = tuple(entry for entry in upcoming if entry.days_left <= horizon)
    if soon:
        return soon, False
    return tuple(upcoming[:1]), bool(upcoming)


def guide_order(slugs, decision):
    """The guides' slugs with those that matter most for the decision first, the rest in the order given."""
    first = [slug for slug in GUIDES_FIRST.get(decision, ()) if slug in slugs]
    return first + [slug for slug in slugs if slug not in first]


def pick_items(items_by_guide, order, ticked, limit: int = STEPS):
    """The first `limit` unticked items, guide by guide in `order`.

    `items_by_guide` maps a slug to its items in order, each an object with `pk`.
    """
    picked = []
    for slug in order:
        for item in items_by_guide.get(slug, ()):
            if item.pk not in ticked:
                picked.append((slug, item))
                if len(picked) == limit:
                    return picked
    return picked


def this_week(case, today: date | None = None) -> ThisWeek:
    from guides.models import ChecklistItem, Guide, Section

    today = today or timezone.localdate()
    dates, later = pick_dates(tools.dates(case, today).upcoming)
    sections = Section.objects.prefetch_related(
        Prefetch("items", queryset=ChecklistItem.objects.order_by("order"))
    )
    guides = list(Guide.objects.guides().prefetch_related(Prefetch("sections", queryset=sections)))
    items = {
        guide.slug: [item for section in guide.sections.all() for item in section.items.all()]
        for guide in guides
    }
    titles = {guide.slug: guide for guide in guides}
    english = get_language() != "en"
    ticked = set(case.ticks.values_list("item_id", flat=True))
    picked = pick_items(items, guide_order([guide.slug for guide in guides], case.decision), ticked)
    steps = tuple(
        Step(
            item.text,
            slug,
            titles[slug].title,
            text_english=english and item.text == item.text_en,
            title_english=english and titles[slug].title == titles[slug].title_en,
        )
        for slug, item in picked
    )
    return ThisWeek(dates=dates, steps=steps, later=later)
