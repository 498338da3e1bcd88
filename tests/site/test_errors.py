"""The error pages (selfhelp.errors): in the reader's language, within the page budget, each with the way
back and what to do, none of them needing the database; checked with DEBUG off."""

import pytest
from django.db import DatabaseError, connection
from django.test import Client

from tests.weight import LIMIT, weight

ARABIC = {
    "guides": "الإرشادات",  # the menu
    "footer": "هذا الموقع يقدّم معلومات، وليس استشارة قانونية.",
}
PAGES = {
    400: ("/bad/", "We could not use this request"),
    403: ("/forbidden/", "You cannot open this page"),
    404: ("/{code}/no-such-page/", "We cannot find this page"),
    500: ("/fail/", "Something went wrong on our side"),
}


@pytest.fixture(autouse=True)
def production(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.site.failing_urls"


def refuse_every_query(execute, sql, params, many, context):
    raise DatabaseError("no database for error pages")


def get(url, code="en", **headers):
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=code, **headers)
    with connection.execute_wrapper(refuse_every_query):
        return client.get(url.format(code=code))


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("status", PAGES)
def test_each_error_page_is_in_the_readers_language_without_the_database(status, code):
    url, title = PAGES[status]

    response = get(url, code)

    assert response.status_code == status
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}"' in html
    if code == "en":
        assert f"<h1>{title}</h1>" in html
    else:
        assert ARABIC["guides"] in html and ARABIC["footer"] in html
    assert f'href="/{code}/"' in html  # the way back: the start page, in the same language
    assert f'href="/{code}/cases/"' in html and f'href="/{code}/guides/"' in html
    assert "no-store" in response["Cache-Control"]
    assert weight(html) < LIMIT


def test_the_csrf_failure_page_says_the_form_expired_and_what_to_do(user, case):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(user)

    response = client.post(f"/en/cases/{case.public_id}/edit/", {"name": "x"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>This form has expired</h1>" in html
    assert "Go back to the form and copy anything long you wrote" in html


def test_a_page_reached_from_this_site_offers_the_way_back_to_it():
    html = get("/en/no-such-page/", HTTP_REFERER="http://testserver/en/guides/").content.decode()

    assert 'href="http://testserver/en/guides/">Go back to the page you were on' in html


def test_no_way_back_is_offered_to_another_site():
    html = get("/en/no-such-page/", HTTP_REFERER="https://elsewhere.example/").content.decode()

    assert "elsewhere.example" not in html and "Go back to the page you were on" not in html


def test_an_old_case_link_explains_that_a_case_is_only_for_the_people_it_is_shared_with(client, db):
    response = client.get("/en/cases/AAAAAAAAAAAAAAAAAAAAAA/")

    assert response.status_code == 302  # not signed in: sent to log in first
    client.force_login(
        __import__("selfhelp.accounts.models").accounts.models.User.objects.create(username="x")
    )
    html = client.get("/en/cases/AAAAAAAAAAAAAAAAAAAAAA/").content.decode()
    assert "A saved case can only be opened by the people it is shared with" in html


def test_a_bad_host_gets_the_400_page():
    response = Client(raise_request_exception=False).get("/en/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert "We could not use this request" in response.content.decode()
