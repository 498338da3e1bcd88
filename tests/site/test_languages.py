"""Languages: in the address, chosen from the browser, switched with no JavaScript, laid out by script."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from selfhelp.languages import LANGUAGES

RTL = {"ar", "fa", "fa-af", "ps", "ur", "ckb"}


@pytest.mark.parametrize(
    ("accept_language", "prefix"),
    [
        ("ar", "/ar/"),
        ("ar-SY,ar;q=0.9,en;q=0.5", "/ar/"),
        ("ti,en;q=0.5", "/ti/"),
        ("ti-ER", "/ti/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("fa-IR", "/fa/"),
        ("fa-AF,fa;q=0.8", "/fa-af/"),
        ("ps-AF", "/ps/"),
        ("ku", "/ku/"),
        ("ckb-IQ", "/ckb/"),
        ("so", "/so/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_the_front_page_sends_a_browser_to_its_language(client, db, accept_language, prefix):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == prefix


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_every_page_sets_lang_and_direction(client, guides, language):
    for name, args in [
        ("home", []),
        ("guides:list", []),
        ("guides:detail", [guides[0].slug]),
        ("guides:glossary", []),
    ]:
        with translation.override(language.code):
            response = client.get(reverse(name, args=args))

        assert response.status_code == 200
        direction = "rtl" if language.code in RTL else "ltr"
        assert f'<html lang="{language.code}" dir="{direction}" ' in response.content.decode()


def test_six_languages_are_right_to_left():
    assert {language.code for language in LANGUAGES if language.rtl} == RTL


def test_the_language_page_says_how_complete_and_how_checked_each_language_is(
    client, guides, without_wording
):
    from django.core.cache import caches

    from guides.models import InterfaceReview

    InterfaceReview.objects.create(language="fr", reviewed_on="2026-12-01")
    without_wording("ps")
    caches["local"].clear()
    page = client.get("/en/language/").content.decode()
    items = dict(re.findall(r'<li><a href="/([a-z-]+)/"[^>]*>.*?</a>\s*(.*?)</li>', page, re.S))

    assert "The original text." in items["en"]
    assert "Complete. Checked by a fluent speaker: <bdi>0%</bdi>." in items["ar"]
    assert "Translated: the site's wording <bdi>0%</bdi>, the guides <bdi>" in items["ps"]
    assert "Checked by a fluent speaker: <bdi>0%</bdi>." in items["ps"]
    checked = int(re.search(r"Checked by a fluent speaker: <bdi>(\d+)%", items["fr"]).group(1))
    assert 50 < checked < 100  # its wording is reviewed, its guides are not


def test_english_text_inside_a_right_to_left_page_is_marked_left_to_right(client, guides, without_content):
    without_content(guides[0], "ar")
    page = client.get(f"/ar/guides/{guides[0].slug}/").content.decode()

    assert '<div class="body" lang="en" dir="ltr">' in page


def test_every_page_links_to_the_language_page_with_the_way_back(client, guides):
    slug = guides[0].slug
    page = client.get(f"/en/guides/{slug}/?x=1").content.decode()

    assert f'class="languages" href="/en/language/?next=/en/guides/{slug}/%3Fx%3D1"' in page


def test_the_language_page_links_to_the_same_page_in_every_language_without_javascript(client, guides):
    slug = guides[0].slug
    page = client.get("/en/language/", {"next": f"/en/guides/{slug}/"}).content.decode()

    for language in LANGUAGES:
        link = re.search(
            rf'<a href="/{language.code}/guides/{slug}/" hreflang="{language.code}"[^>]*>(.*?)</a>', page
        )
        # The name in its own language and direction; the list itself keeps the page's direction.
        assert (
            f'<bdi lang="{language.code}" dir="{language.direction}">{language.native}</bdi>' in link.group(1)
        )


def test_the_language_page_is_one_column_in_the_pages_direction(client, db):
    page = client.get("/ar/language/").content.decode()
    choices = re.search(r'<ul class="language-list">(.*?)</ul>', page, re.S).group(1)

    assert "<a " in choices and not re.search(r"<a [^>]*\bdir=", choices)
    assert '<bdi lang="en" dir="ltr">English</bdi>' in choices
    assert '<bdi lang="ar" dir="rtl">العربية</bdi>' in choices


def test_the_language_page_keeps_the_query_string(client, db):
    page = client.get("/en/language/", {"next": "/en/guides/?q=1&x=%3Cb%3E"}).content.decode()

    assert 'href="/ar/guides/?q=1&amp;x=%3Cb%3E"' in page


@pytest.mark.parametrize("elsewhere", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_the_language_page_never_sends_anyone_to_another_site(client, db, elsewhere):
    page = client.get("/en/language/", {"next": elsewhere}).content.decode()

    choices = re.search(r'<ul class="language-list">(.*?)</ul>', page, re.S).group(1)
    assert "evil.example" not in choices and "javascript:" not in choices
    assert 'href="/ar/"' in choices


def test_a_shared_address_opens_in_its_own_language_whatever_the_browser_says(client, guides):
    response = client.get(f"/ti/guides/{guides[0].slug}/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert response["Content-Language"] == "ti"


def test_a_language_the_site_does_not_offer_is_not_found(client, db):
    assert client.get("/de/guides/").status_code == 404
