"""A case's history holds people by reference (selfhelp.cases.history): the "You …" and "{user} …" lines,
and a deleted account leaving no username behind."""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from selfhelp.cases import history
from selfhelp.cases.models import Event, Membership
from tests.conftest import PASSWORD


@pytest.fixture
def supporter(case, make_user):
    helper = make_user("helper")
    Membership.objects.create(case=case, user=helper, role=Membership.Role.SUPPORTER)
    return helper


def lines(client, case):
    return history.describe(case.events.all(), client.get("/en/cases/").wsgi_request.user)


def test_each_person_reads_their_own_lines_as_you_and_others_by_name(client, case, user, supporter):
    history.record(case, supporter, history.JOINED)

    client.force_login(supporter)
    assert lines(client, case) == ["You joined as a supporter"]
    client.force_login(user)
    assert lines(client, case) == ["helper joined as a supporter"]


def test_a_removed_supporter_is_named_until_their_account_is_deleted(client, case, user, supporter, guides):
    client.force_login(user)
    membership = case.memberships.get(user=supporter)

    client.post(f"/en/cases/{case.public_id}/members/{membership.pk}/remove/")
    assert lines(client, case)[0] == "You removed helper from the case"

    helper = client.__class__()
    helper.post("/en/accounts/login/", {"username": "helper", "password": PASSWORD})
    helper.post("/en/accounts/delete/", {"password": PASSWORD, "understood": "on"})

    assert lines(client, case)[0] == "You removed a former supporter from the case"
    assert "helper" not in json.dumps(list(Event.objects.values("values", "message", "message_you")))
    page = client.get(f"/en/cases/{case.public_id}/history/").content.decode()
    assert "helper" not in page and "a former supporter" in page


def test_download_everything_holds_no_name_of_a_deleted_supporter(client, case, user, supporter, guides):
    history.record(case, user, history.REMOVED, member=supporter)
    case.memberships.filter(user=supporter).delete()
    supporter.delete()
    client.force_login(user)

    content = client.get("/en/accounts/download/").content

    assert b"helper" not in content


def test_a_new_owner_after_the_owner_deleted_their_account_is_named_by_reference(
    client, case, user, supporter
):
    client.force_login(user)
    client.post("/en/accounts/delete/", {"password": PASSWORD, "understood": "on"})

    client.force_login(supporter)
    [line] = lines(client, case)
    assert line == "Someone who has left deleted their account; helper now owns the case"
    assert Event.objects.get().member == supporter


def test_a_line_is_never_given_a_name_for_a_person(case, user):
    with pytest.raises(TypeError):
        history.record(case, user, history.REMOVED, member="helper")


# --- the migration that took the names out of the stored values -----------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_migration_links_each_stored_name_to_its_account_and_removes_every_name(make_user):
    before, after = [("cases", "0002_event_message_you")], [("cases", "0003_event_member")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    User, Case, Event = (
        old.get_model("accounts", "User"),
        old.get_model("cases", "Case"),
        old.get_model("cases", "Event"),
    )
    an_hour_ago = timezone.now() - timezone.timedelta(hours=1)
    still_here = User.objects.create(
        username="still-here", date_joined=an_hour_ago - timezone.timedelta(days=1)
    )
    User.objects.create(username="name-taken-later", date_joined=timezone.now())
    case = Case.objects.create(name="A case")
    message = "{user} removed {member} from the case"
    for name in ("still-here", "deleted-since", "name-taken-later"):
        Event.objects.create(case=case, message=message, values={"member": name, "other": 1}, at=an_hour_ago)

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    new = executor.loader.project_state(after).apps.get_model("cases", "Event")

    events = list(new.objects.order_by("pk"))
    assert [event.member_id for event in events] == [still_here.pk, None, None]
    assert [event.values for event in events] == [{"other": 1}] * 3
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
