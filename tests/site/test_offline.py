"""Readable with no signal: the manifest, the service worker, and which responses it may keep."""

import json

import pytest

from selfhelp.offline import user_key

pytestmark = pytest.mark.django_db


def test_the_manifest_and_the_service_worker_are_served_from_the_root(client):
    manifest = client.get("/manifest.webmanifest")
    worker = client.get("/sw.js")

    assert manifest["Content-Type"] == "application/manifest+json"
    assert json.loads(manifest.content)["start_url"] == "/"
    assert worker["Service-Worker-Allowed"] == "/"
    assert b'addEventListener("fetch"' in worker.content


def test_public_pages_are_marked_for_keeping_and_say_nobody_is_signed_in(client, guides):
    for url in ("/en/", "/ar/guides/", "/en/glossary/", "/en/deadlines/", "/en/offline/"):
        response = client.get(url)
        assert response["Offline"] == "public", url
        assert response["Offline-User"] == "none"


def test_a_case_page_is_kept_only_when_the_person_chose_it_on_this_phone(signed_in, case, user):
    home = f"/en/cases/{case.public_id}/"
    assert "Offline" not in signed_in.get(home)

    signed_in.post(f"/en/cases/{case.public_id}/offline/", {"keep": "on"})
    kept = signed_in.get(home)
    assert kept["Offline"] == f"case {user_key(user)}"
    assert kept["Offline-User"] == user_key(user)
    assert kept["Offline-User"] != str(user.pk)
    assert "Offline" not in signed_in.get(f"/en/cases/{case.public_id}/history/")  # not a page kept

    stop = signed_in.post(f"/en/cases/{case.public_id}/offline/", {})
    assert stop["Clear-Site-Data"] == '"cache", "storage"'
    assert "Offline" not in signed_in.get(home)


def test_a_guide_read_while_signed_in_is_kept_as_that_persons(signed_in, user, guides):
    assert signed_in.get("/en/guides/")["Offline"] == f"case {user_key(user)}"


def test_nothing_is_marked_in_no_trace_mode(client, guides):
    client.post("/en/safety/no-trace/", {"no_trace": "on"})

    assert "Offline" not in client.get("/en/guides/")


def test_signing_out_and_deleting_a_case_clear_what_the_phone_kept(signed_in, case):
    deleted = signed_in.post(f"/en/cases/{case.public_id}/delete/")
    assert deleted["Clear-Site-Data"] == '"cache", "storage"'

    out = signed_in.post("/en/accounts/logout/")
    assert out["Clear-Site-Data"] == '"cache", "storage"'
