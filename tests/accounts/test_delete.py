"""'Delete everything' removes every row that belonged to the person, checked table by table."""

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.db import models
from django.test import Client

from guides.models import ChecklistItem
from selfhelp.accounts.models import Session, User
from selfhelp.cases.models import Case, Event, JoinAttempt, Membership, ShareCode, Tick
from tests.conftest import PASSWORD


@pytest.fixture
def lots_of_data(user, case, make_user, guides):
    """The person's own case full of data, a case shared with a supporter, and someone else's case."""
    item = ChecklistItem.objects.first()
    Tick.objects.create(case=case, item=item, by=user)
    Event.objects.create(case=case, user=user, message="{user} saved this case")
    ShareCode.issue(case, user)
    JoinAttempt.objects.create(user=user)
    AccessAttempt.objects.create(username=user.username, failures_since_start=1, ip_address="127.0.0.1")

    supporter = make_user("supporter")
    shared = Case.objects.create(name="Shared")
    Membership.objects.create(case=shared, user=user, role="owner")
    Membership.objects.create(case=shared, user=supporter, role="supporter")
    Tick.objects.create(case=shared, item=item, by=user)

    theirs = Case.objects.create(name="Someone else's")
    Membership.objects.create(case=theirs, user=supporter, role="owner")
    return {"case": case, "shared": shared, "theirs": theirs, "supporter": supporter}


def delete_everything(client, **data):
    return client.post("/en/accounts/delete/", {"password": PASSWORD, "understood": "on", **data})


def rows_pointing_at(model, target, pk):
    """How many rows of `model` refer to the row `pk` of `target` through any foreign key."""
    count = 0
    for field in model._meta.get_fields():
        if isinstance(field, models.ForeignKey | models.OneToOneField) and field.related_model is target:
            count += model.objects.filter(**{field.attname: pk}).count()
    return count


def test_every_table_is_free_of_the_person_and_of_the_cases_only_they_held(client, user, lots_of_data):
    client.force_login(user)
    Client().post("/en/accounts/login/", {"username": "amira", "password": PASSWORD})  # a second device
    user_pk, case_pk = user.pk, lots_of_data["case"].pk

    delete_everything(client)

    for model in apps.get_models():
        assert rows_pointing_at(model, User, user_pk) == 0, model
        assert rows_pointing_at(model, Case, case_pk) == 0, model
    assert not User.objects.filter(pk=user_pk).exists()
    assert not Case.objects.filter(pk=case_pk).exists()
    assert not Session.objects.filter(user_id=user_pk).exists()
    assert not AccessAttempt.objects.filter(username="amira").exists()
    assert not JoinAttempt.objects.exists()


def test_shared_cases_stay_with_their_other_members_who_become_owners(client, user, lots_of_data):
    client.force_login(user)

    delete_everything(client)

    shared = Case.objects.get(pk=lots_of_data["shared"].pk)
    assert shared.memberships.get().user == lots_of_data["supporter"]
    assert shared.memberships.get().role == "owner"
    assert Case.objects.filter(pk=lots_of_data["theirs"].pk).exists()


def test_the_confirmation_page_says_which_cases_go_and_which_stay(client, user, lots_of_data):
    client.force_login(user)

    page = client.get("/en/accounts/delete/").content.decode()

    deleted, kept = page.split("These cases are shared")
    assert "Amira&#x27;s appeal" in deleted
    assert "Shared" in kept


def test_nothing_is_deleted_without_the_password_and_the_tick(client, user, lots_of_data):
    client.force_login(user)

    page = delete_everything(client, password="wrong", understood="").content.decode()

    assert "That is not your password" in page
    assert "This field is required" in page
    assert User.objects.filter(pk=user.pk).exists()
    assert Case.objects.filter(pk=lots_of_data["case"].pk).exists()


def test_after_deleting_the_person_is_logged_out(client, user, lots_of_data):
    client.force_login(user)

    delete_everything(client)

    assert client.get("/en/cases/").status_code == 302
