"""Urdu, Pashto and Amharic as a reader sees them at 320 px: the page's language and direction, English
standing in for what is not translated yet marked as English (and laid out left to right), axe clean,
nothing scrolling sideways. Screenshots of a guide in Urdu (right to left) and Amharic (Ge'ez) at
360×740 and 320 px go to test-results/ to look at."""

import pytest
from django.test import Client

from tests.browser.axe import violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = {"ur": "rtl", "ps": "rtl", "am": "ltr"}
GUIDE = "appeal-rights"
RESULT = "/deadlines/?decision=refusal&letter_date=2026-11-10&sent=2026-11-12"


@pytest.fixture
def narrow(browser, live_server, user):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    yield page
    context.close()


# Every element marked English, and the direction the browser lays it out in.
ENGLISH_PARTS = """() => [...document.querySelectorAll('main [lang="en"]')].map(e => ({
    tag: e.tagName, dir: getComputedStyle(e).direction, text: e.textContent.trim().slice(0, 40)}))"""
# Text in <main> written in Latin letters outside any element marked English: English that is not marked.
# Abbreviations in capitals (PDF, AIR) are names every language keeps; a word has small letters. A
# translated sentence may keep an English term in brackets, "(judicial review)", as the person meets it on
# their papers: text counts as English when most of its words are in Latin letters.
# What the person typed (a case's name, in <bdi> or a form's <option>) is in no known language. The
# stages picture (SVG) is left out: its labels are cut into lines before the page is rendered, so only
# those that come whole from the catalogue can be marked.
UNMARKED_ENGLISH = r"""() => {
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = walker.currentNode, text = node.textContent.trim();
    const marked = node.parentElement.closest('[lang="en"], bdi, option, svg');
    const words = text.split(/\s+/), latin = words.filter(word => /^\W*[A-Za-z]/.test(word));
    if (/[a-z]{3,}/.test(text) && latin.length > words.length / 2 && !marked) found.push(text.slice(0, 40));
  }
  return found;
}"""


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_a_guide_the_calculator_result_and_the_case_home_read_right_at_320_pixels(
    narrow, live_server, guides, case, code
):
    pages = [f"/{code}/guides/{GUIDE}/", f"/{code}{RESULT}", f"/{code}/cases/{case.public_id}/"]
    for path in pages:
        response = narrow.goto(f"{live_server.url}{path}")
        assert response.ok, path

        assert narrow.evaluate("document.documentElement.lang") == code
        assert narrow.evaluate("document.documentElement.dir") == LANGUAGES[code]
        assert narrow.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
        assert violations(narrow) == [], path
        english = narrow.evaluate(ENGLISH_PARTS)
        if "/guides/" in path:  # the guides' text is not translated into these languages yet
            assert english, path
        assert {part["dir"] for part in english} <= {"ltr"}, path  # what is English is marked left to right
        assert narrow.evaluate(UNMARKED_ENGLISH) == [], (path, narrow.evaluate(UNMARKED_ENGLISH))


@pytest.mark.parametrize("code", ["ur", "am", "ti"])  # Tigrinya: Ge'ez text, while Amharic has none yet
def test_screenshots_of_a_guide_in_urdu_and_amharic(browser, live_server, guides, code):
    for width, height in [(360, 740), (320, 640)]:
        context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True)
        page = context.new_page()
        page.goto(f"{live_server.url}/{code}/guides/{GUIDE}/")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=f"test-results/guide-{code}-{width}.png")
        context.close()
