"""The deadline calculator on a 360×740 phone screen, in English and in Arabic, with and without JavaScript.

Today is fixed at Tue 10 March 2026; a refusal posted on Tue 3 March must be appealed by Tue 17 March.
"""

from datetime import date

import pytest
from playwright.sync_api import expect

from selfhelp.deadlines import views
from tests.browser.axe import violations
from tests.guides.test_changes import saved_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def today(monkeypatch):
    # The live server runs in this process, so the page counts from this day too.
    monkeypatch.setattr(views, "today", lambda: date(2026, 3, 10))


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def work_out_a_refusal(page):
    page.locator("ul.tools a").first.click()
    page.locator("#id_letter_date").fill("2026-03-02")
    page.locator("#id_sent").fill("2026-03-03")
    page.locator("#id_received").fill("2026-03-05")
    page.locator("form [type=submit]").click()


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_the_calculator_works_on_a_phone(phone, guides, code, direction):
    phone.goto(f"{phone.base}/{code}/deadlines/")

    expect(phone.locator("html")).to_have_attribute("dir", direction)
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []

    work_out_a_refusal(phone)

    appeal = phone.locator("#ftt-appeal")
    expect(appeal.locator("time").first).to_have_attribute("datetime", "2026-03-17")
    expect(appeal.locator(".tag")).to_contain_text("7")
    assert phone.url.endswith("#result")
    assert "sent=2026-03-03" in phone.url
    assert no_sideways_scrolling(phone)
    # The counting opens with a tap, without JavaScript, and still fits the screen.
    appeal.locator("summary").first.click()
    expect(appeal.locator("ol li").first).to_be_visible()
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []
    phone.screenshot(path=f"test-results/deadlines-{code}.png", full_page=True)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_mistake_is_shown_on_a_phone_with_the_answers_kept(phone, guides, code):
    phone.goto(f"{phone.base}/{code}/deadlines/?decision=refusal")

    phone.locator("#id_letter_date").fill("2026-04-02")
    phone.locator("#id_sent").fill("2026-03-03")
    phone.locator("form [type=submit]").click()

    expect(phone.locator(".govuk-error-summary")).to_be_visible()
    expect(phone.locator("#id_letter_date")).to_have_value("2026-04-02")
    expect(phone.locator("#id_sent")).to_have_value("2026-03-03")
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []


def test_a_passed_deadline_on_a_phone_says_what_to_do_now(phone, guides, monkeypatch):
    monkeypatch.setattr(views, "today", lambda: date(2026, 3, 20))
    phone.goto(f"{phone.base}/ar/deadlines/?decision=refusal&letter_date=2026-03-02&sent=2026-03-03")

    expect(phone.locator("#ftt-appeal .late")).to_be_visible()
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []

    phone.goto(f"{phone.base}/ar/deadlines/passed/")
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []


def test_the_calculator_works_with_javascript_switched_off(browser, live_server, guides):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/en/deadlines/")

    work_out_a_refusal(page)

    expect(page.locator("#ftt-appeal")).to_contain_text("Tue 17 March 2026")
    with page.expect_download() as download:
        page.locator("a[href*='calendar.ics']").click()
    assert download.value.suggested_filename == "deadlines.ics"
    context.close()


def log_in(page, user):
    """A session for `user` in the browser, made the way the site makes one."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.base}]
    )


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_a_hearing_date_added_on_a_phone_is_listed_with_the_deadlines(
    phone, guides, user, case, settings, monkeypatch, code, direction
):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The case's refusal was sent on Thu 12 November 2026: the appeal must arrive by Thu 26 November.
    monkeypatch.setattr(views, "today", lambda: date(2026, 11, 24))
    log_in(phone, user)
    phone.goto(f"{phone.base}/{code}/cases/{case.public_id}/deadlines/")

    expect(phone.locator("html")).to_have_attribute("dir", direction)
    expect(phone.locator("#ftt-appeal time").first).to_have_attribute("datetime", "2026-11-26")
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []

    phone.locator("a[href$='/deadlines/dates/new/']").click()
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    phone.locator("#id_kind_1").check()  # a hearing
    phone.locator("#id_title").fill("Hearing at Taylor House")
    phone.locator("#id_date").fill("2026-12-01")
    phone.locator("#id_time").fill("10:00")
    phone.locator("form [type=submit]").click()

    hearing = phone.locator("section.own")
    expect(hearing.locator("h3")).to_have_text("Hearing at Taylor House")
    expect(hearing.locator("time")).to_have_attribute("datetime", "2026-12-01T10:00")
    ids = phone.locator("section.deadline").evaluate_all("sections => sections.map(s => s.id)")
    assert ids[:2] == ["ftt-appeal", "appeal-rights-exhausted"]
    assert ids[2].startswith("own-")  # Tue 1 December: after the appeal, before support can stop
    assert ids[3] == "support-ends"
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []
    phone.screenshot(path=f"test-results/case-deadlines-{code}.png", full_page=True)


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_a_refusal_outside_the_uk_shows_the_warning_first_on_a_phone(phone, guides, code, direction):
    phone.goto(f"{phone.base}/{code}/deadlines/?decision=refusal")
    phone.locator("#id_letter_date").fill("2026-03-02")
    phone.locator("#id_sent").fill("2026-03-03")
    phone.locator("#id_outside_uk").check()
    phone.locator("#id_departed").fill("2026-03-06")
    phone.locator("form [type=submit]").click()

    expect(phone.locator("html")).to_have_attribute("dir", direction)
    box = phone.locator("#result .warnings")
    expect(box).to_be_visible()
    expect(box).to_be_in_viewport()  # the page opens at the result, and the box is the first thing in it
    if code == "en":
        expect(box).to_contain_text("Leaving the UK ends your appeal.")
    appeal = phone.locator("#ftt-appeal")
    assert box.bounding_box()["y"] < appeal.bounding_box()["y"]
    # Counted from the day the letter was sent (Tue 3 March + 14), never from the day of leaving.
    expect(appeal.locator("time").first).to_have_attribute("datetime", "2026-03-17")
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []
    phone.screenshot(path=f"test-results/deadlines-outside-uk-{code}.png", full_page=True)


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_a_case_outside_the_uk_shows_the_warning_at_the_top_of_its_pages_on_a_phone(
    phone, guides, user, case, monkeypatch, code, direction
):
    monkeypatch.setattr(views, "today", lambda: date(2026, 11, 24))
    case.outside_uk, case.departed = True, date(2026, 11, 16)
    case.save()
    log_in(phone, user)

    for address in (f"/{code}/cases/{case.public_id}/", f"/{code}/cases/{case.public_id}/deadlines/"):
        phone.goto(f"{phone.base}{address}")
        expect(phone.locator("html")).to_have_attribute("dir", direction)
        box = phone.locator(".warnings")
        expect(box).to_be_visible()
        expect(box).to_be_in_viewport()  # on the first screen, without scrolling
        if code == "en":
            expect(box).to_contain_text("Leaving the UK ends your appeal.")
        assert no_sideways_scrolling(phone)
        assert violations(phone) == []
    phone.screenshot(path=f"test-results/case-outside-uk-{code}.png", full_page=True)
    # The notices link to "What changed", which also fits the phone and passes axe.
    phone.goto(f"{phone.base}/{code}/changes/")
    expect(phone.locator("#leaving-ends-the-appeal")).to_be_visible()
    assert no_sideways_scrolling(phone)
    assert violations(phone) == []
    assert phone.outside_requests == []


def test_a_what_changed_notice_on_a_case_can_be_hidden_on_a_phone_without_javascript(
    browser, live_server, guides, user, case
):
    saved_on(case, (2026, 12, 1))  # before the change was published: its notice shows, whatever today is
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.base = live_server.url
    log_in(page, user)
    page.goto(f"{page.base}/en/cases/{case.public_id}/")

    notice = page.locator("#change-leaving-ends-the-appeal")
    expect(notice).to_contain_text("Leaving the UK ends an appeal against a refusal")
    notice.get_by_role("button").click()

    expect(page.locator(".messages")).to_contain_text("The notice is hidden.")
    expect(page.locator("#change-leaving-ends-the-appeal")).to_have_count(0)
    page.goto(f"{page.base}/en/changes/#leaving-ends-the-appeal")
    expect(page.locator("#leaving-ends-the-appeal")).to_be_visible()
    context.close()
