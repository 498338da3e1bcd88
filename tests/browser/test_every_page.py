"""Every important page, at the narrowest phone width WCAG asks for (320 px), in English and Arabic:
no sideways scrolling, no accessibility violations found by axe, nothing loaded from another host.

Zoom is a narrower CSS viewport: a 320 px screen at 200% zoom lays pages out in 160 CSS pixels, at
400% in 80 (WCAG 1.4.10 reflow). Every zoom is checked for sideways scrolling; axe runs at 100%.
"""

import pytest
from django.test import Client

from tests.annotator.helpers import save_letter
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
    "letter/1/",
    "letter/2/",
    "file-request/",
    "evidence/",
]


ZOOMS = {100: 320, 200: 160, 400: 80}  # zoom (%) on a 320 px screen → CSS pixels wide


def reachable_from_home(page, base, code):
    """The site's own pages linked from the home page (and its header and footer), without fragments."""
    page.goto(f"{base}/{code}/")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    paths = {href.split("#")[0] for href in hrefs if href.startswith(f"/{code}/")}
    return sorted(path.removeprefix(f"/{code}") for path in paths if not path.endswith((".pdf", "/pdf/")))


@pytest.fixture(params=list(ZOOMS), ids=lambda zoom: f"{zoom}%")
def zoom(request):
    return request.param


@pytest.fixture
def narrow(browser, live_server, zoom):
    width = ZOOMS[zoom]
    context = browser.new_context(viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True)
    page = context.new_page()
    outside = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url),
    )
    page.outside = outside
    page.zoom = zoom
    yield page
    context.close()


def check(page, url):
    response = page.goto(url)
    problems = [] if response.ok else [f"answered {response.status}"]
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
        "document.documentElement.clientWidth + 1 || e.getBoundingClientRect().left < -1)"
        ".map(e => e.tagName.toLowerCase() + "
        "(e.className && e.className.baseVal === undefined ? '.' + e.className : ''))"
        ".slice(0, 3)"
    )
    # clientWidth, not innerWidth: a phone browser zooms out to show a page that is too wide, and then
    # innerWidth grows with it.
    if not page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"):
        problems.append(f"scrolls sideways ({', '.join(wide)})")
    if page.zoom == 100:
        problems += violations(page)
    return problems


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_public_page_fits_320_pixels_and_passes_axe(narrow, live_server, guides, code):
    paths = sorted(set(PUBLIC) | set(reachable_from_home(narrow, live_server.url, code)))
    problems = {path: check(narrow, f"{live_server.url}/{code}{path}") for path in paths}

    assert {path: found for path, found in problems.items() if found} == {}
    assert narrow.outside == []


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_page_of_a_case_fits_320_pixels_and_passes_axe(narrow, live_server, guides, user, case, code):
    save_letter(case, user)  # so that the letter's paragraph pages exist
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
