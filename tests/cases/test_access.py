"""Every URL that takes a case (or something in a case) is closed to everyone the case is not shared with.

The URLs are found from the URL configuration, so a view added later cannot escape these tests: a new
kind of URL parameter makes them fail until `PARAMETERS` says how to fill it in.
"""

import pytest
from django.urls import URLResolver, get_resolver
from django.utils import translation

from selfhelp.cases.models import Membership


def namespaced_case_urls():
    """Every case URL name, with its namespace, found by walking the resolver tree."""
    names = []

    def walk(resolver, namespaces):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern, [*namespaces, pattern.namespace] if pattern.namespace else namespaces)
            elif "case_id" in pattern.pattern.converters:
                names.append(
                    (":".join([*namespaces, pattern.name]), list(pattern.pattern.converters), pattern)
                )

    walk(get_resolver(), [])
    return names


CASE_URLS = namespaced_case_urls()


def fill(parameter, case):
    """A real value for each URL parameter, belonging to `case`."""
    from guides.models import Guide

    if parameter == "case_id":
        return case.public_id
    if parameter == "member_id":
        return case.memberships.exclude(role=Membership.Role.OWNER).first().pk
    if parameter == "slug":
        return Guide.objects.first().slug
    for factory in PARAMETERS.get(parameter, []):
        return factory(case)
    raise AssertionError(
        f"tests/cases/test_access.py does not know how to fill the URL parameter {parameter!r}"
    )


# Later tools add their parameters here: name → [function(case) -> value].
PARAMETERS = {
    # selfhelp.sar: a letter of the file request saved on the case (tests/sar/helpers.py saves one).
    "filename": [lambda case: __import__("tests.sar.helpers").sar.helpers.saved_document(case)],
    # selfhelp.deadlines: a date the person added to the case (a hearing).
    "date_id": [lambda case: case.own_dates.create(kind="hearing", date="2026-12-01").pk],
    # selfhelp.annotator: a paragraph of the letter on the case (by its position), and one of its exports.
    "position": [
        lambda case: __import__("tests.annotator.helpers").annotator.helpers.saved_letter(case).pk and 1
    ],
    "export": [lambda case: __import__("tests.annotator.helpers").annotator.helpers.export_name(case)],
    # selfhelp.annotator: photos of the case's letter being read in the background (selfhelp.jobs).
    "job_id": [
        lambda case: (
            __import__("selfhelp.jobs.models").jobs.models.Job.objects.create(kind="letter", case=case).pk
        )
    ],
    # selfhelp.evidence: an item of the evidence plan, by its number on the case.
    "item": [lambda case: __import__("tests.evidence.helpers").evidence.helpers.item_number(case)],
    # selfhelp.cases: a "What changed" entry (loaded with the guides) hidden from the case's home page.
    "key": [lambda case: __import__("guides.models").models.Change.objects.first().key],
    # selfhelp.interviews: an interview record on the case, by its kind.
    "kind": [lambda case: case.interview_records.get_or_create(kind="AIR")[0].kind],
}


@pytest.fixture
def shared_case(case, make_user, guides):
    supporter = make_user("supporter")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    return case


def url_for(name, parameters, case):
    from django.urls import reverse

    with translation.override("en"):
        return reverse(name, kwargs={parameter: fill(parameter, case) for parameter in parameters})


def test_the_case_urls_are_found():
    names = {name for name, _, _ in CASE_URLS}
    assert {"cases:home", "cases:edit", "cases:share", "cases:checklist", "cases:member_remove"} <= names


@pytest.mark.parametrize(("name", "parameters", "pattern"), CASE_URLS, ids=[name for name, _, _ in CASE_URLS])
def test_every_case_view_goes_through_the_access_check(name, parameters, pattern):
    assert getattr(pattern.callback, "case_view", False), (
        f"{name} does not use selfhelp.cases.access.case_view"
    )


@pytest.mark.parametrize(("name", "parameters", "pattern"), CASE_URLS, ids=[name for name, _, _ in CASE_URLS])
@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_the_case_is_not_shared_with_gets_not_found(
    client, other_user, shared_case, name, parameters, pattern, method
):
    client.force_login(other_user)

    response = getattr(client, method)(url_for(name, parameters, shared_case))

    assert response.status_code == 404


@pytest.mark.parametrize(("name", "parameters", "pattern"), CASE_URLS, ids=[name for name, _, _ in CASE_URLS])
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_visitor_who_is_not_logged_in_is_sent_to_log_in(
    client, shared_case, name, parameters, pattern, method
):
    url = url_for(name, parameters, shared_case)

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.parametrize(("name", "parameters", "pattern"), CASE_URLS, ids=[name for name, _, _ in CASE_URLS])
def test_a_member_of_the_case_is_let_in(client, user, shared_case, name, parameters, pattern):
    client.force_login(user)

    response = client.get(url_for(name, parameters, shared_case))

    assert response.status_code in {200, 405}  # 405: a POST-only action


def test_a_case_that_does_not_exist_looks_the_same_as_one_that_is_not_yours(client, user, case):
    client.force_login(user)

    assert client.get("/en/cases/AAAAAAAAAAAAAAAAAAAAAA/").status_code == 404


def test_case_identifiers_are_long_and_random(user):
    from selfhelp.cases.models import new_case_id

    identifiers = {new_case_id() for _ in range(1000)}
    assert len(identifiers) == 1000
    assert all(len(identifier) == 22 for identifier in identifiers)
