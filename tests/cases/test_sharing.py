"""Share codes: short, readable aloud, 48 hours, single use, and not guessable by trying many."""

import re

import pytest
from django.utils import timezone

from selfhelp.cases.models import SHARE_ALPHABET, JoinAttempt, Membership, ShareCode


def make_code(client, case):
    page = client.post(f"/en/cases/{case.public_id}/share/").content.decode()
    return re.search(r"<bdi>([A-Z0-9]{4}-[A-Z0-9]{4})</bdi>", page).group(1)


def join(client, code):
    return client.post("/en/cases/join/", {"code": code})


@pytest.fixture
def supporter(make_user):
    return make_user("supporter")


def test_a_share_code_lets_a_supporter_join_once(client, user, supporter, make_user, case):
    client.force_login(user)
    code = make_code(client, case)

    client.force_login(supporter)
    response = join(client, code)

    assert response.status_code == 302
    assert response["Location"] == f"/en/cases/{case.public_id}/"
    assert case.memberships.get(user=supporter).role == Membership.Role.SUPPORTER
    client.force_login(make_user("second"))
    page = join(client, code).content.decode()
    assert "This code does not work" in page
    assert not case.memberships.filter(user__username="second").exists()


def test_a_share_code_can_be_typed_in_lower_case_and_without_the_dash(client, user, supporter, case):
    client.force_login(user)
    code = make_code(client, case)

    client.force_login(supporter)
    join(client, code.replace("-", " ").lower())

    assert case.memberships.filter(user=supporter).exists()


def test_a_share_code_stops_working_after_48_hours(client, user, supporter, case):
    client.force_login(user)
    code = make_code(client, case)
    ShareCode.objects.update(expires=timezone.now() - timezone.timedelta(seconds=1))

    client.force_login(supporter)
    page = join(client, code).content.decode()

    assert "older than 48 hours" in page
    assert not case.memberships.filter(user=supporter).exists()


def test_a_share_code_lasts_48_hours(client, user, case):
    client.force_login(user)
    make_code(client, case)

    share = ShareCode.objects.get()
    assert abs((share.expires - share.created) - timezone.timedelta(hours=48)) < timezone.timedelta(seconds=5)


def test_only_a_keyed_hash_of_the_code_is_stored(client, user, case):
    client.force_login(user)
    code = make_code(client, case)

    stored = ShareCode.objects.get()
    assert code.replace("-", "") not in stored.code_hash
    assert len(stored.code_hash) == 64


def test_codes_are_eight_characters_with_no_look_alikes_and_do_not_repeat(user, case):
    codes = {ShareCode.issue(case, user)[1] for _ in range(300)}

    assert len(codes) == 300
    for code in codes:
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code)
        assert set(code.replace("-", "")) <= set(SHARE_ALPHABET)
        assert not set(code) & set("01OIL")


def test_guessing_codes_is_stopped_after_ten_wrong_tries_in_an_hour(client, user, supporter, case):
    client.force_login(user)
    code = make_code(client, case)
    client.force_login(supporter)
    for _ in range(10):
        assert join(client, "AAAA-AAAA").status_code == 200

    response = join(client, code)  # even the right code must now wait

    assert response.status_code == 429
    assert "Wait an hour" in response.content.decode()
    assert not case.memberships.filter(user=supporter).exists()
    JoinAttempt.objects.update(at=timezone.now() - timezone.timedelta(hours=2))
    assert join(client, code).status_code == 302


def test_a_malformed_code_is_explained_and_not_counted_as_a_guess(client, supporter):
    client.force_login(supporter)

    page = join(client, "hello").content.decode()

    assert "eight letters and numbers" in page
    assert 'value="hello"' in page
    assert not JoinAttempt.objects.exists()


def test_only_the_owner_can_make_codes_or_remove_people(client, user, supporter, case):
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    client.force_login(supporter)

    assert client.post(f"/en/cases/{case.public_id}/share/").status_code == 404
    assert not ShareCode.objects.exists()


def test_the_owner_sees_who_has_access_and_can_remove_them(client, user, supporter, case):
    membership = Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    client.force_login(user)
    assert "supporter (supporter)" in client.get(f"/en/cases/{case.public_id}/share/").content.decode()

    client.post(f"/en/cases/{case.public_id}/members/{membership.pk}/remove/")

    client.force_login(supporter)
    assert client.get(f"/en/cases/{case.public_id}/").status_code == 404


def test_the_owner_cannot_be_removed(client, user, case):
    client.force_login(user)
    owner = case.memberships.get(user=user)

    assert client.post(f"/en/cases/{case.public_id}/members/{owner.pk}/remove/").status_code == 404
    assert case.memberships.filter(user=user).exists()


def test_a_supporter_sees_the_cases_shared_with_them_and_can_leave(client, user, supporter, case):
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)
    client.force_login(supporter)

    assert "Amira&#x27;s appeal" in client.get("/en/cases/").content.decode()
    client.post(f"/en/cases/{case.public_id}/leave/")
    assert "Amira&#x27;s appeal" not in client.get("/en/cases/").content.decode()
