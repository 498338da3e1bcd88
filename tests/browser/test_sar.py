"""The file request on a 360×740 phone: fill in the form, read what the letter says, download the PDF.

Today is fixed at Tue 24 November 2026 (the live server runs in this process).
"""

import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect
from pypdf import PdfReader

from selfhelp.sar.models import SubjectAccessRequest
from tests.browser.axe import violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 24))


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def fill_in_the_form(page, code="en"):
    """Fill the form by its labels, in the language of the page."""

    def label(text):
        with translation.override(code):
            return page.get_by_label(gettext(text))

    label("Your full name").fill("Amira Haddad")
    label("Your date of birth").fill("1990-03-20")
    label("Your nationality").fill("Syrian")
    label("Home Office reference (optional)").fill("h1234567")
    label("Your address").fill("Flat 2, 10 Mill Road\nLeeds\nLS2 9AA")
    label("The record of my asylum interview").check()
    label("Audio recordings of my interviews").check()
    label("Application registration card (ARC)").check()
    label("A supporter or lawyer sends it for me").check()
    label("Their name (optional)").fill("Sam Jones")


def test_a_person_fills_in_the_form_on_a_phone_and_downloads_the_letter(phone, guides, tmp_path):
    phone.goto(f"{phone.base}/en/file-request/")
    expect(phone.get_by_role("heading", name="Get your Home Office file")).to_be_visible()
    expect(phone.get_by_label("Detailed: my whole Home Office file (we suggest this)")).to_be_checked()
    expect(phone.get_by_label("By post, to my address")).to_be_checked()
    assert fits(phone)
    assert violations(phone) == []

    fill_in_the_form(phone)
    phone.get_by_role("button", name="Make my letter").click()

    expect(phone.get_by_role("heading", name="Your letter is ready")).to_be_visible()
    expect(phone.locator(".summary")).to_contain_text("It asks the Home Office for a copy of your whole file")
    expect(phone.locator(".summary")).to_contain_text("Sam Jones")
    assert fits(phone)
    assert violations(phone) == []

    with phone.expect_download() as info:
        phone.get_by_role("button", name="Download the letter (PDF)").click()
    download = info.value
    assert download.suggested_filename == "subject-access-request.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(saved).pages))
    assert "Subject access request: Amira Haddad" in text
    assert "Date of birth: 20 March 1990" in text
    assert "Home Office reference: H1234567" in text
    assert "Flat 2, 10 Mill Road Leeds LS2 9AA" in text
    assert "the record of my asylum (substantive) interview" in text
    assert "Sam Jones is sending this request for me" in text

    with phone.expect_download() as info:
        phone.get_by_role("button", name="Download the authority form (Word)").click()
    assert info.value.suggested_filename == "authority-form.docx"

    assert not SubjectAccessRequest.objects.exists()
    assert phone.outside_requests == []
    phone.screenshot(path="test-results/sar-result.png", full_page=True)


def test_a_mistake_is_explained_on_a_phone_with_everything_else_kept(phone, guides):
    phone.goto(f"{phone.base}/en/file-request/")
    fill_in_the_form(phone)
    phone.get_by_label("Your date of birth").fill("2031-01-01")
    phone.get_by_role("button", name="Make my letter").click()

    expect(phone.locator(".govuk-error-summary")).to_contain_text("A date of birth cannot be after today")
    expect(phone.get_by_label("Your full name")).to_have_value("Amira Haddad")
    expect(phone.get_by_label("Your address")).to_have_value("Flat 2, 10 Mill Road\nLeeds\nLS2 9AA")
    expect(phone.get_by_label("Audio recordings of my interviews")).to_be_checked()
    assert fits(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []


def test_the_result_fits_a_phone_in_arabic(phone, guides):
    phone.goto(f"{phone.base}/ar/file-request/")
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    fill_in_the_form(phone, "ar")
    phone.locator("form [type=submit]").click()

    expect(phone.locator("article.letter").first).to_have_attribute("dir", "ltr")
    assert fits(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []


def test_the_request_on_a_case_fits_a_phone_when_the_follow_up_letters_are_due(phone, case, user, guides):
    from tests.conftest import PASSWORD
    from tests.sar.helpers import save_request

    save_request(case, method="post", sent=date(2026, 9, 1), reminder_sent=date(2026, 10, 20))
    phone.goto(f"{phone.base}/en/accounts/login/?next=/en/cases/{case.public_id}/file-request/")
    phone.get_by_label("Username").fill("amira")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name=re.compile("Log in")).click()

    expect(phone.get_by_role("heading", name="Your Home Office file")).to_be_visible()
    expect(phone.locator(".sar-status")).to_contain_text("You can complain to the ICO now.")
    expect(
        phone.get_by_role("heading", name=re.compile("A complaint to the Information Commissioner"))
    ).to_be_visible()
    assert fits(phone)
    assert violations(phone) == []

    with phone.expect_download() as info:
        phone.get_by_role("link", name="Download (Word)").nth(2).click()
    assert info.value.suggested_filename == "complaint-to-ico.docx"
    assert phone.outside_requests == []
    phone.screenshot(path="test-results/sar-case.png", full_page=True)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_at_320_pixels_each_choice_takes_a_row_with_its_hint_under_it(browser, live_server, guides, code):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/{code}/file-request/")

    rows = page.eval_on_selector_all(
        ".govuk-radios__item",
        """items => items.map(item => {
            const [input, label, hint] = ['input', 'label', '.govuk-hint'].map(s => item.querySelector(s));
            const box = e => e && e.getBoundingClientRect();
            return {input: box(input), label: box(label), hint: box(hint), item: box(item)};
        })""",
    )

    assert len(rows) >= 5
    for row in rows:
        # The label sits beside the radio and is most of the row wide, not squeezed into a column.
        assert row["label"]["width"] > 200
        if row["hint"]:
            assert row["hint"]["top"] >= row["label"]["bottom"] - 1  # the hint is under the label
            assert abs(row["hint"]["left"] - row["label"]["left"]) < 2 or code == "ar"
            assert abs(row["hint"]["right"] - row["label"]["right"]) < 2
    tops = [row["item"]["top"] for row in rows]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # one choice a row
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    context.close()


def test_their_name_and_address_show_only_when_someone_else_sends_it(phone, guides):
    phone.goto(f"{phone.base}/en/file-request/")
    part = phone.locator("#representative")

    phone.get_by_label("I send it myself").check()
    expect(part).to_be_hidden()
    phone.get_by_label("A supporter or lawyer sends it for me").check()
    expect(part).to_be_visible()
    expect(part.get_by_label("Their name (optional)")).to_be_visible()
    expect(part.get_by_label("Their address or email (optional)")).to_be_visible()


def test_without_javascript_the_form_says_when_to_fill_in_their_details(browser, live_server, guides):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/file-request/")
    part = page.locator("#representative")

    expect(part).to_be_visible()
    expect(part.locator("legend")).to_have_text("If a supporter or lawyer sends it for you")
    expect(part).to_contain_text("Fill this in only if a supporter or lawyer sends the request for you.")
    context.close()
