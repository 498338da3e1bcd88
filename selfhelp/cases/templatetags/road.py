"""Links from a date to the guide that says what to do about it (the mapping is in selfhelp/cases/road.py)."""

from django import template

from guides.models import Guide
from selfhelp.cases import road
from selfhelp.cases.stages import guide_url

register = template.Library()


@register.simple_tag
def deadline_guide(key):
    """The address of the guide for a deadline the rules count (by its key), or "" when there is none."""
    return _link(road.DEADLINE_GUIDES.get(key))


@register.simple_tag
def own_date_guide(kind):
    """The address of the guide for a date the person added (by its kind), or "" when there is none."""
    return _link(road.OWN_DATE_GUIDES.get(kind))


def _link(target):
    """The guide's address while the guide is published (an advice group may not load every guide)."""
    if not target or not Guide.objects.filter(slug=target.partition("#")[0]).exists():
        return ""
    return guide_url(target)
