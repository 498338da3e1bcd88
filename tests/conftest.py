"""Fixtures shared by every test folder."""

import os

import pytest

# Playwright's synchronous API runs an event loop in the test thread; Django's ORM refuses to run
# inside one unless told that this is deliberate. Only the browser tests use Playwright.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium tries to reach Google's servers at every start.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database starts with the real guide content, loaded once, as `make run` loads it."""
    from guides.loading import load

    with django_db_blocker.unblock():
        load()


@pytest.fixture
def guides(db):
    """The real guides. Tests that flush the database (browser tests) load them again."""
    from guides.loading import load
    from guides.models import Guide

    if not Guide.objects.exists():
        load()
    return list(Guide.objects.guides())


@pytest.fixture(scope="session")
def browser_type_launch_args():
    """Playwright drives the distribution's Chromium (the chromium package), offline."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs the chromium package.")
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args():
    return {**PHONE, "locale": "en-GB"}


@pytest.fixture
def phone(page, live_server):
    """A page on a 360×740 phone screen, with every request to another host recorded."""
    from urllib.parse import urlsplit

    host = urlsplit(live_server.url).netloc
    page.outside_requests = []

    def record(request):
        if urlsplit(request.url).netloc not in {host, ""} and not request.url.startswith(("data:", "blob:")):
            page.outside_requests.append(request.url)

    page.on("request", record)
    page.base = live_server.url
    return page


PASSWORD = "a long enough passphrase 42"


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that leaves another language active (a PDF made in Arabic, say) leaves it for itself only."""
    from django.utils import translation

    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def fresh_local_cache():
    """Each process keeps a few answers in its own memory for minutes; a test starts without them."""
    from django.core.cache import caches

    caches["local"].clear()


def _empty_mo():
    """A compiled gettext catalogue (GNU .mo) that holds only its header: no message is translated."""
    import struct

    header = b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
    start = 7 * 4 + 2 * 8  # the seven numbers, then one entry in each table
    tables = struct.pack("<2I", 0, start) + struct.pack("<2I", len(header), start + 1)
    return struct.pack("<7I", 0x950412DE, 0, 1, 28, 36, 0, 0) + tables + b"\0" + header + b"\0"


@pytest.fixture
def without_content(db):
    """``without_content(guide, "ar")``: a guide as it is in a language whose translator has not reached it
    yet (every language now has every guide): its title, summary, headings, texts and checklist items in
    that language emptied, saved as an edit in the admin saves them (so cached pages are made again)."""
    from guides.models import column

    def empty(guide, code):
        emptied = {}
        for obj, name in guide.translatable():
            setattr(obj, column(name, code), "")
            emptied[id(obj)] = obj
        for obj in emptied.values():
            obj.save()
        return guide

    return empty


@pytest.fixture
def without_wording(settings, tmp_path):
    """``without_wording("ps")``: the site as it is for a language whose translator has not started (every
    language now has its wording): the project's catalogues, copied, with that language's messages left
    empty and compiled empty, used in place of the project's locale folder."""
    import re
    import shutil
    from pathlib import Path

    from django.utils.translation import to_locale

    from selfhelp.i18n import status

    translation = re.compile(r'^(msgstr(?:\[\d+\])?) ".*"\n(?:".*"\n)*', re.M)

    def empty(*codes):
        folder = tmp_path / "locale"
        shutil.copytree(Path(settings.BASE_DIR) / "locale", folder)
        for code in codes:
            for po in (folder / to_locale(code) / "LC_MESSAGES").glob("*.po"):
                header, rest = po.read_text().split("\n\n", 1)  # the header keeps its msgstr
                po.write_text(header + "\n\n" + translation.sub(r'\1 ""\n', rest))
                po.with_suffix(".mo").write_bytes(_empty_mo())
        settings.LOCALE_PATHS = [str(folder)]  # Django forgets the catalogues it had loaded
        status.interface_counts.cache_clear()
        status.msgids.cache_clear()

    yield empty
    status.interface_counts.cache_clear()
    status.msgids.cache_clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is slow on purpose; tests that are not about hashing use a fast hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make_user(db):
    from selfhelp.accounts.models import User

    def make(username="amira", **extra):
        return User.objects.create_user(username=username, password=PASSWORD, **extra)

    return make


@pytest.fixture
def user(make_user):
    return make_user("amira")


@pytest.fixture
def other_user(make_user):
    return make_user("stranger")


@pytest.fixture
def case(user):
    """A saved case, owned by `user`."""
    from datetime import date

    from selfhelp.cases.models import Case, Membership

    case = Case.objects.create(
        name="Amira's appeal",
        decision="refusal",
        letter_date=date(2026, 11, 10),
        sent=date(2026, 11, 12),
        received=date(2026, 11, 14),
    )
    Membership.objects.create(case=case, user=user, role=Membership.Role.OWNER)
    return case


@pytest.fixture
def signed_in(client, user):
    """The test client, logged in as `user`."""
    client.force_login(user)
    return client
