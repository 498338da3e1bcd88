"""What to do now under each deadline: the calculator's result and a case's deadlines page.

Today is fixed at Tue 10 March 2026; the refusal was posted Tue 3 March, so the appeal is due Tue 17
March (7 days left) and "what to do now" shows under it, not the late help.
"""

import html
import re
from datetime import date

import pytest
from django.utils.html import strip_tags

from guides.models import Guide
from selfhelp.deadlines import rules, views
from selfhelp.deadlines.next_steps import NEXT_STEPS, NextSteps
from selfhelp.deadlines.presentation import present
from selfhelp.deadlines.rules import Decision, Facts, compute

TODAY = date(2026, 3, 10)
REFUSAL = {
    "decision": "refusal",
    "letter_date": "2026-03-02",
    "sent": "2026-03-03",
    "received": "2026-03-05",
    "nation": "england-and-wales",
}


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


def words(markup):
    return " ".join(html.unescape(strip_tags(markup)).split())


def section(markup, key):
    return re.search(rf'<section class="deadline [a-z]+" id="{key}".*?</section>', markup, re.S).group(0)


def test_every_deadline_the_rules_can_give_has_what_to_do_now():
    keys = set()
    for decision in Decision:
        facts = Facts(
            decision, letter_date=date(2026, 3, 2), sent=date(2026, 3, 3), received=date(2026, 3, 5)
        )
        try:
            keys |= {deadline.key for deadline in compute(facts).deadlines}
        except rules.FactsError:
            continue

    assert keys and keys <= set(NEXT_STEPS), keys - set(NEXT_STEPS)


def test_every_route_is_an_official_https_link_with_who_publishes_it():
    for steps in NEXT_STEPS.values():
        assert steps.steps and steps.routes
        for route in steps.routes:
            assert route.url.startswith("https://")
            assert route.publisher


def test_the_appeal_names_the_online_service_the_paper_form_and_reasons_for_lateness(client, db):
    markup = section(client.get("/en/deadlines/", REFUSAL).content.decode(), "ftt-appeal")
    text = words(markup)

    assert "What to do now" in text
    assert "Appeal online if you can" in text and "form IAFT-5" in text
    assert "a copy of the refusal letter" in text
    assert "give your reasons for the whole delay" in text
    assert 'href="https://www.gov.uk/immigration-asylum-tribunal"' in markup
    assert 'href="https://find-legal-advice.justice.gov.uk/"' in markup
    assert "checked 6 December 2026" in text


def test_a_notice_of_intent_says_what_to_send(client, db):
    query = {"decision": "notice-of-intent", "received": "2026-03-05", "nation": "england-and-wales"}
    markup = section(client.get("/en/deadlines/", query).content.decode(), "noi-representations")

    assert "Say why your claim should be decided in the UK" in words(markup)
    assert "ask for it in writing before the date" in words(markup)


def test_a_guide_is_linked_only_while_it_exists(client, db):
    Guide.objects.filter(slug="lodging-your-appeal").delete()
    markup = section(client.get("/en/deadlines/", REFUSAL).content.decode(), "ftt-appeal")
    assert "/guides/appeal-rights/#time-limits" in markup
    assert "lodging-your-appeal" not in markup

    Guide.objects.create(slug="lodging-your-appeal", title="Lodging", summary="-", last_checked=TODAY)
    Guide.objects.filter(slug="appeal-rights").delete()
    markup = section(client.get("/en/deadlines/", REFUSAL).content.decode(), "ftt-appeal")

    assert "/guides/lodging-your-appeal/" in markup
    assert "appeal-rights" not in markup
    assert "Appeal online if you can" in words(markup)


def test_a_passed_deadline_shows_the_late_help_instead():
    shown = present(compute(Facts(Decision.REFUSAL, sent=date(2026, 3, 3))), date(2026, 4, 1))
    appeal = next(d for d in shown.deadlines if d.key == "ftt-appeal")

    assert appeal.late is not None and appeal.next_steps is None
    upcoming = present(compute(Facts(Decision.REFUSAL, sent=date(2026, 3, 3))), TODAY).deadlines[0]
    assert isinstance(upcoming.next_steps, NextSteps)


def test_the_case_deadlines_page_shows_what_to_do_now(signed_in, case, monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *a: date(2026, 11, 20))
    markup = signed_in.get(f"/en/cases/{case.public_id}/deadlines/").content.decode()

    assert "What to do now" in words(section(markup, "ftt-appeal"))
