"""Public pages are served from the cache per language and content version, and only when they are the
same for everyone."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from guides.models import GlossaryTerm, Guide
from guides.pagecache import public_page


def content_queries(client, path):
    """The queries a request makes to the content's tables, and the response."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return [q["sql"] for q in queries.captured_queries if '"guides_' in q["sql"]], response


@pytest.mark.parametrize(
    "path", ["/en/", "/en/guides/", "/en/guides/envelope-and-postmark/", "/en/glossary/", "/en/evidence/"]
)
def test_a_public_page_asked_for_again_comes_from_the_cache_unchanged(client, guides, path):
    first_queries, first = content_queries(client, path)
    again_queries, again = content_queries(Client(), path)

    assert first_queries and not again_queries
    assert again.status_code == 200
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]


def test_each_language_has_its_own_cached_page(client, guides):
    english = client.get("/en/guides/envelope-and-postmark/").content.decode()
    arabic = client.get("/ar/guides/envelope-and-postmark/").content.decode()
    arabic_again = Client().get("/ar/guides/envelope-and-postmark/").content.decode()

    assert 'lang="en"' in english and 'lang="ar"' in arabic
    assert arabic_again == arabic


def test_an_edited_guide_is_shown_at_once_and_other_pages_stay_cached(client, guides):
    client.get("/en/guides/envelope-and-postmark/")
    client.get("/en/guides/appeal-rights/")
    guide = Guide.objects.get(slug="envelope-and-postmark")
    guide.summary_en = "A summary changed in the admin."
    guide.save()

    edited_queries, edited = content_queries(client, "/en/guides/envelope-and-postmark/")
    other_queries, _other = content_queries(client, "/en/guides/appeal-rights/")

    assert "A summary changed in the admin." in edited.content.decode()
    assert edited_queries and not other_queries


def test_an_edited_glossary_term_is_shown_on_the_glossary_at_once(client, guides):
    client.get("/en/glossary/")
    term = GlossaryTerm.objects.first()
    term.term_en = "A renamed term"
    term.save()

    assert "A renamed term" in client.get("/en/glossary/").content.decode()


def test_a_signed_in_person_never_gets_or_leaves_a_shared_page(client, guides, signed_in):
    anonymous = Client().get("/en/").content.decode()
    mine = signed_in.get("/en/").content.decode()
    anonymous_again = Client().get("/en/").content.decode()

    assert "Your cases" in mine
    assert "Your cases" not in anonymous and "Your cases" not in anonymous_again


def test_a_person_in_no_trace_mode_never_gets_the_shared_page_nor_leaves_theirs(client, guides):
    from selfhelp.safety import NO_TRACE_COOKIE

    ordinary = Client().get("/en/guides/").content.decode()
    hidden = Client()
    hidden.cookies[NO_TRACE_COOKIE] = "1"
    theirs = hidden.get("/en/guides/").content.decode()
    ordinary_again = Client().get("/en/guides/").content.decode()

    assert "data-notrace" in theirs
    assert "data-notrace" not in ordinary and "data-notrace" not in ordinary_again


def test_a_page_with_a_query_string_is_made_afresh(client, guides):
    client.get("/en/guides/?x=1")
    queries, _response = content_queries(client, "/en/guides/?x=1")

    assert queries


def test_a_page_with_a_csrf_token_is_never_kept_so_nobody_gets_another_persons_token(db):
    made = []

    @public_page(lambda **kwargs: [])
    def form_page(request):
        made.append(1)
        return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    factory = RequestFactory()
    first = form_page(factory.get("/en/form/")).content
    second = form_page(factory.get("/en/form/")).content

    assert len(made) == 2
    assert first != second


def test_a_page_that_stores_something_in_the_session_is_not_kept(db):
    from django.contrib.sessions.backends.db import SessionStore

    made = []

    @public_page(lambda **kwargs: [])
    def page(request):
        made.append(1)
        request.session["answer"] = "private"
        return HttpResponse("kept for this person")

    factory = RequestFactory()
    for _ in range(2):
        request = factory.get("/en/page/")
        request.session = SessionStore()
        page(request)

    assert len(made) == 2
