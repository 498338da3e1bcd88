"""What the evidence plan gives a lawyer or the tribunal, read back: the plan as a table (CSV) and as an
A4 PDF, and the bundle index (PDF) numbering the pages of items of several pages; in English whatever the
reader's language, with typed text as typed."""

import csv
import io
import re
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from selfhelp.annotator.models import Paragraph
from selfhelp.cases.exports import documents_for
from tests.annotator.helpers import save_letter
from tests.evidence.helpers import PAYLOAD, add_item, annotate, paragraph

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: TODAY)


def url(case, rest, code="en"):
    return f"/{code}/cases/{case.public_id}/evidence/{rest}"


def pdf(content):
    """(the text of every page, joined and with spaces tidied; the reader)."""
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)), reader


def table(content):
    assert content.startswith(b"\xef\xbb\xbf")  # the byte order mark: Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def plan(case, user, guides):
    """A plan with items of every status and of several pages, on a case with an annotated letter."""
    annotate(case, user)
    case.home_office_reference = "H1234567"
    case.save()
    add_item(
        case,
        kind="objective-reports",
        title="Amnesty International report, 2025",
        status="received",
        pages=12,
    )
    add_item(
        case,
        kind="own-statement",
        status="sent",
        pages=3,
        paragraphs=[paragraph(case, 7), paragraph(case, 9)],
        shows="That I joined in August 2019",
        due_key="ftt-appeal",
    )
    add_item(
        case,
        kind="witness-statements",
        title=f"Statement from my brother {PAYLOAD}",
        status="received",
        pages=1,
    )
    add_item(case, kind="expert-reports", status="asked", cost=400, due_date=date(2026, 11, 1), who="lawyer")
    add_item(case, kind="translations", title="Summons, in English", status="received")  # pages not counted
    add_item(case, kind="letters-of-support", title='=HYPERLINK("http://example.com","click")', status="idea")
    add_item(case, kind="medical-reports", title="Scarring report", status="received", pages=8, order=1)
    return case


# --- the table -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_plan_table_has_a_header_and_a_row_for_each_item_in_english(signed_in, plan, code):
    response = signed_in.get(url(plan, "evidence-plan.csv", code))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="evidence-plan.csv"' in response["Content-Disposition"]
    rows = table(response.content)
    header, rows = rows[0], {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert header[:3] == ["Item", "Kind", "Name"]
    assert list(rows) == ["1", "2", "3", "4", "5", "6", "7"]
    assert rows["2"]["Kind"] == "Witness statement of the appellant"
    assert rows["2"]["Answers refusal letter paragraphs"] == "7, 9"
    assert rows["2"]["What it should show"] == "That I joined in August 2019"
    assert rows["2"]["Status"] == "Sent to the lawyer or tribunal"
    assert (rows["2"]["Needed by"], rows["2"]["Needed for"]) == (
        "2026-11-26",
        "Appeal to the First-tier Tribunal",
    )
    assert rows["4"]["Late"] == "Yes" and rows["2"]["Late"] == ""
    assert (rows["4"]["Cost (GBP)"], rows["4"]["Funding"], rows["4"]["Who is getting it"]) == (
        "400.00",
        "Not arranged",
        "Lawyer",
    )
    assert rows["3"]["Name"] == f"Statement from my brother {PAYLOAD}"  # as typed


def test_a_name_that_looks_like_a_formula_is_kept_as_text(signed_in, plan):
    rows = table(signed_in.get(url(plan, "evidence-plan.csv")).content)

    assert rows[6][2] == '\'=HYPERLINK("http://example.com","click")'


def test_the_table_says_which_paragraphs_an_item_answered_before_the_letter_was_replaced(
    signed_in, plan, user
):
    save_letter(plan, user)

    rows = table(signed_in.get(url(plan, "evidence-plan.csv")).content)

    assert rows[2][4] == "7, 9 (of a letter since replaced)"


# --- the plan as a PDF ---------------------------------------------------------------------------------


def test_the_plan_downloads_as_an_a4_pdf_of_the_page(signed_in, plan):
    response = signed_in.get(url(plan, "evidence-plan.pdf"))

    assert response["Content-Type"] == "application/pdf"
    text, reader = pdf(response.content)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    assert "Evidence plan" in text
    assert "2 of 6 disputed paragraphs have evidence planned" in text
    assert "2. Your own statement" in text and "Answers paragraphs 7, 9." in text
    assert "That I joined in August 2019" in text
    assert f"Statement from my brother {PAYLOAD}" in text
    assert "1 item is late" in text
    assert "Download this plan" not in text and "Plan this" not in text


# --- the bundle index ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_bundle_index_numbers_the_pages_of_the_items_received_in_the_bundles_order(signed_in, plan, code):
    response = signed_in.get(url(plan, "bundle-index.pdf", code))

    assert 'filename="bundle-index.pdf"' in response["Content-Disposition"]
    _text, reader = pdf(response.content)
    assert len(reader.pages) == 2  # the cover, then the index
    assert all(round(float(page.mediabox.width)) == 595 for page in reader.pages)
    cover, index = (re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages)
    assert "Appellant's bundle" in cover
    assert "Home Office reference H1234567" in cover
    assert "This bundle holds 4 documents, 24 pages in all." in cover
    assert "the tribunal or a representative may direct a different order" in cover
    assert "The first page of document 1 is page 1. This cover and the index are not counted." in cover

    lines = [
        "A. Statements",
        "1 Witness statement of the appellant 1–3",
        f"2 Witness statement: Statement from my brother {PAYLOAD} 4",
        "C. Medical and expert reports",
        "3 Medical report: Scarring report 5–12",
        "D. Country evidence",
        "4 Objective country evidence: Amnesty International report, 2025 13–24",
        "Total 24",
    ]
    squashed = re.sub(r"\s+", "", index)  # a long name wraps onto two lines
    positions = [squashed.index(re.sub(r"\s+", "", line)) for line in lines]
    assert positions == sorted(positions)
    # Not received, or its pages not counted: not in the index.
    assert "Expert report" not in index and "Summons" not in index and "HYPERLINK" not in index


def test_the_bundle_index_pages_are_numbered_apart_from_the_documents(signed_in, plan):
    _text, reader = pdf(signed_in.get(url(plan, "bundle-index.pdf")).content)

    footers = [page.extract_text().split()[-1] for page in reader.pages]
    assert footers == ["i", "ii"]


def test_the_plan_page_says_which_received_items_need_their_pages_counted(signed_in, plan):
    html = signed_in.get(url(plan, "")).content.decode()

    notice = html[html.index("Count the pages of these items") :]
    notice = notice[: notice.index("</div>")]
    assert "5. Summons, in English" in notice
    assert "Amnesty" not in notice


def test_a_bundle_index_with_nothing_received_says_so(signed_in, case, guides):
    add_item(case, status="asked")

    text, _reader = pdf(signed_in.get(url(case, "bundle-index.pdf")).content)

    assert "No document has been received yet." in text
    assert "This bundle holds 0 documents, 0 pages in all." in text


# --- download everything -------------------------------------------------------------------------------


def test_download_everything_holds_the_table_and_the_bundle_index_when_there_is_a_plan(
    rf, case, user, guides
):
    request = rf.get("/")
    request.user = user
    assert [name for name, _ in documents_for(case, request) if name.startswith("evidence/")] == []

    add_item(case, kind="own-statement", status="received", pages=2)
    files = dict(documents_for(case, request))

    assert table(files["evidence/evidence-plan.csv"])[1][1] == "Witness statement of the appellant"
    text, _reader = pdf(files["evidence/bundle-index.pdf"])
    assert "1 Witness statement of the appellant 1–2" in text


@pytest.mark.parametrize("number", ["=1+1", "@SUM(1)", "+1+1", "-1+1"])
def test_paragraph_numbers_that_look_like_formulas_are_kept_as_text_in_the_plan_and_download_everything(
    signed_in, plan, number
):
    """Numbers are checked where they come in (annotator.importing); one saved before that check, or by
    any other way, is still never run as a formula."""
    Paragraph.objects.filter(letter__case=plan, number="7").update(number=number)

    rows = table(signed_in.get(url(plan, "evidence-plan.csv")).content)
    everything = zipfile.ZipFile(io.BytesIO(signed_in.get("/en/accounts/download/").content))
    [name] = [name for name in everything.namelist() if name.endswith("evidence/evidence-plan.csv")]

    assert rows[2][4] == f"'{number}, 9"
    assert table(everything.read(name))[2][4] == f"'{number}, 9"
