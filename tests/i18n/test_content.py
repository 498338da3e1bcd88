"""Translated content files field by field, and the stamps that record what English each was made from."""

import textwrap
import tomllib

import pytest

from selfhelp.i18n import content
from selfhelp.i18n.checks import fingerprint

GUIDE = """
slug = "envelope"
title = "Keep the envelope"
summary = "The postmark shows when the letter was sent."
last_checked = 2026-11-24

[[sections]]
key = "why"
heading = "Why it matters"
body = "The time runs from the day the letter was **sent**."

[[sections]]
key = "action"
heading = "What to do"
[[sections.items]]
key = "keep"
text = "Keep the envelope."
"""

FRENCH = """
# Translated by a volunteer.
title = "Gardez l'enveloppe"
reviewed = false

[sections.why]
heading = "Pourquoi c'est important"
body = \"\"\"Le délai court à partir du jour où la lettre a été **envoyée**.\"\"\"

[sections.action.items]
keep = "Gardez l'enveloppe."
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "envelope.toml").write_text(textwrap.dedent(GUIDE), encoding="utf-8")
    (tmp_path / "translations" / "fr").mkdir(parents=True)
    (tmp_path / "translations" / "fr" / "envelope.toml").write_text(textwrap.dedent(FRENCH), encoding="utf-8")
    return tmp_path


def french(folder):
    return {f.path: f for f in content.translation_files(folder, "fr")[0].fields}


def test_every_english_text_is_a_field_with_its_translation(folder):
    fields = french(folder)

    assert list(fields) == [
        "title",
        "summary",
        "sections.why.heading",
        "sections.why.body",
        "sections.action.heading",
        "sections.action.items.keep",
    ]
    assert fields["sections.why.body"].translation.startswith("Le délai")
    assert fields["sections.why.body"].is_body
    assert fields["summary"].status == "missing"
    assert fields["title"].status == "unstamped" and fields["title"].shown


def test_stamping_records_the_english_and_keeps_the_rest_of_the_file_as_it_was(folder):
    path = folder / "translations" / "fr" / "envelope.toml"
    before = path.read_text(encoding="utf-8")

    report = content.stamp(content.translation_files(folder, "fr")[0])

    after = path.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip())  # comments and layout kept; the stamps go at the end
    stamps = tomllib.loads(after)["made_from"]
    assert stamps["sections.why.body"].split(":")[0] == fingerprint(
        "The time runs from the day the letter was **sent**."
    )
    assert len(report.stamped) == 4
    assert {field.status for field in french(folder).values()} == {"current", "missing"}


def test_a_change_to_the_english_makes_its_translations_stale_until_they_are_updated(folder):
    content.stamp(content.translation_files(folder, "fr")[0])
    guide = folder / "guides" / "envelope.toml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("was **sent**", "was **posted**"), "utf-8")

    assert french(folder)["sections.why.body"].status == "stale"
    assert not french(folder)["sections.why.body"].shown
    assert french(folder)["title"].status == "current"

    # Stamping again without changing the translation leaves it stale: only the translator can say
    # the translation follows the new English.
    report = content.stamp(content.translation_files(folder, "fr")[0])
    assert report.still_stale == [("envelope", "sections.why.body")]
    assert french(folder)["sections.why.body"].status == "stale"

    translation = folder / "translations" / "fr" / "envelope.toml"
    text = translation.read_text(encoding="utf-8").replace("**envoyée**", "**postée**")
    translation.write_text(text, encoding="utf-8")
    report = content.stamp(content.translation_files(folder, "fr")[0])

    assert ("envelope", "sections.why.body") in report.stamped
    assert french(folder)["sections.why.body"].status == "current"


def test_a_translator_can_confirm_a_translation_still_follows_a_changed_english(folder):
    content.stamp(content.translation_files(folder, "fr")[0])
    guide = folder / "guides" / "envelope.toml"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text.replace("Keep the envelope.", "Keep the envelope!"), "utf-8")

    report = content.stamp(
        content.translation_files(folder, "fr")[0], confirm={"envelope:sections.action.items.keep"}
    )

    assert report.confirmed == [("envelope", "sections.action.items.keep")]
    assert french(folder)["sections.action.items.keep"].status == "current"


def test_stamping_twice_changes_nothing(folder):
    content.stamp(content.translation_files(folder, "fr")[0])
    path = folder / "translations" / "fr" / "envelope.toml"
    once = path.read_text(encoding="utf-8")

    content.stamp(content.translation_files(folder, "fr")[0])

    assert path.read_text(encoding="utf-8") == once
