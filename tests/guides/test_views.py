"""Guide pages and their PDFs, in every language the site offers."""

import html
import io
import re
import unicodedata
from collections import Counter

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from pypdf import PdfReader

from guides.loading import CONTENT_DIR
from guides.models import Guide
from guides.rendering import render
from selfhelp.i18n import latin
from selfhelp.languages import LANGUAGES
from selfhelp.languages import get as language_info

CODES = [language.code for language in LANGUAGES]
FULLY_TRANSLATED = ["ar", "ti", "fr"]
SCRIPT_FONT = {
    "ar": "AR-Arabic",
    "fa": "AR-Arabic",
    "ur": "AR-Arabic",
    "ti": "AR-Ethiopic",
    "am": "AR-Ethiopic",
    "bn": "AR-Bengali",
}


LATIN = "A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff"
#: The languages written in the Latin alphabet: their PDFs read back word for word, in order.
LATIN_SCRIPT = {language.code for language in LANGUAGES} - latin.OTHER_SCRIPTS


def words(text):
    """Text as a list of words, for comparing what a page or PDF says regardless of line breaks.

    A run of Latin letters and a run of another script are separate words even when nothing separates
    them: a PDF's text layer can lose the space where Arabic meets English.
    """
    text = unicodedata.normalize("NFKC", html.unescape(text))
    # A zero-width non-joiner (Persian نامه‌ای) joins or parts the letters' shapes, not words; a PDF's
    # text layer may drop it.
    text = text.replace("\u200c", "")
    # English kept in a translation is marked (<bdi lang="en">): the words are the same.
    text = re.sub(r"</?bdi[^>]*>", "", text)
    # Vowel marks (Arabic harakat, Bengali vowel signs) may come back from a PDF apart from their letter,
    # or not at all (a Bengali ে drawn before its consonant): leave them out.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Mn", "Mc"})
    return re.findall(rf"[{LATIN}]+|[^\W{LATIN}_]+", text)


def contains(haystack, needle):
    """Whether the words of `needle` appear in order, together, in `haystack`."""
    return " ".join(words(needle)) in " ".join(words(haystack))


def contains_words(haystack, needle, share=0.9):
    """Whether (nearly) every word of `needle` is in `haystack`, as often as in `needle`.

    For PDFs of right-to-left text: a line that mixes Arabic and English ("(Home Office)") comes back
    from the PDF's text layer in visual order, so the words are there but not in reading order; and a
    ligature glyph can stand for two letters but map back to one (شيئًا reads back as شيًا). The page
    itself prints correctly; only the text layer is lossy, so one word in ten may be missing.
    """
    wanted = Counter(words(needle))
    missing = wanted - Counter(words(haystack))
    return sum(missing.values()) <= round((1 - share) * sum(wanted.values()), 9)  # 0.1 * 20 is 2, not 1.99…


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def pdf_fonts(reader):
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return fonts


def in_language(code, guide):
    with translation.override(code):
        return {
            "url": reverse("guides:detail", args=[guide.slug]),
            "pdf": reverse("guides:pdf", args=[guide.slug]),
            "title": guide.title,
            "summary": guide.summary,
            "items": [item.text for section in guide.sections.all() for item in section.items.all()],
            "headings": [section.heading for section in guide.sections.all()],
            # the first words of its text (in the language, or the English standing in), as the page shows
            "body_words": words(strip_tags(render(next(s.body for s in guide.sections.all() if s.body))))[
                :20
            ],
        }


def test_there_are_guides_to_test(guides):
    assert len(guides) >= 10


@pytest.mark.parametrize("code", CODES)
def test_every_guide_page_shows_its_title_summary_headings_checklists_and_sources(client, guides, code):
    for guide in guides:
        expected = in_language(code, guide)
        response = client.get(expected["url"])

        assert response.status_code == 200
        page = response.content.decode()
        assert f'<html lang="{code}"' in page
        assert contains(page, expected["title"])
        assert contains(page, expected["summary"])
        for heading in expected["headings"]:
            assert contains(page, heading)
        for item in expected["items"]:
            assert contains(page, item)
        assert guide.sources.exists()
        assert f'<a href="/{code}/guides/{guide.slug}/sources/">' in page
        assert guide.last_checked.isoformat() in page


def test_a_guides_sources_have_a_page_of_their_own_with_the_day_each_was_checked(client, guides):
    guide = Guide.objects.get(slug="inadmissibility")
    response = client.get("/ur/guides/inadmissibility/sources/")

    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ur" dir="rtl"' in page
    assert '<ul lang="en" dir="ltr">' in page
    assert guide.sources.count() >= 10
    for source in guide.sources.all():
        assert contains(page, source.citation)
        assert f'href="{source.url}"' in page
    assert guide.last_checked.isoformat() in page
    assert 'href="/ur/guides/inadmissibility/"' in page
    # The guide's own page only links to them: a long guide stays within the first view.
    assert guide.sources.first().citation not in client.get("/ur/guides/inadmissibility/").content.decode()


def test_an_evidence_pages_sources_have_their_page_and_an_unknown_guide_has_none(client, guides):
    evidence = Guide.objects.evidence().first()

    page = client.get(f"/en/evidence/{evidence.slug}/").content.decode()
    assert f'<a href="/en/evidence/{evidence.slug}/sources/">' in page
    sources = client.get(f"/en/evidence/{evidence.slug}/sources/").content.decode()
    assert all(contains(sources, source.citation) for source in evidence.sources.all())
    assert client.get("/en/guides/no-such-guide/sources/").status_code == 404
    assert client.get(f"/en/guides/{evidence.slug}/sources/").status_code == 404


def test_a_guides_pdf_still_lists_every_source(client, guides):
    guide = Guide.objects.get(slug="appeal-rights")
    text, _reader = pdf_text(client.get("/en/guides/appeal-rights/pdf/").content)

    for source in guide.sources.all():
        assert " ".join(source.citation.split()[:4]) in text


def with_translation_file(guides, code):
    """The guides that have a translation file in the language (new guides are English until translated)."""
    return [
        guide for guide in guides if (CONTENT_DIR / "translations" / code / f"{guide.slug}.toml").exists()
    ]


@pytest.mark.parametrize("code", FULLY_TRANSLATED)
def test_translated_guides_show_the_summary_in_the_language_beside_the_english(client, guides, code):
    translated = with_translation_file(guides, code)
    assert len(translated) >= 11
    for guide in translated:
        expected = in_language(code, guide)
        assert expected["summary"] != guide.summary_en, f"{guide.slug} has no {code} summary"

        page = client.get(expected["url"]).content.decode()

        assert contains(page, expected["summary"])
        assert contains(page, guide.summary_en)
        assert "not yet reviewed by a fluent speaker" in page or code != "en"


def test_a_translation_marked_reviewed_in_the_admin_loses_its_warning(client, guides):
    guide = guides[0]
    url = in_language("fr", guide)["url"]
    assert "unreviewed" in client.get(url).content.decode()

    guide.reviewed_languages = ["fr"]
    guide.save()  # as the admin saves it (which also replaces the cached page)

    assert "unreviewed" not in client.get(url).content.decode()


def test_a_language_without_a_translation_says_so_and_shows_english(
    client, guides, without_wording, without_content
):
    without_wording("so")
    guide = without_content(guides[0], "so")
    page = client.get(in_language("so", guide)["url"]).content.decode()

    assert "This site's wording is not yet translated into <bdi>Soomaali</bdi>" in page
    assert '<p class="notice" lang="en" dir="ltr">This has not been translated into Soomaali yet' in page
    assert f'<p lang="en" dir="ltr">{html.escape(guide.summary_en)}</p>' in page


def translate_bodies(guide, code, prefix):
    """Give every section of a guide a (test) translation of its text in one language."""
    for section in guide.sections.all():
        if section.body_en:
            setattr(section, f"body_{code.replace('-', '_')}", f"{prefix} {section.key}.")
            section.save()


def test_a_translated_guide_text_is_shown_in_the_language_with_a_link_to_the_english(client, guides):
    guide = guides[0]
    translate_bodies(guide, "fr", "Texte traduit de la partie")

    page = client.get(f"/fr/guides/{guide.slug}/").content.decode()

    first = next(section for section in guide.sections.all() if section.body_en)
    assert f'<div class="body"><p>Texte traduit de la partie {first.key}.</p></div>' in page
    assert '<div class="body" lang="en"' not in page
    assert first.body_en[:40] not in page  # never both languages in full on one page
    assert f'<a href="/en/guides/{guide.slug}/" hreflang="en"' in page
    assert "notice unreviewed" in page


def test_a_guide_partly_translated_marks_the_english_parts_and_says_so(client, guides):
    guide = guides[0]
    translate_bodies(guide, "fr", "Texte traduit de la partie")
    untranslated = next(section for section in guide.sections.all() if section.body_en)
    untranslated.body_fr = ""
    untranslated.save()

    page = client.get(f"/fr/guides/{guide.slug}/").content.decode()

    assert '<div class="body" lang="en" dir="ltr">' in page
    with translation.override("fr"):
        notice = translation.gettext(
            "Parts of this page are not yet translated into <bdi>%(name)s</bdi>, or have changed in English "
            "since they were translated. Those parts are shown in English."
        )
    assert not notice.startswith("Parts of this page")  # the French wording
    assert notice % {"name": "Français"} in page


def test_a_reviewed_translation_of_the_guide_text_loses_its_warning(client, guides):
    guide = guides[0]
    translate_bodies(guide, "fr", "Texte traduit de la partie")
    guide.reviewed_languages = ["fr"]
    guide.save()  # as the admin saves it (which also replaces the cached page)

    page = client.get(f"/fr/guides/{guide.slug}/").content.decode()

    assert "notice unreviewed" not in page


@pytest.mark.layout
@pytest.mark.parametrize("code", CODES)
def test_every_guide_downloads_as_a_pdf_that_reads_back_in_its_language(client, guides, code):
    for guide in guides:
        expected = in_language(code, guide)
        response = client.get(expected["pdf"])

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert f'filename="{guide.slug}-{code}.pdf"' in response["Content-Disposition"]
        text, reader = pdf_text(response.content)
        found = contains if code in LATIN_SCRIPT else contains_words
        assert found(text, expected["title"]), guide.slug
        assert found(text, expected["summary"]), guide.slug
        assert contains(text, guide.summary_en), guide.slug
        if code == "bn":
            # Bengali's text layer gives back about one word in ten wrong (a reph or a vowel sign out of
            # place, guides/content/LANGUAGES.md; the page prints right): too many for a short item, so
            # the items are read back together.
            assert contains_words(text, " ".join(expected["items"]), share=0.85), guide.slug
        else:
            for item in expected["items"]:
                assert found(text, item), (guide.slug, item)
        # Most of the first 20 words of the text are enough to show it is the translation.
        body = " ".join(expected["body_words"])
        read_back = contains(text, body) if code in LATIN_SCRIPT else contains_words(text, body, share=0.8)
        assert read_back, guide.slug
        fonts = pdf_fonts(reader)
        assert "AR-Latin" in fonts
        if code in SCRIPT_FONT:
            assert SCRIPT_FONT[code] in fonts, fonts


def test_a_pdf_is_a4(client, guides):
    reader = PdfReader(io.BytesIO(client.get(in_language("en", guides[0])["pdf"]).content))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)


def test_an_unknown_guide_is_not_found(client, guides):
    assert client.get("/en/guides/no-such-guide/").status_code == 404
    assert client.get("/en/guides/no-such-guide/pdf/").status_code == 404


def test_the_guide_list_links_every_guide_in_order(client, guides):
    page = client.get(reverse("guides:list")).content.decode()
    positions = [page.index(f'href="/en/guides/{guide.slug}/"') for guide in guides]
    assert positions == sorted(positions)


def test_the_glossary_lists_every_term_and_each_term_has_a_page_with_its_meaning(client, guides):
    from guides.models import GlossaryTerm

    index = client.get("/en/glossary/").content.decode()
    for term in GlossaryTerm.objects.all():
        assert f'href="/en/glossary/{term.key}/"' in index
        page = client.get(f"/en/glossary/{term.key}/").content.decode()
        assert contains(page, term.definition)


@pytest.mark.parametrize("code", FULLY_TRANSLATED)
def test_a_term_page_in_another_language_shows_the_meaning_in_it_and_in_english(client, guides, code):
    from guides.models import GlossaryTerm

    term = GlossaryTerm.objects.get(key="rfrl")
    with translation.override(code):
        meaning = term.definition
    page = client.get(f"/{code}/glossary/rfrl/").content.decode()

    assert contains(page, meaning)
    assert contains(page, term.definition_en)


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_the_whole_glossary_downloads_as_a_pdf_with_every_meaning(client, guides, code):
    from guides.models import GlossaryTerm

    text, _reader = pdf_text(client.get(f"/{code}/glossary/pdf/").content)

    found = contains_words if language_info(code).rtl else contains
    for term in GlossaryTerm.objects.all():
        with translation.override(code):
            assert found(text, term.definition), term.key


def test_links_inside_guides_point_at_pages_that_exist(client, guides):
    for guide in guides:
        page = client.get(in_language("en", guide)["url"]).content.decode()
        for href in set(re.findall(r'href="(/[^"#]*)', page)):
            if href.startswith("/static/") or href.endswith("/pdf/"):  # PDFs are tested above
                continue
            assert client.get(href).status_code == 200, (guide.slug, href)


def test_english_kept_in_a_translated_text_is_marked_english_in_another_script_only(client, guides):
    guide = Guide.objects.get(slug="appeal-rights")

    pashto = client.get("/ps/guides/appeal-rights/").content.decode()
    french = client.get("/fr/guides/appeal-rights/").content.decode()

    # In the text: "(judicial review)" kept in brackets after the Pashto, marked and isolated.
    assert '(<bdi lang="en">judicial review</bdi>)' in pashto
    assert "&lt;bdi" not in pashto
    # In a heading, a field shown through the translated filter.
    heading = guide.sections.get(key="judicial-review").heading_ps
    assert "judicial review" in heading and '<bdi lang="en">judicial review</bdi>' in pashto
    assert '<bdi lang="en">' not in french


def test_marking_english_leaves_markdowns_placeholders_whole():
    with translation.override("ar"):
        html_text = render("نص & (Home Office) <b>x</b> و Q&A")

    assert "\x02" not in html_text and "\x03" not in html_text and "wzxhzdk" not in html_text
    assert '&amp; (<bdi lang="en">Home Office</bdi>) &lt;' in html_text
