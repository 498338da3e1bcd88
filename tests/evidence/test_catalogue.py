"""The evidence catalogue: a page per kind of evidence, translated summaries, sources with dates, PDFs."""

import pytest
from django.utils import translation

from guides.models import Guide
from tests.guides.test_views import contains, contains_words, pdf_text

KINDS = [
    "country-guidance-cases",
    "country-policy-notes",
    "objective-reports",
    "expert-reports",
    "medical-reports",
    "witness-statements",
    "letters-of-support",
    "your-own-documents",
    "translations",
]


@pytest.fixture
def kinds(guides):
    return list(Guide.objects.evidence())


def test_every_kind_of_evidence_has_a_page_with_sources_and_a_checklist(kinds):
    assert [kind.slug for kind in kinds] == KINDS
    for kind in kinds:
        assert kind.sources.exists(), kind.slug
        assert all(source.checked for source in kind.sources.all())
        assert any(section.items.exists() for section in kind.sections.all()), kind.slug


def test_the_catalogue_lists_every_kind_in_order(client, kinds):
    page = client.get("/en/evidence/").content.decode()

    positions = [page.index(f'href="/en/evidence/{kind.slug}/"') for kind in kinds]
    assert positions == sorted(positions)


@pytest.mark.parametrize("code", ["en", "ar", "ti", "fr", "so"])
def test_each_page_shows_its_summary_in_the_language_and_its_sources_with_dates(client, kinds, code):
    for kind in kinds:
        with translation.override(code):
            summary = kind.summary
        page = client.get(f"/{code}/evidence/{kind.slug}/").content.decode()

        assert contains(page, summary), (code, kind.slug)
        assert kind.last_checked.isoformat() in page
        sources = client.get(f"/{code}/evidence/{kind.slug}/sources/").content.decode()
        assert f'<a href="/{code}/evidence/{kind.slug}/sources/">' in page
        assert "(checked " in sources and all(source.url in sources for source in kind.sources.all())


def test_guide_addresses_do_not_open_evidence_pages(client, kinds):
    assert client.get(f"/en/guides/{kinds[0].slug}/").status_code == 404


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_each_page_downloads_as_a_pdf_in_the_language(client, kinds, code):
    for kind in kinds:
        with translation.override(code):
            summary = kind.summary
        response = client.get(f"/{code}/evidence/{kind.slug}/pdf/")

        assert response.status_code == 200
        text, _reader = pdf_text(response.content)
        assert contains_words(text, summary), (code, kind.slug)
        assert contains(text, kind.summary_en)
