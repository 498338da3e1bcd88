"""No request data in logs (selfhelp.logfilters and the places that log): what a person typed is never in
a log line or a logged traceback, checked with caplog on real requests."""

import logging

import pytest
from django.conf import settings
from django.test import Client

from selfhelp.logfilters import WithoutPersonalData, scrubbed_traceback

TYPED = "typed-by-amira-4711"


@pytest.fixture
def captured(caplog):
    """caplog, also hearing Django's loggers (settings stop them at their own handler), before the site's
    filter does: what it captures is what the code logged, not what the filter left of it."""
    django_logger = logging.getLogger("django")
    django_logger.handlers.insert(0, caplog.handler)
    caplog.set_level(logging.DEBUG)
    yield caplog
    django_logger.removeHandler(caplog.handler)


def test_malformed_pages_or_date_on_the_letter_import_log_nothing_that_was_typed(signed_in, case, captured):
    for fields in ({"pages": TYPED}, {"letter_date": TYPED}, {"letter_date": f"2026-01-01{TYPED}"}):
        response = signed_in.post(
            f"/en/cases/{case.public_id}/letter/import/", {"paragraph": ["1\t\tThe letter."], **fields}
        )
        assert response.status_code == 400

    assert "the letter's parts do not fit together" in captured.text  # the failure is logged ...
    assert TYPED not in captured.text  # ... without what was typed


def test_a_failed_login_logs_neither_the_username_nor_the_password(db, captured):
    Client().post("/en/accounts/login/", {"username": TYPED, "password": f"{TYPED}-password"})

    assert "AXES" in captured.text
    assert TYPED not in captured.text


def raise_with_typed_values():
    try:
        int(TYPED)
    except ValueError as error:
        raise RuntimeError(f"could not read {TYPED}") from error


def test_a_logged_exception_keeps_its_traceback_and_types_but_not_its_messages():
    try:
        raise_with_typed_values()
    except RuntimeError as error:
        text = scrubbed_traceback(error)

    assert TYPED not in text
    assert "raise_with_typed_values" in text and "int(TYPED)" in text  # where it failed
    assert "builtins.ValueError (message left out)" in text
    assert "builtins.RuntimeError (message left out)" in text


def formatted(record):
    stream = __import__("io").StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(WithoutPersonalData())
    handler.handle(record)
    return stream.getvalue()


def test_the_filter_scrubs_an_exceptions_messages_before_any_handler_formats_them():
    try:
        raise_with_typed_values()
    except RuntimeError:
        record = logging.getLogger("django.request").makeRecord(
            "django.request",
            logging.ERROR,
            "",
            0,
            "Internal Server Error: %s",
            ("/en/letter/",),
            __import__("sys").exc_info(),
        )

    text = formatted(record)

    assert "Internal Server Error: /en/letter/" in text
    assert "Traceback" in text and TYPED not in text


def test_djangos_security_warnings_are_logged_by_kind_without_the_request():
    from django.core.exceptions import DisallowedHost

    error = DisallowedHost(f"Invalid HTTP_HOST header: '{TYPED}.example'")
    record = logging.getLogger("django.security.DisallowedHost").makeRecord(
        "django.security.DisallowedHost", logging.ERROR, "", 0, str(error), (), (type(error), error, None)
    )

    text = formatted(record)

    assert "Refused a request: DisallowedHost" in text and TYPED not in text


def test_a_request_with_a_host_that_is_not_allowed_logs_no_part_of_it(client, captured, settings):
    settings.ALLOWED_HOSTS = ["afterrefusal.example.org"]

    client.get("/en/", HTTP_HOST=f"{TYPED}.example")

    assert TYPED not in "".join(formatted(record) for record in captured.records)


def test_every_handler_the_site_logs_to_filters_personal_data():
    for name, handler in settings.LOGGING["handlers"].items():
        assert "without_personal_data" in handler.get("filters", []), name
