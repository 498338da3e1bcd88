"""The guides for the road after a refusal: lodging the appeal, the hearing, the decision, and after.

They are English until translated; these tests check what the loader makes of the files, what a
reader sees on the page in English and in Arabic (the English marked as English), and what the PDF
says when read back.
"""

import html
import io
import re
import tomllib

import pytest
from django.urls import reverse
from pypdf import PdfReader

from guides.loading import CONTENT_DIR
from guides.models import Guide
from tests.guides.test_views import contains_words

ROAD = [
    "lodging-your-appeal",
    "getting-ready-for-the-hearing",
    "the-hearing-day",
    "after-the-appeal-decision",
    "appeal-rights-exhausted",
    "reporting-and-detention",
    "removal-and-deportation",
]


def flat(text):
    return re.sub(r"\s+", " ", html.unescape(text))


def pdf_text(content):
    return flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def road(guides):
    by_slug = {guide.slug: guide for guide in guides}
    return [by_slug[slug] for slug in ROAD]


def test_the_seven_guides_load_in_the_order_of_the_road_after_the_earlier_guides(guides):
    loaded = road(guides)
    orders = [guide.order for guide in loaded]

    assert orders == sorted(orders)
    earlier = [guide.order for guide in guides if guide.slug not in ROAD]
    assert min(orders) > max(earlier)
    assert all(guide.collection == Guide.Collection.GUIDES for guide in loaded)


@pytest.mark.parametrize("slug", ROAD)
def test_each_guide_cites_its_sources_with_checked_dates_and_takes_the_oldest(guides, slug):
    guide = Guide.objects.get(slug=slug)
    data = tomllib.loads((CONTENT_DIR / "guides" / f"{slug}.toml").read_text())

    assert guide.sources.count() == len(data["sources"]) >= 3
    assert guide.last_checked == min(source["checked"] for source in data["sources"])
    assert all(source.citation and source.checked for source in guide.sources.all())


@pytest.mark.parametrize("slug", ROAD)
def test_every_what_to_do_section_is_a_checklist(guides, slug):
    guide = Guide.objects.get(slug=slug)
    actions = [section for section in guide.sections.all() if section.heading.startswith("What to do")]

    assert actions
    for section in actions:
        assert section.items.count() >= 5, section.key


def test_what_could_not_be_confirmed_is_said_to_the_reader_and_in_the_sources(client, guides):
    page = flat(client.get(reverse("guides:detail", args=["lodging-your-appeal"])).content.decode())
    sources = flat(client.get(reverse("guides:sources", args=["lodging-your-appeal"])).content.decode())

    assert "We could not confirm how many letters it takes" in page
    assert "reasons box in the tribunal's online appeal form: NOT confirmed" in sources

    hearing = flat(client.get(reverse("guides:detail", args=["the-hearing-day"])).content.decode())
    hearing_sources = flat(client.get(reverse("guides:sources", args=["the-hearing-day"])).content.decode())
    assert "We could not confirm whether a newer note has replaced the 2010 note" in hearing
    assert "Whether a newer note has replaced it was NOT confirmed" in hearing_sources


def test_the_lodging_guide_gives_both_fees_and_says_people_on_asylum_support_do_not_pay(client, guides):
    page = flat(client.get(reverse("guides:detail", args=["lodging-your-appeal"])).content.decode())

    assert "<strong>£140</strong> for an appeal with a hearing" in page
    assert "<strong>£80</strong> if the judge decides on the papers only" in page
    assert "You do <strong>not</strong> pay if" in page
    assert "asylum support</a> from the Home Office" in page


def test_the_permission_time_limits_match_the_rules(client, guides):
    page = flat(client.get(reverse("guides:detail", args=["after-the-appeal-decision"])).content.decode())

    assert (
        "no later than <strong>14 days after</strong> its decision was sent (28 days if you are outside"
        in page
    )
    assert "no later than <strong>14 days after</strong> the refusal was sent (one month if you are" in page


@pytest.mark.parametrize("slug", ROAD)
def test_a_guide_not_yet_translated_shows_its_english_marked_as_english(
    client, guides, slug, without_content
):
    guide = without_content(Guide.objects.get(slug=slug), "ar")
    page = html.unescape(client.get(f"/ar/guides/{slug}/").content.decode())

    assert '<html lang="ar" dir="rtl"' in page
    assert f'<h1 lang="en" dir="ltr">{guide.title_en}</h1>' in page
    for section in guide.sections.all():
        assert f'<section id="{section.key}"' in page
        for item in section.items.all():
            assert f'<span lang="en" dir="ltr">{item.text_en}</span>' in page


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("slug", ROAD)
def test_each_guide_pdf_reads_back_its_title_and_every_checklist_item(client, guides, slug, code):
    guide = Guide.objects.get(slug=slug)
    response = client.get(f"/{code}/guides/{slug}/pdf/")

    assert response.status_code == 200
    text = pdf_text(response.content)

    # Arabic comes back from the PDF's text layer in visual order: its words are compared, not its lines.
    def found(words):
        return contains_words(text, words) if code == "ar" else flat(words) in text

    assert found(getattr(guide, f"title_{code}"))
    for section in guide.sections.all():
        for item in section.items.all():
            assert found(getattr(item, f"text_{code}")), item.key
