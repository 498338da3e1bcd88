"""Settings and headers: production refuses to start insecurely; every page is served with a strict CSP."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "afterrefusal.example.org",
    "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
}


def manage(*args, env):
    environment = {key: value for key, value in os.environ.items() if key not in PRODUCTION}
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    environment.update(env)
    return subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_deploy_reports_nothing_with_debug_off():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_site_refuses_to_start_with_debug_off_and_no_secret_key():
    result = manage("check", env={**PRODUCTION, "SECRET_KEY": ""})

    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_pages_carry_a_strict_content_security_policy_and_security_headers(client, guides):
    response = client.get(f"/en/guides/{guides[0].slug}/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_no_page_loads_anything_from_another_host(client, guides, code):
    pages = ["/", "/guides/", "/glossary/", "/privacy/"] + [f"/guides/{guide.slug}/" for guide in guides]
    for page in pages:
        html = client.get(f"/{code}{page}").content.decode()
        # Everything a browser fetches by itself: scripts, styles, images, icons, frames, fonts.
        fetched = re.findall(r'<(?:script|img|iframe|source|embed)[^>]*\bsrc="([^"]+)"', html)
        fetched += re.findall(r'<link[^>]*\bhref="([^"]+)"', html)
        fetched += re.findall(r"url\(([^)]+)\)", html)
        assert fetched, page
        for address in fetched:
            assert address.startswith("/") and not address.startswith("//"), (page, address)
        assert "style=" not in html, page  # inline styles would need 'unsafe-inline'


def test_the_health_check_answers_outside_the_language_prefix(client, db):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.content == b"ok"


def test_query_strings_are_kept_out_of_logs():
    import logging

    from selfhelp.logfilters import WithoutPersonalData

    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        "",
        0,
        '"%s" %s %s',
        ("GET /en/deadlines/?sent=2026-03-20 HTTP/1.1", "200", "512"),
        None,
    )
    WithoutPersonalData().filter(record)

    assert record.getMessage() == '"GET /en/deadlines/ HTTP/1.1" 200 512'
