"""What a person sees: sign up on a phone, save a case, tick a step, share it, delete everything."""

import re

import pytest
from playwright.sync_api import expect

from selfhelp.accounts.models import User
from selfhelp.cases.models import Case, Tick
from tests.browser.axe import violations
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_sign_up_save_a_case_tick_share_and_delete_everything_on_a_phone(phone, guides, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    page = phone
    page.goto(f"{page.base}/en/accounts/signup/")
    assert violations(page) == []
    page.get_by_label("Username").fill("amira")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", name="Your cases")).to_be_visible()

    page.get_by_role("link", name="Save a new case").click()
    page.get_by_label("A name for this case").fill("My appeal")
    page.get_by_label("Refusal with a right of appeal").check()
    page.get_by_label("The date it was sent").fill("2026-11-12")
    page.get_by_role("button", name="Save the case").click()
    expect(page.get_by_role("heading", name="My appeal")).to_be_visible()
    expect(page.get_by_role("img", name="Where you are now")).to_be_visible()
    assert fits(page)
    assert violations(page) == []

    page.get_by_role("link", name="Open the checklists").first.click()
    page.locator(".cards a").first.click()
    page.wait_for_load_state()  # the script that saves each tick is loaded
    first_box = page.locator(".checklist input").first
    first_box.check()
    expect(page.locator("[data-done]")).to_have_text("1")  # saved by the script, no reload
    page.reload()
    expect(page.locator(".checklist input").first).to_be_checked()
    assert Tick.objects.count() == 1

    page.get_by_role("link", name="My appeal").click()
    page.get_by_role("link", name=re.compile("Share with a supporter")).click()
    page.get_by_role("button", name="Make a share code").click()
    expect(page.locator(".code")).to_have_text(re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$"))
    assert fits(page)

    page.goto(f"{page.base}/en/accounts/")
    page.get_by_role("link", name="Delete everything").click()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand that this cannot be undone").check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_text("Your account and everything only you held are deleted.")).to_be_visible()
    assert not User.objects.exists()
    assert not Case.objects.exists()
    assert page.outside_requests == []
