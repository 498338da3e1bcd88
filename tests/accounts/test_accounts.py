"""Accounts: no email needed, strong hashing, throttled logins, sessions that end, logging out everywhere."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from selfhelp.accounts.models import Session, User
from tests.conftest import PASSWORD


def sign_up(client, **extra):
    return client.post(
        "/en/accounts/signup/", {"username": "amira", "password1": PASSWORD, "password2": PASSWORD, **extra}
    )


def log_in(client, username="amira", password=PASSWORD, **extra):
    return client.post("/en/accounts/login/", {"username": username, "password": password, **extra})


def test_signing_up_needs_only_a_username_and_a_password(client, db):
    response = sign_up(client)

    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == ""
    assert client.get("/en/cases/").status_code == 200


def test_passwords_are_checked_by_djangos_validators(client, db):
    page = client.post(
        "/en/accounts/signup/", {"username": "amira", "password1": "password", "password2": "password"}
    ).content.decode()

    assert "This password is too short" in page
    assert "This password is too common" in page
    assert 'value="amira"' in page
    assert not User.objects.exists()


def test_passwords_are_stored_with_argon2():
    from selfhelp import settings as site_settings

    assert site_settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_a_stored_password_is_an_argon2_hash(client, db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

    sign_up(client)

    assert User.objects.get().password.startswith("argon2$argon2id$")


def test_without_keep_me_signed_in_the_session_ends_after_an_hour_without_use(client, user):
    log_in(client)

    session = Session.objects.get(user=user)
    remaining = session.expire_date - timezone.now()
    assert timezone.timedelta(minutes=59) < remaining <= timezone.timedelta(hours=1)
    assert settings.SESSION_SAVE_EVERY_REQUEST  # each visit restarts the hour


def test_keep_me_signed_in_keeps_the_session_for_30_days(client, user):
    log_in(client, keep_signed_in="on")

    remaining = Session.objects.get(user=user).expire_date - timezone.now()
    assert remaining > timezone.timedelta(days=29)


def test_logging_out_everywhere_ends_every_session_of_the_account(user, make_user):
    phone, laptop, someone_else = Client(), Client(), Client()
    log_in(phone)
    log_in(laptop)
    make_user("other")
    log_in(someone_else, username="other")

    phone.post("/en/accounts/logout-everywhere/")

    assert not Session.objects.filter(user=user).exists()
    assert laptop.get("/en/cases/").status_code == 302
    assert someone_else.get("/en/cases/").status_code == 200


def test_logging_in_is_locked_after_five_wrong_passwords_even_with_the_right_one(client, user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, password="wrong").status_code == 200
    locked = log_in(client, password="wrong")

    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    assert log_in(client).status_code == 429


def test_a_lock_on_one_username_does_not_lock_another(client, user, make_user):
    make_user("other")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, password="wrong")

    assert log_in(client, username="other").status_code == 302


@pytest.mark.parametrize(
    "url", ["/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/logout/", "/en/accounts/delete/"]
)
def test_forms_are_protected_against_cross_site_requests(user, url):
    strict = Client(enforce_csrf_checks=True)
    if url.endswith("delete/"):
        strict.force_login(user)

    assert strict.post(url, {"username": "amira", "password": PASSWORD}).status_code == 403


def test_the_login_form_keeps_the_username_after_a_wrong_password(client, user):
    page = log_in(client, password="wrong").content.decode()

    assert 'value="amira"' in page
    assert "Please enter a correct username and password" in page
