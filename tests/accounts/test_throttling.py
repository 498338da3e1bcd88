"""Throttling: logins by username across addresses as well as per address (django-axes, with each group
against its own limit: selfhelp.accounts.throttling), and sign-ups and share codes per address
(selfhelp.throttle, counted in the shared database cache)."""

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.test import Client

from selfhelp.cases.models import Membership
from tests.conftest import PASSWORD

LIMITS = {("username", "ip_address"): 3, ("username",): 6, ("ip_address",): 9}


@pytest.fixture
def small_limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_FAILURE_LIMITS = LIMITS


def log_in(address, username="amira", password=PASSWORD):
    return Client(REMOTE_ADDR=address).post(
        "/en/accounts/login/", {"username": username, "password": password}
    )


def address(n):
    return f"203.0.113.{n}"


def test_the_settings_lock_by_username_per_address_by_username_and_by_address():
    assert django_settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"], "username", "ip_address"]
    assert django_settings.LOGIN_FAILURE_LIMITS == {
        ("username", "ip_address"): 5,
        ("username",): 20,
        ("ip_address",): 50,
    }


def test_an_attacker_changing_address_is_stopped_at_the_usernames_own_limit(user, small_limits):
    for n in range(5):  # wrong passwords from three addresses, none of them near its own limit
        assert log_in(address(n // 2), password="wrong").status_code == 200

    assert log_in(address(50), password="wrong").status_code == 429  # the sixth, from a fourth address
    assert log_in(address(99)).status_code == 429  # from yet another address, even the right password


def test_before_the_usernames_limit_a_few_wrong_tries_elsewhere_do_not_lock_its_owner_out(user, small_limits):
    for _ in range(3):
        log_in(address(1), password="wrong")

    assert log_in(address(1)).status_code == 429  # locked from that address (username and address)
    assert log_in(address(2)).status_code == 302  # its owner, elsewhere, still logs in


def test_one_address_trying_many_usernames_is_stopped(user, make_user, small_limits):
    for n in range(9):  # one wrong password each for nine usernames
        log_in(address(7), username=f"someone-{n}", password="wrong")

    assert log_in(address(7)).status_code == 429
    assert log_in(address(8)).status_code == 302


def sign_up(client, username):
    return client.post(
        "/en/accounts/signup/", {"username": username, "password1": PASSWORD, "password2": PASSWORD}
    )


def test_sign_ups_are_limited_per_address_and_the_form_keeps_the_username(db, settings):
    settings.SIGNUPS_PER_ADDRESS_PER_HOUR = 2
    for n in range(2):
        assert sign_up(Client(REMOTE_ADDR=address(1)), f"person-{n}").status_code == 302

    refused = sign_up(Client(REMOTE_ADDR=address(1)), "person-2")

    assert refused.status_code == 429
    page = refused.content.decode()
    assert "Too many accounts have been made from this internet connection in the last hour" in page
    assert 'value="person-2"' in page
    assert sign_up(Client(REMOTE_ADDR=address(2)), "person-3").status_code == 302


def test_wrong_share_codes_are_limited_per_address_whoever_tries_them(make_user, case, settings):
    settings.SHARE_CODES_PER_ADDRESS_PER_HOUR = 3
    for n in range(3):
        client = Client(REMOTE_ADDR=address(5))
        client.force_login(make_user(f"new-account-{n}"))
        assert client.post("/en/cases/join/", {"code": "AAAA-AAAA"}).status_code == 200

    fresh = Client(REMOTE_ADDR=address(5))
    fresh.force_login(make_user("another-new-account"))
    refused = fresh.post("/en/cases/join/", {"code": "AAAA-AAAA"})
    elsewhere = Client(REMOTE_ADDR=address(6))
    elsewhere.force_login(make_user("someone-elsewhere"))

    assert refused.status_code == 429
    assert "Too many wrong codes" in refused.content.decode()
    assert elsewhere.post("/en/cases/join/", {"code": "AAAA-AAAA"}).status_code == 200
    assert not Membership.objects.exclude(case=case).exists()


def test_the_counts_are_in_a_cache_every_process_shares():
    from django.core.cache.backends.db import DatabaseCache

    assert isinstance(caches["default"], DatabaseCache)


def test_no_address_is_stored_in_the_clear(db):
    from selfhelp import throttle

    request = Client(REMOTE_ADDR=address(9)).get("/en/").wsgi_request
    throttle.attempt(request, "signup", 5)

    key = throttle._key(request, "signup", 0)
    assert address(9) not in key and throttle.count(request, "signup") == 1
