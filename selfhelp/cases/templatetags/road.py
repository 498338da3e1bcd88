"""Links from a date to the guide that says what to do about it (the mapping is in selfhelp/cases/road.py)."""

from django import template

from selfhelp.cases import road
from selfhelp.cases.stages import guide_url

register = template.Library()


@register.simple_tag
def deadline_guide(key):
    """The address of the guide for a deadline the rules count (by its key), or "" when there is none."""
    target = road.DEADLINE_GUIDES.get(key)
    return guide_url(target) if target else ""


@register.simple_tag
def own_date_guide(kind):
    """The address of the guide for a date the person added (by its kind), or "" when there is none."""
    target = road.OWN_DATE_GUIDES.get(kind)
    return guide_url(target) if target else ""
