"""manage.py translations: the shares translated and reviewed per language, --check for CI, stamp."""

import io
import textwrap
import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from guides.management.commands import translations

GUIDE = """
slug = "envelope"
title = "Keep the envelope"
summary = "The postmark shows when the letter was sent, 14 days ago."
last_checked = 2026-11-24

[[sections]]
key = "why"
heading = "Why it matters"
body = "The time runs from the day the letter was sent."
"""

FRENCH = """
title = "Gardez l'enveloppe"
summary = "Le cachet de la poste montre quand la lettre a été envoyée, il y a 14 jours."
[sections.why]
heading = "Pourquoi c'est important"
body = "Le délai court à partir du jour de l'envoi."
"""

PO = """
msgid ""
msgstr ""
"Language: fr\\n"
"Plural-Forms: nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;\\n"

msgid "You have %(days)s days left."
msgstr "Il vous reste %(days)s jours."
"""


@pytest.fixture
def site(tmp_path, settings, monkeypatch):
    """A content folder and a locale folder of their own, French complete."""
    (tmp_path / "content" / "guides").mkdir(parents=True)
    (tmp_path / "content" / "guides" / "envelope.toml").write_text(textwrap.dedent(GUIDE), "utf-8")
    (tmp_path / "content" / "translations" / "fr").mkdir(parents=True)
    french = tmp_path / "content" / "translations" / "fr" / "envelope.toml"
    french.write_text(textwrap.dedent(FRENCH), "utf-8")
    catalogue = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_text(textwrap.dedent(PO), "utf-8")
    monkeypatch.setattr(translations, "CONTENT_DIR", tmp_path / "content")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    return tmp_path


def run(*args):
    out = io.StringIO()
    call_command("translations", *args, stdout=out)
    return out.getvalue()


def test_the_report_gives_each_languages_shares_of_interface_content_and_bodies(db, site):
    output = run("fr", "ar")

    fr = next(line for line in output.splitlines() if line.startswith("fr French"))
    assert fr.split()[2:8] == ["1/1", "100%", "3/3", "100%", "1/1", "100%"]
    ar = next(line for line in output.splitlines() if line.startswith("ar Arabic"))
    assert ar.split()[4:6] == ["0/3", "0%"]


def test_check_passes_for_a_complete_consistent_language(db, site):
    run("fr", "--check")


def test_check_fails_when_a_language_is_incomplete(db, site):
    with pytest.raises(CommandError, match="ar"):
        run("fr", "ar", "--check")


def test_check_fails_when_a_placeholder_or_a_number_differs_from_the_english(db, site):
    catalogue = site / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    catalogue.write_text(catalogue.read_text("utf-8").replace("%(days)s jours", "%(jours)s jours"), "utf-8")

    with pytest.raises(CommandError, match="fr"):
        run("fr", "--check")


def test_the_real_site_is_complete_and_make_test_checks_it(db):
    output = run("--check", "--strict")

    assert "100%" in output
    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text()
    assert "CHECK_TRANSLATIONS ?= 1" in makefile
    assert "translations --check --strict" in makefile


def test_stamp_records_what_english_each_text_was_made_from(db, site):
    output = run("stamp", "fr")

    assert "fr: 4 texts stamped" in output
    data = tomllib.loads((site / "content" / "translations" / "fr" / "envelope.toml").read_text("utf-8"))
    assert set(data["made_from"]) == {"title", "summary", "sections.why.heading", "sections.why.body"}
    assert "not yet stamped" not in run("fr")
