"""What a person sees on the road after a refusal: the suggested checklist follows the case's stage."""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.axe import violations
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def suggested(page):
    return page.locator("section[aria-labelledby=suggested] .suggested")


def test_a_refused_case_moves_to_hearing_booked_and_the_suggested_checklist_changes(
    phone, case, user, guides
):
    page = phone
    page.goto(f"{page.base}/en/accounts/login/?next=/en/cases/{case.public_id}/")
    page.get_by_label("Username").fill("amira")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Log in")).click()

    # Refused, no hearing yet: lodge the appeal.
    expect(page.get_by_role("heading", name="Suggested for you now")).to_be_visible()
    expect(suggested(page)).to_have_count(1)
    expect(suggested(page).get_by_role("heading")).to_have_text(re.compile("Lodging your appeal"))
    expect(page.locator("[aria-current=step]")).to_contain_text("Refusal letter")
    assert violations(page) == []

    # The person adds the hearing date the tribunal sent them.
    page.goto(f"{page.base}/en/cases/{case.public_id}/deadlines/")
    page.get_by_role("link", name=re.compile("Add a date")).click()
    page.get_by_label("A hearing").check()
    page.get_by_label("The date").fill((date.today() + timedelta(days=60)).isoformat())
    page.get_by_role("button", name="Add the date").click()
    expect(page.get_by_role("link", name="How to get ready for the hearing").first).to_be_visible()

    # Hearing booked: get ready for it.
    page.goto(f"{page.base}/en/cases/{case.public_id}/")
    expect(suggested(page).get_by_role("heading")).to_have_text(
        re.compile("Getting ready for your appeal hearing")
    )
    expect(suggested(page)).to_contain_text("Your hearing is booked")
    expect(page.locator("[aria-current=step]")).to_contain_text("Tribunal hearing and decision")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert violations(page) == []

    # The stage's link opens its guide.
    page.locator("[aria-current=step] a").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Getting ready for your appeal hearing")
