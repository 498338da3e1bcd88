""" "This week" on a case's home page: the nearest dates and the next unticked checklist steps.

The case fixture's refusal was sent Thu 12 November 2026: the appeal must arrive by Thu 26 November
(14 days after). Today is fixed at Tue 24 November 2026 (2 days left) unless a test says otherwise.
"""

import html
import re
from dataclasses import dataclass
from datetime import date

import pytest
from django.utils.html import strip_tags

from guides.models import ChecklistItem
from selfhelp.cases.models import Tick
from selfhelp.cases.this_week import guide_order, pick_dates, pick_items, this_week


@dataclass
class Due:
    days_left: int
    title: str = ""


@dataclass
class Item:
    pk: int


def test_dates_within_the_week_are_all_shown_soonest_first():
    dates, later = pick_dates([Due(0), Due(3), Due(7), Due(8)])

    assert [d.days_left for d in dates] == [0, 3, 7] and not later


def test_with_nothing_this_week_the_next_date_alone_is_shown_as_later():
    dates, later = pick_dates([Due(20), Due(30)])

    assert [d.days_left for d in dates] == [20] and later
    assert pick_dates([]) == ((), False)


def test_the_guides_for_the_decision_come_first_then_the_others_in_their_order():
    slugs = ["after-refusal", "reading-your-letter", "appeal-rights", "inadmissibility"]

    assert guide_order(slugs, "notice-of-intent") == [
        "inadmissibility",
        "after-refusal",
        "reading-your-letter",
        "appeal-rights",
    ]
    assert guide_order(slugs, "refusal")[:2] == ["appeal-rights", "after-refusal"]


def test_ticked_items_are_skipped_and_only_the_first_few_are_picked():
    items = {"a": [Item(1), Item(2)], "b": [Item(3), Item(4), Item(5)]}

    assert [item.pk for _, item in pick_items(items, ["b", "a"], ticked={3}, limit=3)] == [4, 5, 1]
    assert pick_items(items, ["a"], ticked={1, 2}) == []


def words(markup):
    return " ".join(html.unescape(strip_tags(markup)).split())


def week_section(markup):
    return re.search(r'<section aria-labelledby="this-week">.*?</section>', markup, re.S).group(0)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 24))


def test_the_home_page_lists_this_weeks_deadline_and_the_first_unticked_steps(signed_in, case, guides, today):
    markup = week_section(signed_in.get(f"/en/cases/{case.public_id}/").content.decode())
    text = words(markup)

    assert "In 2 days: Appeal to the First-tier Tribunal" in text
    assert f'href="/en/cases/{case.public_id}/deadlines/#ftt-appeal"' in markup
    first = ChecklistItem.objects.filter(section__guide__slug="appeal-rights").order_by(
        "section__order", "order"
    )[0]
    assert first.text in text
    assert "steps done" not in text


def test_a_ticked_step_gives_way_to_the_next_one(signed_in, case, guides, today):
    items = list(
        ChecklistItem.objects.filter(section__guide__slug="appeal-rights").order_by("section__order", "order")
    )
    Tick.objects.create(case=case, item=items[0])

    steps = this_week(case, date(2026, 11, 24)).steps

    assert [step.text for step in steps] == [item.text for item in items[1:4]]


def test_the_case_pdf_has_this_week_without_links(signed_in, case, guides, today):
    from io import BytesIO

    from pypdf import PdfReader

    response = signed_in.get(f"/en/cases/{case.public_id}/pdf/")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)

    assert "This week" in text and "Appeal to the First-tier Tribunal" in text
