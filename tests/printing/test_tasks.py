"""Workshop packs laid out in the background (selfhelp.printing.tasks): a cached pack is served at once,
another is made by a task while the person waits on a page that reloads itself, then downloads it."""

import re

from django.core.cache import cache
from django.test import Client

from selfhelp.jobs import work
from selfhelp.jobs.models import Job

CHOICES = {"guides": ["envelope-and-postmark"], "languages": ["en", "fr"]}


def mine(client, job):
    session = client.session
    session[work.SESSION_KEY] = [str(job.pk)]
    session.save()


def test_a_pack_not_cached_is_made_by_a_task_then_served_from_the_cache(client, guides):
    response = client.get("/en/print/", CHOICES)

    job = Job.objects.get(kind="pack")
    assert response.status_code == 302
    assert response["Location"] == (
        "/en/print/?guides=envelope-and-postmark&languages=en&languages=fr&ready=1"
    )
    assert job.state == Job.State.DONE and job.done == job.total == 2  # one guide in two languages
    assert job.fields["choices"]["languages"] == ["en", "fr"]

    made = client.get(response["Location"])

    assert made["Content-Type"] == "application/pdf" and made.content.startswith(b"%PDF")


def test_a_cached_pack_is_served_at_once_without_a_task(client, guides):
    client.get("/en/print/", CHOICES, follow=True)

    again = Client().get("/en/print/", CHOICES)

    assert again.status_code == 200 and again["Content-Type"] == "application/pdf"
    assert Job.objects.count() == 1


def test_a_pack_the_cache_could_not_keep_is_made_in_the_request_not_queued_again(client, guides):
    client.get("/en/print/", CHOICES)
    cache.clear()

    response = client.get("/en/print/", {**CHOICES, "ready": "1"})

    assert response["Content-Type"] == "application/pdf"
    assert Job.objects.count() == 1


def test_the_page_of_a_pack_being_made_reloads_itself_and_counts_the_documents(client, guides):
    job = Job.objects.create(kind="pack", state=Job.State.RUNNING, done=3, total=12)
    mine(client, job)

    response = client.get(f"/en/print/making/{job.pk}/")

    html = response.content.decode()
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in html
    assert "3 of 12 documents are ready." in html
    assert "no-store" in response["Cache-Control"]


def test_a_pack_made_opens_itself_with_a_link_to_download_it(client, guides):
    job = Job.objects.create(kind="pack", state=Job.State.DONE, fields={"query": "glossary=on&languages=en"})
    mine(client, job)

    html = client.get(f"/en/print/making/{job.pk}/").content.decode()

    assert (
        '<meta http-equiv="refresh" content="0;url=/en/print/?glossary=on&amp;languages=en&amp;ready=1">'
        in html
    )
    assert 'href="/en/print/?glossary=on&amp;languages=en&amp;ready=1"' in html


def test_a_pack_that_failed_says_so_and_offers_to_try_again_with_the_same_choices(client, guides):
    job = Job.objects.create(
        kind="pack",
        state=Job.State.FAILED,
        fields={"query": "glossary=on&languages=en"},
        error={"code": "internal"},
    )
    mine(client, job)

    response = client.get(f"/en/print/making/{job.pk}/")

    html = response.content.decode()
    assert "We could not make your workshop pack" in html
    assert 'href="/en/print/?glossary=on&amp;languages=en">Try again' in html
    assert "http-equiv" not in html


def test_a_pack_being_made_is_found_only_by_the_browser_that_asked_for_it(client, guides):
    job = Job.objects.create(kind="pack")

    assert client.get(f"/en/print/making/{job.pk}/").status_code == 404
    assert re.fullmatch(r"[0-9a-f-]{36}", str(job.pk))
