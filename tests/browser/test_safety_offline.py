"""On a phone: the quick exit, no-trace mode leaving nothing behind, and reading with no signal."""

import pytest
from playwright.sync_api import expect

from selfhelp.safety import NEUTRAL_URL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_quick_exit_replaces_the_page_in_the_history(phone, guides):
    phone.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="<title>Weather</title>weather"))
    phone.goto(f"{phone.base}/en/")
    phone.goto(f"{phone.base}/en/guides/")
    phone.get_by_role("link", name="Leave this site").click()
    phone.wait_for_url(NEUTRAL_URL)
    phone.go_back()
    assert phone.url == f"{phone.base}/en/"  # the guides page is gone from the history


def test_escape_twice_leaves(phone, guides):
    phone.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(body="weather"))
    phone.goto(f"{phone.base}/en/guides/")
    phone.keyboard.press("Escape")
    phone.keyboard.press("Escape")
    phone.wait_for_url(NEUTRAL_URL)


def test_no_trace_mode_leaves_no_storage_and_no_caches(phone, guides):
    phone.goto(f"{phone.base}/en/guides/")
    phone.evaluate("localStorage.setItem('tick:x', '1')")
    phone.goto(f"{phone.base}/en/safety/")
    phone.get_by_label("Use no-trace mode on this phone").check()
    phone.get_by_role("button", name="Save").click()
    expect(phone).to_have_title("Notes")
    phone.goto(f"{phone.base}/en/guides/")
    phone.wait_for_load_state("load")
    assert phone.evaluate("localStorage.length") == 0
    assert phone.evaluate("caches.keys().then(k => k.length)") == 0


def test_a_visited_guide_opens_offline_and_an_unvisited_page_says_it_needs_a_connection(phone, guides):
    phone.goto(f"{phone.base}/en/guides/")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.reload()  # now under the worker's control: this visit is kept
    phone.wait_for_function("caches.keys().then(k => k.includes('pages'))")
    phone.wait_for_timeout(300)
    phone.context.set_offline(True)
    try:
        phone.reload()
        expect(phone.get_by_role("heading", level=1)).to_have_text("Guides")
        phone.goto(f"{phone.base}/en/privacy/")
        expect(phone.get_by_role("heading", name="No connection")).to_be_visible()
    finally:
        phone.context.set_offline(False)


def test_a_form_sent_with_no_connection_keeps_what_was_typed_until_it_can_be_sent_again(phone, guides):
    phone.goto(f"{phone.base}/en/file-request/")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.reload()  # under the worker's control, which has kept the offline page
    phone.wait_for_function("caches.keys().then(k => k.includes('pages'))")
    phone.get_by_label("Your full name").fill("Tesfay Gebre")
    phone.context.set_offline(True)
    try:
        phone.get_by_label("Your full name").press("Enter")
        expect(phone.get_by_role("heading", name="No connection")).to_be_visible()
        kept = phone.locator("form.resend input[name=full_name]")
        expect(kept).to_have_value("Tesfay Gebre")
    finally:
        phone.context.set_offline(False)
    phone.get_by_role("button", name="Send it again").click()
    expect(phone.get_by_role("heading", name="No connection")).to_have_count(0)
    assert phone.locator("input[name=full_name]").input_value() == "Tesfay Gebre"
