"""Workshop packs: guides, evidence pages, glossary and blank worksheets, once per language, in one PDF."""

import io
import re

import pytest
from django.utils import translation

from guides.models import Guide
from tests.guides.test_views import contains, contains_words, pdf_text


def pack(client, **choices):
    """The pack's address asked for, following it to the PDF (a pack not in the cache is laid out by a
    task, at once in tests: see tests/printing/test_tasks.py)."""
    return client.get("/en/print/", choices, follow=True)


def test_the_pack_page_offers_every_guide_evidence_page_worksheet_and_language(client, guides):
    page = client.get("/en/print/").content.decode()

    for guide in Guide.objects.all():
        assert f'value="{guide.slug}"' in page
    for code in ["ar", "ti", "so", "fr"]:
        assert f'value="{code}"' in page
    assert 'value="letter"' in page and 'value="evidence"' in page


def test_a_pack_has_each_chosen_guide_in_each_chosen_language_and_the_worksheets(client, guides):
    response = pack(
        client,
        guides=["envelope-and-postmark"],
        evidence=["expert-reports"],
        worksheets=["letter"],
        languages=["en", "ar", "ti"],
    )

    assert response["Content-Type"] == "application/pdf"
    assert 'filename="workshop-pack.pdf"' in response["Content-Disposition"]
    text, reader = pdf_text(response.content)
    for slug in ["envelope-and-postmark", "expert-reports"]:
        guide = Guide.objects.get(slug=slug)
        for code in ["en", "ar", "ti"]:
            with translation.override(code):
                title = guide.title
            assert (contains_words if code == "ar" else contains)(text, title), (slug, code)
    assert text.count("Paragraph") >= 1
    assert len(reader.pages) > 6


def test_a_pack_with_the_glossary_has_every_term(client, guides):
    from guides.models import GlossaryTerm

    text, _reader = pdf_text(pack(client, glossary="on", languages=["en"]).content)

    for term in GlossaryTerm.objects.all():
        assert contains(text, term.definition), term.key


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ({"languages": ["en"]}, "Choose at least one guide, page or worksheet."),
        ({"guides": ["envelope-and-postmark"]}, "Choose at least one language."),
        ({"guides": ["no-such-guide"], "languages": ["en"]}, "Select a valid choice."),
    ],
)
def test_a_pack_with_nothing_or_something_unknown_chosen_says_what_to_fix_and_keeps_the_choices(
    client, guides, choices, message
):
    response = pack(client, **choices)

    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert message in page
    for name, values in choices.items():
        for value in values if isinstance(values, list) else [values]:
            if value != "no-such-guide":
                assert checked(page, name, value), (name, value)


def checked(page, name, value):
    """Whether the page's checkbox `name` = `value` is ticked."""
    for tag in re.findall(r"<input[^>]*>", page, re.S):
        if f'name="{name}"' in tag and f'value="{value}"' in tag:
            return "checked" in tag
    return False


def test_a_pack_of_every_guide_in_four_languages_is_not_refused(guides):
    from selfhelp.printing.forms import PackForm

    slugs = [guide.slug for guide in Guide.objects.guides()]
    evidence = [guide.slug for guide in Guide.objects.evidence()]
    form = PackForm(
        {"guides": slugs, "evidence": evidence, "glossary": "on", "languages": ["en", "ar", "ti", "fr"]}
    )

    assert len(slugs) * 4 > 40
    assert form.is_valid(), form.errors


def outline(reader):
    """[(language, first page index, [(document title, page index), …]), …] from the pack's bookmarks."""
    copies = []
    items = reader.outline
    for position, item in enumerate(items):
        if isinstance(item, list):
            continue
        children = (
            items[position + 1] if position + 1 < len(items) and isinstance(items[position + 1], list) else []
        )
        copies.append(
            (
                item.title,
                reader.get_destination_page_number(item),
                [(child.title, reader.get_destination_page_number(child)) for child in children],
            )
        )
    return copies


def test_each_language_copy_starts_on_a_new_sheet_with_its_own_contents_header_and_documents_in_order(
    client, guides
):
    from pypdf import PdfReader

    response = pack(
        client,
        guides=["envelope-and-postmark", "appeal-rights"],
        evidence=["expert-reports"],
        glossary="on",
        worksheets=["deadlines"],
        languages=["en", "fr", "ar"],
    )
    reader = PdfReader(io.BytesIO(response.content))
    copies = outline(reader)

    assert [language for language, _start, _documents in copies] == ["English", "Français", "العربية"]
    starts = [start for _language, start, _documents in copies]
    assert starts[0] > 0  # the cover comes first
    assert all(start % 2 == 0 for start in starts)  # a new sheet, printed on both sides
    assert len(reader.pages) % 2 == 0
    cover = reader.pages[0].extract_text()
    for language, start, documents in copies:
        assert language in cover and f"page {start + 1}" in cover
        assert len(documents) == 5
        first_document = documents[0][1]
        contents = " ".join(reader.pages[page].extract_text() for page in range(start, first_document))
        end = starts[starts.index(start) + 1] if start != starts[-1] else len(reader.pages)
        for _title, page in documents:
            assert start < page < end
            assert f"{page + 1}" in contents
        assert [page for _title, page in documents] == sorted(page for _title, page in documents)
    english, french = copies[0], copies[1]
    with translation.override("fr"):
        french_titles = [
            Guide.objects.get(slug=slug).title for slug in ["envelope-and-postmark", "appeal-rights"]
        ]
    assert [title for title, _page in french[2][:2]] == french_titles
    for page in range(english[1], french[1]):
        text = reader.pages[page].extract_text()
        assert "Workshop pack · English" in text or not text.strip(), page
    assert "· Français" in reader.pages[french[2][0][1]].extract_text()


def test_a_pack_asked_for_again_comes_from_the_cache(client, guides, monkeypatch):
    first = pack(client, guides=["envelope-and-postmark"], languages=["en", "fr"])
    monkeypatch.setattr(
        "selfhelp.printing.packs.compose", lambda *args, **kwargs: pytest.fail("composed again")
    )

    second = pack(client, guides=["envelope-and-postmark"], languages=["en", "fr"])

    assert second.content == first.content


def test_a_pack_is_composed_again_when_a_guide_in_it_changes(client, guides):
    first = pack(client, guides=["envelope-and-postmark"], languages=["en"])
    guide = Guide.objects.get(slug="envelope-and-postmark")
    guide.title_en = "An envelope title changed in the admin"
    guide.save()

    second = pack(client, guides=["envelope-and-postmark"], languages=["en"])

    assert second.content != first.content
    assert contains(pdf_text(second.content)[0], "An envelope title changed in the admin")


@pytest.mark.parametrize("name", ["letter", "deadlines", "evidence"])
@pytest.mark.parametrize("code", ["en", "ar", "ti", "fr"])
def test_each_blank_worksheet_prints_on_one_page_in_each_language(client, guides, name, code):
    response = client.get(f"/{code}/print/worksheets/{name}/")

    assert response["Content-Type"] == "application/pdf"
    text, reader = pdf_text(response.content)
    assert len(reader.pages) == 1
    assert text.strip()


def test_an_unknown_worksheet_is_not_found(client, guides):
    assert client.get("/en/print/worksheets/nothing/").status_code == 404


def test_each_language_of_a_pack_starts_on_a_new_page_with_its_own_running_header(client, guides):
    from io import BytesIO

    from pypdf import PdfReader

    response = pack(client, guides=["envelope-and-postmark"], languages=["en", "fr"])
    pages = [page.extract_text() for page in PdfReader(BytesIO(response.content)).pages]
    with translation.override("fr"):
        french = f"{translation.gettext('Workshop pack')} · Français"
    english = "Workshop pack · English"

    english_pages = [n for n, text in enumerate(pages) if english in text]
    french_pages = [n for n, text in enumerate(pages) if french in text]
    blank = [n for n, text in enumerate(pages) if not text.strip()]

    # The cover (page 1) belongs to no copy; each copy is a run of pages under its own header, starting
    # on the front of a sheet (an odd page number) so that a pile printed on both sides splits cleanly.
    assert french not in pages[0] and english not in pages[0]
    assert english_pages == list(range(english_pages[0], english_pages[-1] + 1))
    assert french_pages == list(range(french_pages[0], french_pages[-1] + 1))
    assert english_pages[-1] < french_pages[0]
    assert english_pages[0] % 2 == 0 and french_pages[0] % 2 == 0
    assert set(range(len(pages))) == {0, *english_pages, *french_pages, *blank}


def test_the_glossary_of_each_copy_is_in_that_languages_order(client, guides):
    from guides.models import GlossaryTerm
    from guides.views import glossary_order
    from selfhelp.i18n.collation import sort_key

    terms = list(GlossaryTerm.objects.all())
    for code in ["en", "ar", "tr"]:
        ordered = glossary_order(terms, code)
        with translation.override(code):
            names = [str(term.term) for term in ordered]
        assert names == sorted(names, key=lambda name: sort_key(name, code))
    with translation.override("en"):
        english = [str(term.term).casefold() for term in glossary_order(terms, "en")]
    assert english[0] <= english[-1]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("hearing", ["My hearing day", "My language and dialect for the interpreter", "What to bring"]),
        ("witness-statement", ["An outline for my witness statement", "Answering the refusal letter"]),
    ],
)
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_hearing_day_and_witness_statement_worksheets_print_with_their_headings(
    client, guides, name, words, code
):
    response = client.get(f"/{code}/print/worksheets/{name}/")

    assert response["Content-Type"] == "application/pdf"
    text, reader = pdf_text(response.content)
    assert len(reader.pages) <= 2
    if code == "en":
        flat = " ".join(text.split())
        for phrase in words:
            assert phrase in flat


def test_the_pack_offers_the_new_guides_and_worksheets(client, guides):
    page = client.get("/en/print/").content.decode()

    for slug in ["lodging-your-appeal", "the-hearing-day", "removal-and-deportation"]:
        assert f'value="{slug}"' in page
    assert 'value="hearing"' in page
    assert 'value="witness-statement"' in page
