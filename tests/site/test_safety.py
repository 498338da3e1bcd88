"""Safe on a shared phone: the quick exit on every page, no-trace mode, leave and forget, and when a
signed-in person is signed out."""

import re

import pytest

from selfhelp.safety import NEUTRAL_URL

pytestmark = pytest.mark.django_db


def test_every_page_has_a_quick_exit_that_works_without_javascript(client, guides):
    for url in ("/en/", "/ar/guides/", "/en/deadlines/", "/en/no-such-page/"):
        page = client.get(url).content.decode()
        assert re.search(rf'<a class="quick-exit" href="{NEUTRAL_URL}" rel="noreferrer"[^>]*>', page), url
        assert "js/safety.js" in page


def test_no_trace_mode_is_remembered_on_the_device_and_gives_a_neutral_title_and_icon(client):
    client.post("/en/safety/no-trace/", {"no_trace": "on"})

    page = client.get("/en/").content.decode()
    assert client.cookies["notrace"].value == "1"
    assert client.cookies["notrace"]["httponly"]
    assert "<title>Notes</title>" in page
    assert "img/notes" in page
    assert re.search(r"<html [^>]*data-notrace", page)

    client.post("/en/safety/no-trace/", {})
    page = client.get("/en/").content.decode()
    assert "data-notrace" not in page
    assert "<title>Notes</title>" not in page


def test_the_safety_page_is_in_the_readers_language(client):
    page = client.get("/ar/safety/").content.decode()

    assert 'dir="rtl"' in page
    assert 'action="/ar/safety/forget/"' in page


def test_leave_and_forget_signs_out_and_clears_the_sites_data(signed_in):
    response = signed_in.post("/en/safety/forget/")

    assert response.status_code == 200
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert response["Refresh"] == f"0; url={NEUTRAL_URL}"
    assert "_auth_user_id" not in signed_in.session
    assert signed_in.get("/en/cases/").status_code == 302  # to log in


def test_leave_and_forget_is_post_only(client):
    assert client.get("/en/safety/forget/").status_code == 405


def test_a_signed_in_person_sees_when_they_will_be_signed_out(signed_in):
    page = signed_in.get("/en/cases/").content.decode()

    assert re.search(r"If you do nothing, you are signed out at <bdi>\d\d:\d\d</bdi>\.", page)


def test_someone_who_chose_to_stay_signed_in_is_not_told_an_hour(client, user):
    from tests.conftest import PASSWORD

    client.post("/en/accounts/login/", {"username": "amira", "password": PASSWORD, "keep_signed_in": "on"})
    page = client.get("/en/cases/").content.decode()

    assert "you are signed out at" not in page
