"""English standing in for missing translations is marked as English, in pages and PDFs only."""

import io

import pytest
from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader

from selfhelp.i18n.standins import CLOSE, OPEN, mark

PUA = (OPEN, CLOSE)


def test_a_marked_piece_of_text_becomes_english_and_a_whole_element_of_it_gets_lang_itself():
    html = f"<ul><li>{OPEN}Guides{CLOSE}</li><li>Deux {OPEN}days{CLOSE}</li></ul>"

    assert (
        mark(html)
        == '<ul><li lang="en" dir="ltr">Guides</li><li>Deux <span lang="en" dir="ltr">days</span></li></ul>'
    )


def test_marks_inside_attributes_titles_and_options_are_dropped():
    html = (
        f'<title>{OPEN}Home{CLOSE}</title><nav aria-label="{OPEN}Main{CLOSE}"></nav>'
        f"<select><option>{OPEN}Yes{CLOSE}</option></select><svg><text>{OPEN}5{CLOSE} days</text></svg>"
    )

    assert mark(html) == (
        '<title>Home</title><nav aria-label="Main"></nav><select><option>Yes</option></select>'
        "<svg><text>5 days</text></svg>"
    )


def test_a_line_of_a_picture_that_is_all_english_is_marked_english_and_left_to_right():
    html = f'<svg><text x="280" text-anchor="end">▸ {OPEN}You are here{CLOSE}</text></svg>'

    assert (
        mark(html)
        == '<svg><text x="280" text-anchor="end" lang="en" direction="ltr">▸ You are here</text></svg>'
    )


def test_an_english_line_in_a_right_to_left_picture_ends_beside_the_circles_and_reads_left_to_right():
    html = f'<svg><text x="280" direction="rtl" text-anchor="start">◂ {OPEN}You are here{CLOSE}</text></svg>'

    assert (
        mark(html)
        == '<svg><text x="280" text-anchor="end" lang="en" direction="ltr">◂ You are here</text></svg>'
    )


def test_english_across_two_elements_is_not_wrapped_in_a_span_that_would_break_them():
    assert mark(f"<p>{OPEN}one</p><p>two{CLOSE}</p>") == "<p>one</p><p>two</p>"


def test_english_with_its_own_markup_is_wrapped_whole():
    assert mark(f'<p>Voir {OPEN}the <a href="/x">guide</a>{CLOSE}.</p>') == (
        '<p>Voir <span lang="en" dir="ltr">the <a href="/x">guide</a></span>.</p>'
    )


def test_gettext_outside_a_page_returns_plain_english(db, without_wording):
    without_wording("ps")
    with translation.override("ps"):
        assert gettext("Guides") == "Guides"


@pytest.mark.parametrize("code", ["ps", "ur", "am", "so"])
def test_a_page_in_a_language_without_its_wording_marks_every_english_piece(
    client, guides, code, without_wording, without_content
):
    without_wording(code)
    without_content(guides[0], code)
    page = client.get(f"/{code}/guides/{guides[0].slug}/").content.decode()

    assert not any(ch in page for ch in PUA)
    assert f'<html lang="{code}"' in page
    assert "This site's wording is not yet translated into <bdi>" in page
    assert '<p class="notice" lang="en" dir="ltr">This site' in page
    assert '<li><a href="/' + code + '/guides/" lang="en" dir="ltr">Guides</a></li>' in page
    assert f'<h1 lang="en" dir="ltr">{guides[0].title_en}</h1>' in page
    assert '<div class="body" lang="en" dir="ltr">' in page
    assert '<span lang="en" dir="ltr">Last checked</span>' in page


@pytest.mark.parametrize("code", ["ar", "ti", "fr"])
def test_a_page_in_a_translated_language_marks_only_what_is_english(client, guides, code):
    page = client.get(f"/{code}/guides/{guides[0].slug}/").content.decode()

    assert not any(ch in page for ch in PUA)
    assert "This site's wording is not yet translated" not in page
    assert '<h1 lang="en"' not in page
    # The guide's text is translated: none of it is marked English.
    assert '<div class="body">' in page
    assert '<div class="body" lang="en"' not in page


@pytest.mark.parametrize("code", ["ar", "am"])
def test_a_guide_text_not_yet_translated_stands_in_english_marked(client, guides, code, without_content):
    guide = guides[0]
    section = guide.sections.exclude(body="").first()
    setattr(section, f"body_{code.replace('-', '_')}", "")
    section.save()
    page = client.get(f"/{code}/guides/{guide.slug}/").content.decode()

    assert page.count('<div class="body" lang="en" dir="ltr">') == 1
    assert '<h1 lang="en"' not in page


def test_a_pdf_has_no_marks_left_in_its_text(client, guides, without_wording):
    without_wording("ps")
    response = client.get(f"/ps/guides/{guides[0].slug}/pdf/")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)

    assert "Where this information comes from" in text
    assert not any(ch in text for ch in PUA)


def test_a_calendar_file_is_plain_text_without_marks(client, db):
    response = client.get("/ps/deadlines/calendar.ics", {"decision": "refusal", "sent": "2026-11-12"})

    assert response.status_code == 200
    assert not any(ch in response.content.decode() for ch in PUA)
