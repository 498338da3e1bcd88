"""``{% evidence_status case as status %}``: the evidence plan at a glance (selfhelp.evidence.status)."""

from django import template

from selfhelp.evidence import status

register = template.Library()


@register.simple_tag
def evidence_status(case):
    return status.for_case(case)
