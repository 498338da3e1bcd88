"""The evidence plan on a 360×740 phone: from an annotated refusal letter, plan three items from the
suggestions, set one aside, fill in what each needs, and download the bundle index, read back."""

import re
from datetime import date

import pytest
from django.test import Client
from django.utils import translation
from playwright.sync_api import expect
from pypdf import PdfReader

from selfhelp.deadlines.case import choices
from selfhelp.evidence.models import Item
from tests.browser.axe import violations
from tests.evidence.helpers import annotate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def checked(page):
    assert fits(page), "the page scrolls sideways"
    assert violations(page) == []


def sign_in(phone, user):
    client = Client()
    client.force_login(user)
    phone.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": phone.base}]
    )


def plan_this(phone, position, kind):
    suggestion = phone.locator(f"#p{position} li").filter(
        has=phone.get_by_role("link", name=kind, exact=True)
    )
    suggestion.get_by_role("button", name="Plan this").click()


def test_a_person_plans_three_items_from_their_letter_on_a_phone_and_prints_the_bundle_index(
    phone, case, user, guides, tmp_path
):
    annotate(case, user)
    hearing = case.own_dates.create(kind="hearing", title="Hearing at Taylor House", date=date(2027, 1, 12))
    sign_in(phone, user)

    phone.goto(f"{phone.base}/en/cases/{case.public_id}/evidence/")
    expect(phone.get_by_role("heading", name="Evidence plan", level=1)).to_be_visible()
    expect(phone.locator("label[for=covered]")).to_have_text(
        "0 of 6 disputed paragraphs have evidence planned"
    )
    checked(phone)

    phone.get_by_role("link", name=re.compile(r"See \d+ suggestions")).click()
    expect(phone.get_by_role("heading", name="Suggested evidence")).to_be_visible()
    checked(phone)

    # 1. Paragraph 7, a mistake about dates: the person's own statement, which they have written.
    plan_this(phone, 7, "Your own statement")
    expect(phone.get_by_text("Item 1 is in your plan.")).to_be_visible()
    expect(phone.get_by_label("Paragraph 7: Whether you are believed (credibility)")).to_be_checked()
    checked(phone)
    phone.get_by_label("A short name (optional)").fill("My statement about the dates")
    phone.get_by_label("Received", exact=True).check()
    phone.get_by_label("Number of pages").fill("3")
    phone.get_by_role("button", name="Save").click()
    expect(phone.locator("#item-1")).to_contain_text("My statement about the dates")

    # 2. Paragraph 15, a country guidance case: an expert report, starting at the guide's figure.
    phone.goto(f"{phone.base}/en/cases/{case.public_id}/evidence/suggestions/#p15")
    expect(phone.locator("#p15")).to_contain_text("£300 to £400")
    plan_this(phone, 15, "Expert report")
    expect(phone.get_by_label("Cost in pounds (optional)")).to_have_value("400.00")
    phone.get_by_label("Who is getting it?").select_option(label="The lawyer")
    phone.get_by_label("Asked for").check()
    with translation.override("en"):
        hearing_label = dict(choices(case))[hearing.key]
    phone.get_by_label("When is it needed by?").select_option(label=hearing_label)
    phone.get_by_label("How will it be paid for?").select_option(label="Legal aid")
    phone.get_by_role("button", name="Save").click()
    expect(phone.locator("#item-2")).to_contain_text("Needed by 12 Jan 2027 (Hearing at Taylor House).")

    # 3. Paragraph 25, headaches and sleep: a medical report, received; the statement was enough for
    # paragraph 17, so its other suggestion is set aside.
    phone.goto(f"{phone.base}/en/cases/{case.public_id}/evidence/suggestions/")
    phone.locator("#p17 li").filter(has_text="Your own document").get_by_role(
        "button", name="Not needed"
    ).click()
    expect(phone.locator("#p17")).to_contain_text("Not needed: Your own document")
    plan_this(phone, 25, "Medical report")
    phone.get_by_label("Received", exact=True).check()
    phone.get_by_label("Number of pages").fill("8")
    phone.get_by_role("button", name="Save").click()

    expect(phone.locator("label[for=covered]")).to_have_text(
        "3 of 6 disputed paragraphs have evidence planned"
    )
    expect(phone.locator(".evidence-items > li")).to_have_count(3)
    checked(phone)
    assert [(item.kind, item.status) for item in Item.objects.filter(case=case)] == [
        ("own-statement", "received"),
        ("expert-reports", "asked"),
        ("medical-reports", "received"),
    ]

    with phone.expect_download() as info:
        phone.get_by_role("link", name=re.compile("Bundle index")).click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)

    assert saved.name == "bundle-index.pdf"
    reader = PdfReader(saved)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    index = re.sub(r"\s+", " ", reader.pages[-1].extract_text())
    assert "1 Witness statement of the appellant: My statement about the dates 1–3" in index
    assert "2 Medical report 4–11" in index
    assert "Expert report" not in index  # asked for, not received
    assert phone.outside_requests == []
    phone.screenshot(path="test-results/evidence-plan.png", full_page=True)
