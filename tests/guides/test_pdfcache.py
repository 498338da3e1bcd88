"""Guide, evidence, glossary and worksheet PDFs are laid out once per language and content version."""

import pytest

from guides.loading import load
from guides.models import ChecklistItem, GlossaryTerm, Guide
from selfhelp import pdf
from tests.guides.test_views import contains, pdf_text


@pytest.fixture
def layouts(monkeypatch):
    """Every PDF WeasyPrint lays out, by template, in order."""
    made = []
    real = pdf.pdf_bytes

    def counted(template_name, context, request=None):
        made.append(template_name)
        return real(template_name, context, request)

    monkeypatch.setattr("guides.pdfcache.pdf_bytes", counted)
    return made


def test_a_guide_pdf_asked_for_twice_is_laid_out_once_and_is_the_same_file(client, guides, layouts):
    first = client.get("/en/guides/envelope-and-postmark/pdf/")
    second = client.get("/en/guides/envelope-and-postmark/pdf/")

    assert layouts == ["guides/guide.html"]
    assert first.content == second.content
    assert second["Content-Type"] == "application/pdf"
    assert 'filename="envelope-and-postmark-en.pdf"' in second["Content-Disposition"]


def test_each_language_has_its_own_cached_pdf(client, guides, layouts):
    english = client.get("/en/guides/envelope-and-postmark/pdf/").content
    arabic = client.get("/ar/guides/envelope-and-postmark/pdf/").content
    client.get("/ar/guides/envelope-and-postmark/pdf/")

    assert len(layouts) == 2
    assert english != arabic


def test_an_edit_to_a_guide_lays_out_that_guide_again_and_no_other(client, guides, layouts):
    client.get("/en/guides/envelope-and-postmark/pdf/")
    client.get("/en/guides/appeal-rights/pdf/")
    guide = Guide.objects.get(slug="envelope-and-postmark")
    guide.title_en = "Your envelope, edited in the admin"
    guide.save()

    edited = client.get("/en/guides/envelope-and-postmark/pdf/")
    client.get("/en/guides/appeal-rights/pdf/")

    assert len(layouts) == 3
    assert contains(pdf_text(edited.content)[0], "Your envelope, edited in the admin")


def test_an_edited_checklist_item_lays_out_its_guide_again(client, guides, layouts):
    client.get("/en/guides/envelope-and-postmark/pdf/")
    item = ChecklistItem.objects.filter(section__guide__slug="envelope-and-postmark").first()
    item.text_en = "Keep the envelope in a safe dry place"
    item.save()

    edited = client.get("/en/guides/envelope-and-postmark/pdf/")

    assert len(layouts) == 2
    assert contains(pdf_text(edited.content)[0], "Keep the envelope in a safe dry place")


def test_load_guides_lays_out_again_only_what_it_changed(client, guides, layouts):
    client.get("/en/guides/envelope-and-postmark/pdf/")
    client.get("/en/guides/appeal-rights/pdf/")
    client.get("/en/glossary/pdf/")
    Guide.objects.filter(slug="envelope-and-postmark").update(title_en="An old title")

    load(force=True)  # puts the file's title back: one guide changed
    restored = client.get("/en/guides/envelope-and-postmark/pdf/")
    client.get("/en/guides/appeal-rights/pdf/")
    client.get("/en/glossary/pdf/")

    assert layouts.count("guides/guide.html") == 3
    assert layouts.count("guides/glossary.html") == 1
    title = Guide.objects.get(slug="envelope-and-postmark").title_en
    assert contains(pdf_text(restored.content)[0], title)


def test_an_edited_glossary_term_lays_out_the_glossary_again(client, guides, layouts):
    client.get("/en/glossary/pdf/")
    client.get("/en/glossary/pdf/")
    term = GlossaryTerm.objects.first()
    term.definition_en = "A meaning rewritten by an editor"
    term.save()

    edited = client.get("/en/glossary/pdf/")

    assert layouts == ["guides/glossary.html", "guides/glossary.html"]
    assert contains(pdf_text(edited.content)[0], "A meaning rewritten by an editor")


def test_an_evidence_page_and_a_worksheet_pdf_are_cached_too(client, guides, layouts):
    for _ in range(2):
        client.get("/en/evidence/expert-reports/pdf/")
        client.get("/fr/print/worksheets/letter/")

    assert layouts == ["guides/guide.html", "printing/pack.html"]


def test_a_cached_pdf_never_shows_who_asked_for_it_first(client, guides, signed_in, layouts):
    from django.test import Client

    mine = signed_in.get("/en/guides/envelope-and-postmark/pdf/").content
    theirs = Client().get("/en/guides/envelope-and-postmark/pdf/").content

    assert mine == theirs
    assert "amira" not in pdf_text(theirs)[0].lower()


def test_an_unknown_guide_pdf_is_not_found(client, guides):
    assert client.get("/en/guides/no-such-guide/pdf/").status_code == 404
