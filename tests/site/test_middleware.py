"""The two rules every response follows (selfhelp.middleware): private responses are never stored by the
browser, and a lost database connection is retried once for a read, else answered 503.

Cache-Control is checked across the URL configuration: every case URL (found as tests/cases/test_access.py
finds them) and every URL without parameters, for a signed-in person.
"""

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from tests.cases.test_access import CASE_URLS, shared_case, url_for  # noqa: F401 (shared_case: a fixture)


def private(response):
    control = response.get("Cache-Control", "")
    return "no-store" in control and "private" in control


def urls_without_parameters():
    names = []

    def walk(resolver, namespaces):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern, [*namespaces, pattern.namespace] if pattern.namespace else namespaces)
            elif isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.regex.groups:
                names.append(":".join([*namespaces, pattern.name]))

    walk(get_resolver(), [])
    return sorted(set(names) - {"health"})


PLAIN_URLS = urls_without_parameters()


@pytest.mark.parametrize(("name", "parameters", "pattern"), CASE_URLS, ids=[name for name, _, _ in CASE_URLS])
def test_every_case_url_is_never_stored_by_the_browser(client, user, shared_case, name, parameters, pattern):  # noqa: F811
    client.force_login(user)

    response = client.get(url_for(name, parameters, shared_case))

    assert private(response), (name, response.get("Cache-Control"))


@pytest.mark.parametrize("name", PLAIN_URLS)
def test_every_response_to_a_signed_in_person_is_never_stored(client, user, guides, name):
    client.force_login(user)
    with translation.override("en"):
        url = reverse(name)

    response = client.get(url)

    assert private(response), (name, response.status_code, response.get("Cache-Control"))


def test_the_url_walk_finds_the_pages_that_matter():
    assert {"cases:list", "accounts:export", "accounts:account", "annotator:start", "home"} <= set(PLAIN_URLS)


def test_download_everything_and_a_case_pdf_are_never_stored(signed_in, case, guides):
    for url in ["/en/accounts/download/", f"/en/cases/{case.public_id}/pdf/"]:
        response = signed_in.get(url)
        assert response.status_code == 200
        assert private(response)
        assert "max-age=0" in response["Cache-Control"]


def test_a_letter_read_on_the_public_page_is_never_stored(client, guides):
    response = client.post("/en/letter/", {"text": "1. The Secretary of State has refused your claim."})

    assert response.status_code == 200 and private(response)


def test_answers_in_the_address_are_never_stored(client, guides):
    response = client.get("/en/deadlines/", {"decision": "refusal", "sent": "2026-03-03"})

    assert private(response)


def test_a_public_page_read_without_an_account_may_be_cached(client, guides):
    response = client.get(f"/en/guides/{guides[0].slug}/")

    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


# --- a lost database connection --------------------------------------------------------------------------


class Drop:
    """An execute wrapper that fails as a dropped connection does, for the first ``times`` queries (all
    of them when None), and counts the queries it let through."""

    def __init__(self, times=None, only=None):
        self.times, self.only, self.failed, self.passed = times, only, 0, 0

    def __call__(self, execute, sql, params, many, context):
        if (self.only is None or self.only(sql)) and (self.times is None or self.failed < self.times):
            self.failed += 1
            raise OperationalError("server closed the connection unexpectedly")
        self.passed += 1
        return execute(sql, params, many, context)


def outage_client(**headers):
    return Client(raise_request_exception=False, **headers)


@pytest.mark.django_db(transaction=True)
def test_a_read_that_loses_the_connection_is_retried_once_on_a_fresh_connection(guides, monkeypatch):
    closed = []
    original = connection.close
    monkeypatch.setattr(connection, "close", lambda: closed.append(True) or original())
    drop = Drop(times=1)

    with connection.execute_wrapper(drop):
        response = outage_client().get(f"/en/guides/{guides[0].slug}/")

    assert response.status_code == 200
    assert guides[0].title in response.content.decode()
    assert drop.failed == 1 and drop.passed > 0
    assert closed  # the broken connection was closed, so the retry opened a fresh one


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_database_that_stays_down_gets_the_try_again_page_with_retry_after(db, code):
    with connection.execute_wrapper(Drop()):
        response = outage_client().get(f"/{code}/guides/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert private(response)
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}"' in html
    if code == "en":
        assert "Try again in a moment" in html and "Wait 30 seconds, then load the page again" in html
    else:
        assert "الإرشادات" in html  # the page is in the reader's language


def test_a_write_that_loses_the_connection_is_not_tried_again(signed_in, case):
    drop = Drop(only=lambda sql: sql.lstrip().upper().startswith("UPDATE") and "cases_case" in sql)
    signed_in.raise_request_exception = False

    with connection.execute_wrapper(drop):
        response = signed_in.post(
            f"/en/cases/{case.public_id}/edit/",
            {"name": "New name", "decision": "refusal", "nation": "england-and-wales", "language": "en"},
        )

    assert response.status_code == 503
    assert drop.failed == 1


def test_losing_the_database_after_the_view_answers_503_too(signed_in, case):
    """The session is saved after the view, by a middleware: that failure reaches handler500."""
    drop = Drop(
        only=lambda sql: "session" in sql.lower() and sql.lstrip().upper().startswith(("UPDATE", "INSERT"))
    )
    signed_in.raise_request_exception = False

    with connection.execute_wrapper(drop):
        response = signed_in.get("/en/cases/")

    assert drop.failed >= 1
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only: ends the server's backend")
def test_a_read_whose_connection_the_server_ends_mid_request_is_answered_on_a_fresh_one(guides, settings):
    """The real thing, on PostgreSQL (make test-postgres): a second connection ends the request's
    backend just before the request's first query, as a database restart does."""
    from django.db import connections

    settings.DATABASES["default"]["CONN_MAX_AGE"] = 60  # a persistent connection, as in production
    connection.ensure_connection()
    backend = connection.connection.info.backend_pid
    ended = []

    def end_backend(execute, sql, params, many, context):
        if not ended:
            other = connections.create_connection("default")
            with other.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [backend])
            other.close()
            ended.append(backend)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(end_backend):
        response = outage_client().get(f"/en/guides/{guides[0].slug}/")

    assert ended
    assert response.status_code == 200
    assert guides[0].title in response.content.decode()
    assert connection.connection.info.backend_pid != backend
