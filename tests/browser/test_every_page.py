"""Every important page, at the narrowest phone width WCAG asks for (320 px), in English and Arabic:
no sideways scrolling, no accessibility violations found by axe, nothing loaded from another host."""

import pytest
from django.test import Client

from tests.browser.axe import violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC = [
    "/",
    "/guides/",
    "/guides/reading-your-letter/",
    "/glossary/",
    "/glossary/rfrl/",
    "/changes/",
    "/guides/inadmissibility/",
    "/deadlines/?decision=out-of-country-appeal&departed=2026-11-10",
    "/deadlines/",
    "/deadlines/?decision=refusal&letter_date=2026-11-10&sent=2026-11-12",
    "/deadlines/passed/",
    "/letter/",
    "/file-request/",
    "/evidence/",
    "/evidence/expert-reports/",
    "/print/",
    "/privacy/",
    "/accounts/login/",
    "/accounts/signup/",
]
ON_A_CASE = [
    "",
    "checklists/",
    "checklists/reading-your-letter/",
    "deadlines/",
    "letter/",
    "file-request/",
    "evidence/",
]


@pytest.fixture
def narrow(browser, live_server):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    page = context.new_page()
    outside = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url),
    )
    page.outside = outside
    yield page
    context.close()


def check(page, url):
    response = page.goto(url)
    problems = [] if response.ok else [f"answered {response.status}"]
    if not page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"):
        problems.append("scrolls sideways")
    problems += violations(page)
    return problems


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_public_page_fits_320_pixels_and_passes_axe(narrow, live_server, guides, code):
    problems = {path: check(narrow, f"{live_server.url}/{code}{path}") for path in PUBLIC}

    assert {path: found for path, found in problems.items() if found} == {}
    assert narrow.outside == []


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_page_of_a_case_fits_320_pixels_and_passes_axe(narrow, live_server, guides, user, case, code):
    client = Client()
    client.force_login(user)
    narrow.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )

    problems = {
        path: check(narrow, f"{live_server.url}/{code}/cases/{case.public_id}/{path}") for path in ON_A_CASE
    }

    assert {path: found for path, found in problems.items() if found} == {}
    assert narrow.outside == []
