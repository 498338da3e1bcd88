"""What a person sees: a guide on a 360×740 phone screen, in English and in Arabic."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_a_guide_reads_on_a_phone(phone, guides, code, direction):
    guide = guides[1]
    phone.goto(f"{phone.base}/{code}/guides/{guide.slug}/")

    expect(phone.locator("html")).to_have_attribute("dir", direction)
    expect(phone.locator("h1")).to_be_visible()
    assert no_sideways_scrolling(phone)
    # The site's name sits at the start of the line: left in English, right in Arabic.
    name = phone.locator(".site-name").bounding_box()
    if direction == "rtl":
        assert name["x"] + name["width"] > 360 - 40
    else:
        assert name["x"] < 40
    assert violations(phone) == []
    assert phone.outside_requests == []
    phone.screenshot(path=f"test-results/guide-{code}.png", full_page=False)


def test_the_language_page_switches_language_without_losing_the_page(phone, guides):
    guide = guides[0]
    phone.goto(f"{phone.base}/en/guides/{guide.slug}/")

    phone.locator("a.languages").click()
    phone.get_by_role("link", name="العربية").click()

    expect(phone).to_have_url(f"{phone.base}/ar/guides/{guide.slug}/")
    expect(phone.locator("html")).to_have_attribute("lang", "ar")


def test_a_tick_on_a_guide_stays_on_this_phone_after_a_reload(phone, guides):
    guide = next(g for g in guides if any(s.items.exists() for s in g.sections.all()))
    phone.goto(f"{phone.base}/en/guides/{guide.slug}/")

    box = phone.locator(".checklist input").first
    box.check()
    phone.reload()

    expect(phone.locator(".checklist input").first).to_be_checked()


def test_a_guide_works_with_javascript_switched_off(browser, live_server, guides):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/guides/{guides[0].slug}/")

    expect(page.locator("h1")).to_be_visible()
    page.locator("a.languages").click()
    page.get_by_role("link", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    context.close()
