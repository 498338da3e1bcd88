"""No English is left on a translated page: every piece of the site's wording goes through gettext.

The pages are rendered in Bengali with every message "translated" into a pseudo-language: each English
letter swapped for an accented one (``Save`` → ``Šáʋé``), placeholders, tags and entities kept. Whatever
plain English words are then left on the page skipped translation, unless they are marked as English on
purpose (``lang="en"``, or any language other than the page's: citations, the letter to the Home
Office, English beside a translation, content not yet translated) or are what a person typed, or a
date or name isolated in ``<bdi>`` or between Unicode isolates. <title> is left out: it cannot isolate
the case's name.
"""

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.utils import translation
from django.utils.translation import trans_real

from selfhelp.annotator.models import Paragraph  # noqa: F401 (the letter's app is loaded)
from tests.annotator.helpers import save_letter

PSEUDO = "bn"  # a left-to-right language in another script: its own content is not mistaken for English
_LOWER = "áƀçđéƒğĥíĵķĺɱñóƥʠŕšŧúʋŵẋýž"
_UPPER = "ÁƁÇĐÉƑĞĤÍĴĶĹṀÑÓƤɊŔŠŦÚṾŴẊÝŽ"
_TABLE = str.maketrans("abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", _LOWER + _UPPER)
# What a translation must keep as it is: tags, placeholders, entities.
_KEEP = re.compile(r"<[^>]*>|%\([^)]*\)[sd]|%[sd]|\{[^}]*\}|&[#\w]+;")
# Words every language keeps as they are: names of the site, services, forms and documents.
ALLOWED = {
    "After",
    "Refusal",
    "PDF",
    "GOV",
    "UK",
    "IAFT",
    "ICO",
    "Word",
    "HMCTS",
    "ASAP",
    "NOI",
    "SAR",
    "ARE",
}


def pseudo(message):
    out, position = [], 0
    for match in _KEEP.finditer(message):
        out += [message[position : match.start()].translate(_TABLE), match.group(0)]
        position = match.end()
    out.append(message[position:].translate(_TABLE))
    return "".join(out)


@pytest.fixture
def pseudo_language(monkeypatch):
    """Every message looked up while the pseudo-language is active comes back in the pseudo-language."""
    trans = translation._trans
    real = {name: getattr(trans_real, name) for name in ("gettext", "ngettext", "pgettext", "npgettext")}

    def when_pseudo(name, index):
        def looked_up(*args):
            result = real[name](*args)
            return (
                pseudo(args[index] if len(args) > index else result)
                if translation.get_language() == PSEUDO
                else result
            )

        return looked_up

    def plural(name, singular, plural_index, number_index):
        def looked_up(*args):
            result = real[name](*args)
            if translation.get_language() != PSEUDO:
                return result
            return pseudo(args[singular] if args[number_index] == 1 else args[plural_index])

        return looked_up

    monkeypatch.setattr(trans, "gettext", when_pseudo("gettext", 0), raising=False)
    monkeypatch.setattr(trans, "pgettext", when_pseudo("pgettext", 1), raising=False)
    monkeypatch.setattr(trans, "ngettext", plural("ngettext", 0, 1, 2), raising=False)
    monkeypatch.setattr(trans, "npgettext", plural("npgettext", 1, 2, 3), raising=False)
    yield
    translation.activate("en")  # the test client's last request leaves its language active


class _Text(HTMLParser):
    """The words a reader sees, leaving out what is marked English, isolated, or not shown."""

    # <title> holds the case's name, which cannot be isolated there (no markup); the same words are
    # checked where the page shows them.
    SKIP = {"script", "style", "svg", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.words = [], []

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "input", "meta", "link", "hr", "wbr", "source"}:
            return
        attributes = dict(attrs)
        skipped = (
            tag in self.SKIP or tag == "bdi" or attributes.get("lang", PSEUDO) != PSEUDO or tag == "textarea"
        )
        self.stack.append((tag, skipped or bool(self.stack and self.stack[-1][1])))

    def handle_endtag(self, tag):
        while self.stack:
            name, _skipped = self.stack.pop()
            if name == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            data = re.sub("\u2068[^\u2069]*\u2069", "", data)  # isolated as <bdi> would
            self.words += re.findall(r"[A-Za-z][A-Za-z']{2,}", data)


def english_left(markup):
    parser = _Text()
    parser.feed(markup)
    return sorted({word for word in parser.words if word not in ALLOWED})


PUBLIC = [
    "/",
    "/deadlines/",
    "/deadlines/?decision=refusal&letter_date=2026-11-10&sent=2026-11-12&received=2026-11-14",
    "/deadlines/?decision=notice-of-intent&received=2026-11-14",
    "/deadlines/passed/",
    "/file-request/",
    "/letter/",
    "/language/",
]
ON_A_CASE = ["", "deadlines/", "checklists/", "letter/", "letter/1/", "file-request/", "evidence/"]


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: date(2026, 11, 20))


@pytest.mark.parametrize("path", PUBLIC)
def test_a_public_page_has_no_english_that_skipped_translation(client, guides, pseudo_language, path):
    response = client.get(f"/{PSEUDO}{path}")

    assert response.status_code == 200
    assert english_left(response.content.decode()) == []


def test_the_case_pages_have_no_english_that_skipped_translation(
    signed_in, case, user, guides, pseudo_language
):
    case.language = "ar"
    case.save()
    save_letter(case, user)
    left = {}
    for path in ON_A_CASE:
        response = signed_in.get(f"/{PSEUDO}/cases/{case.public_id}/{path}")
        assert response.status_code == 200, path
        if found := english_left(response.content.decode()):
            left[path] = found

    assert left == {}, repr(left)


def test_the_file_request_result_has_no_english_that_skipped_translation(client, guides, pseudo_language):
    answers = {
        "full_name": "Tesfay Gebre",
        "date_of_birth": "2001-05-01",
        "nationality": "Eritrean",
        "home_office_reference": "T1234567",
        "address": "1 Mill Road\nLeeds LS2 9AA",
        "reply_by": "post",
        "scope": "detailed",
        "sent_by": "self",
    }
    response = client.post(f"/{PSEUDO}/file-request/", answers)

    assert response.status_code == 200
    assert english_left(response.content.decode()) == []


def test_the_pseudo_language_finds_english_that_skipped_translation(pseudo_language):
    with translation.override(PSEUDO):
        assert translation.gettext("Save") == "Šáʋé"
        assert english_left(f"<p>{translation.gettext('Save')} now</p><p lang='en'>English</p>") == ["now"]
