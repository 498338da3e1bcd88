""" "My plan" and the deadline card: a case on paper, in the person's language and English side by side.

Each part of the plan is rendered twice, once in each language, and the two are set side by side in
one row, so the person and an English-speaking supporter or lawyer read the same page: English always
on the left, the person's language on the right (so a right-to-left language reads from the page's
edge). What the person typed (the case's name, evidence items, notes) stays as they typed it.
"""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from selfhelp import languages
from selfhelp.cases import tools
from selfhelp.cases.summary import case_summary
from selfhelp.cases.this_week import this_week

PARTS = (
    "cases/plan/next.html",
    "cases/includes/this_week.html",
    "cases/plan/tools.html",
    "cases/plan/people.html",
)


def _context(case, code):
    return {
        "case": case,
        "pdf": True,
        "language": languages.get(code),
        "summary": case_summary(case),
        "week": this_week(case),
        "tool_lines": tools.status_lines(case, timezone.localdate()),
        "members": case.memberships.select_related("user"),
    }


def rows(case, code, parts=PARTS):
    """[(language, html) in the left column, (language, html) in the right column] for each part."""
    codes = ["en"] if code == "en" else ["en", code]
    rendered = []
    for part in parts:
        row = []
        for each in codes:
            with translation.override(each):
                row.append((languages.get(each), render_to_string(part, _context(case, each))))
        rendered.append(row)
    return rendered
