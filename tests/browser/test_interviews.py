"""The interview record on a 360×740 phone: bring in the record on a case, open a paragraph of the letter
that cites it, see the cited question in the record's words, add the finding to the answer."""

import re

import pytest
from playwright.sync_api import expect

from selfhelp.annotator import importing
from tests.annotator.make_interviews import HERE
from tests.browser.axe import violations
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def checked(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "scrolls sideways"
    assert violations(page) == []


def test_a_person_brings_in_their_interview_record_and_opens_a_cited_question_from_a_paragraph(
    phone, case, user, guides
):
    importing.save(case, user, importing.from_text((HERE / "letter-citing-air.txt").read_text()))
    phone.goto(f"{phone.base}/en/accounts/login/?next=/en/cases/{case.public_id}/interviews/")
    phone.get_by_label("Username").fill("amira")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name=re.compile("Log in")).click()

    expect(phone.get_by_role("heading", name="Your interview records")).to_be_visible()
    checked(phone)
    phone.get_by_label("Asylum interview record (AIR)").check()
    phone.get_by_label("Paste the text of the interview record").fill((HERE / "air-qa.txt").read_text())
    phone.get_by_role("button", name="Read the record").click()
    expect(phone.get_by_text("Your Asylum interview record (AIR) is saved: 10 questions.")).to_be_visible()
    expect(phone.locator("#q6")).to_contain_text("When did you leave Eritrea?")
    checked(phone)

    phone.goto(f"{phone.base}/en/cases/{case.public_id}/interviews/")
    phone.get_by_role("link", name="Paragraph 3").click()
    findings = phone.locator(".interview-findings")
    expect(findings).to_contain_text("We could not find these words in your answer to question 6.")
    expect(findings.locator("blockquote")).to_contain_text("I left Eritrea in March 2019 with my uncle.")
    checked(phone)

    findings.get_by_role("button", name="Add this to my answer").click()
    expect(phone.get_by_label("Your comment, in your own words")).to_have_value(
        re.compile("The letter says I said “you left Eritrea in June 2019” at AIR Q6.")
    )
