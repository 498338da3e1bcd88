"""Every language's real translations, checked as CI checks them (selfhelp/i18n/audit.py).

One test per language and kind of check. A language with no translation yet is skipped; a language
that has translations fails on any problem. A problem already known and reported (KNOWN below) is an
expected failure, strict: when it is fixed, the test says so, and the entry must go.
"""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from selfhelp.i18n import audit, content
from selfhelp.languages import LANGUAGES

CONTENT = Path(settings.BASE_DIR) / "guides" / "content"
CODES = [language.code for language in LANGUAGES if language.code != "en"]
ENGLISH = content.english_files(CONTENT)

#: Problems in translations already on main, reported to the lead (translators own these files).
KNOWN = {}

_audits = {}


def audited(code):
    if code not in _audits:
        _audits[code] = audit.audit(code, CONTENT, settings.LOCALE_PATHS, ENGLISH)
    found = _audits[code]
    if not found.has_translations:
        pytest.skip(f"no {code} translation yet")
    return found


def expect(code, kind, request):
    if (code, kind) in KNOWN:
        request.applymarker(pytest.mark.xfail(reason=KNOWN[(code, kind)], strict=True))


@pytest.mark.parametrize("code", CODES)
def test_placeholders_numbers_links_and_tags_are_as_in_the_english(code, request):
    expect(code, "placeholders", request)
    found = audited(code)

    assert found.problems.get("placeholders", []) == []


@pytest.mark.parametrize("code", CODES)
def test_the_catalogue_has_cldrs_plural_forms(code, request):
    expect(code, "plurals", request)
    found = audited(code)

    assert found.problems.get("plurals", []) == []


@pytest.mark.parametrize("code", CODES)
def test_wherever_an_english_term_occurs_its_agreed_translation_does_too(code, request):
    expect(code, "terms", request)
    found = audited(code)
    if not found.terms:
        pytest.skip(f"no {code} term list yet (guides/content/translations/{code}/terms.toml)")

    assert found.problems.get("terms", []) == []


@pytest.mark.parametrize("code", CODES)
def test_the_text_taken_together_reads_as_the_language(code, request):
    expect(code, "language", request)
    found = audited(code)

    assert found.problems.get("language", []) == []


@pytest.mark.parametrize("code", CODES)
def test_no_english_is_left_in_the_translation(code, request):
    expect(code, "english", request)
    found = audited(code)

    assert found.problems.get("english", []) == []


def test_the_translations_from_before_stamps_count_as_shown_and_unstamped(tmp_path):
    # Every language is stamped now: the French files as they were before stamps, their [made_from] gone.
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    for path in (copy / "translations" / "fr").glob("*.toml"):
        path.write_text(content._without_stamps(path.read_text()))

    found = audit.audit("fr", copy, settings.LOCALE_PATHS, content.english_files(copy), identify=False)

    assert found.content[0] > 0
    assert found.unstamped >= found.content[0] - found.stale
