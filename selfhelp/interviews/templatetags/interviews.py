from django import template

from selfhelp.interviews import checking

register = template.Library()


@register.inclusion_tag("interviews/includes/paragraph.html")
def interview_findings(case, paragraph):
    """Beside a letter paragraph on a case: each interview question it cites, in the record's words, and
    whether the letter quotes it fairly."""
    records = checking.case_records(case)
    return {
        "case": case,
        "paragraph": paragraph,
        "findings": checking.paragraph_findings(paragraph, records) if records or _cites(paragraph) else [],
        "has_records": bool(records),
    }


def _cites(paragraph):
    return any(word in paragraph.text for word in ("AIR", "SCI", "Q", "question", "interview"))
