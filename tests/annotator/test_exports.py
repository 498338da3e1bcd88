"""The statement of what is wrong (PDF and Word) and the letter with notes (PDF), read back."""

import io
import re

import docx
import pytest
from pypdf import PdfReader

from selfhelp.annotator import exports, importing
from selfhelp.annotator.models import Response
from selfhelp.cases import tools
from tests.annotator.helpers import letter_text, save_letter

PAYLOAD = '<script>alert("x")</script> & <b>bold</b>'


def pdf_text(data):
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def docx_text(data):
    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


def answer(letter, position, user=None, **fields):
    paragraph = letter.paragraphs.get(position=position)
    for name, value in fields.items():
        setattr(paragraph, name, value)
    importing.save_paragraph(paragraph, user)


@pytest.fixture
def answered(case, user):
    """The Eritrea letter with answers: three disputed (12, 7, 20, saved in that order), one agreed, one
    not sure."""
    letter = save_letter(case, user)
    answer(
        letter,
        12,
        user,
        response=Response.DISAGREE,
        comment="The summons is real. My mother got it from the local office.",
        evidence_needed="A translation of the summons",
    )
    answer(
        letter,
        7,
        user,
        response=Response.MISTAKE,
        comment="I said I reported to Sawa in August 2019.\nThe interpreter mixed up the years.",
        truth="AIR Q45 says August 2019",
        evidence_needed="My school leaving certificate",
    )
    answer(letter, 20, user, response=Response.NOT_CONSIDERED, comment="I was a child when I left.")
    answer(letter, 3, user, response=Response.AGREE, comment="Fine")
    answer(letter, 9, user, response=Response.NOT_SURE, comment="Ask about this one")
    return letter


def test_the_statement_lists_the_disputed_paragraphs_in_the_letters_order(answered):
    text = pdf_text(exports.statement_pdf(answered))

    assert text.startswith("What is wrong in my refusal letter")
    assert "Home Office reference T1108822" in text and "Date of the refusal letter 14 March 2024" in text
    assert text.index("Paragraph 7") < text.index("Paragraph 12") < text.index("Paragraph 20")
    assert "Paragraph 3 " not in text and "Paragraph 9 " not in text
    assert "Fine" not in text and "Ask about this one" not in text
    assert "This paragraph contains a mistake of fact." in text
    assert "“However, when asked at your screening interview when you had joined national service" in text
    assert "I said I reported to Sawa in August 2019. The interpreter mixed up the years." in text
    assert "Where the truth is shown AIR Q45 says August 2019" in text
    assert "Evidence My school leaving certificate" in text
    assert "I disagree with this paragraph." in text
    assert "This paragraph does not consider something important." in text
    closing = "I believe that the facts stated in this statement are true. Signed: ________"
    assert text.index("Paragraph 20") < text.index(closing)


def test_the_statement_as_a_word_file_says_the_same(answered):
    text = docx_text(exports.statement_docx(answered))

    assert text.startswith("What is wrong in my refusal letter\nHome Office reference: T1108822")
    assert text.index("Paragraph 7") < text.index("Paragraph 12") < text.index("Paragraph 20")
    assert "Paragraph 9" not in text
    assert (
        "What is wrong: I said I reported to Sawa in August 2019.\nThe interpreter mixed up the years."
        in text
    )
    assert "Where the truth is shown: AIR Q45 says August 2019" in text
    assert "Evidence: A translation of the summons" in text
    assert "I believe that the facts stated in this statement are true." in text
    properties = docx.Document(io.BytesIO(exports.statement_docx(answered))).core_properties
    assert properties.author == "" and properties.title == "What is wrong in my refusal letter"


def test_nothing_disputed_yet_says_so(case, user):
    letter = save_letter(case, user)

    assert "No paragraph is marked as disputed yet." in pdf_text(exports.statement_pdf(letter))
    assert "No paragraph is marked as disputed yet." in docx_text(exports.statement_docx(letter))


def test_an_unnumbered_letter_says_its_paragraphs_are_counted_from_the_top(case, user):
    letter = save_letter(case, user, letter_text("unnumbered_further_submissions"))
    answer(letter, 2, response=Response.DISAGREE, comment="Wrong")

    assert "they are counted here from the top of the letter" in pdf_text(exports.statement_pdf(letter))


def test_typed_markup_is_written_as_the_words_typed_never_as_markup(case, user):
    letter = save_letter(case, user)
    answer(
        letter,
        7,
        response=Response.MISTAKE,
        comment=PAYLOAD,
        truth=PAYLOAD + "\x0b\x01",
        evidence_needed=PAYLOAD,
    )

    pdf = pdf_text(exports.statement_pdf(letter))
    word = docx_text(exports.statement_docx(letter))
    notes = pdf_text(exports.notes_pdf(letter))

    for text in (pdf, word, notes):
        assert '<script>alert("x")</script> & <b>bold</b>' in text
    assert "bold" in word and "\x0b" not in word  # a control character XML cannot hold is left out


def test_the_letter_with_notes_is_a4_with_every_paragraph_and_the_notes_beside_it(answered):
    data = exports.notes_pdf(answered)

    reader = PdfReader(io.BytesIO(data))
    text = pdf_text(data)
    assert all(
        round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
        for page in reader.pages
    )
    assert len(reader.pages) >= 3
    assert text.startswith("Refusal letter with my notes")
    assert "5 of 31 paragraphs reviewed." in text
    # The header row repeats on every page, and every page is numbered.
    assert text.count("The letter My notes") == len(reader.pages)
    for number in range(1, len(reader.pages) + 1):
        assert f"{number} / {len(reader.pages)}" in reader.pages[number - 1].extract_text()
    for number in ("1.", "7.", "19.", "27."):
        assert f" {number} " in text
    assert "This paragraph contains a mistake of fact." in text
    assert "Where the truth is shown: AIR Q45 says August 2019" in text
    assert "Credibility" in text and "Section 8 behaviour" in text and "Accepted point" in text
    assert "Accepted in my favour: Your claimed nationality is therefore accepted." in text
    assert "I am not sure: to ask a lawyer. Ask about this one" in text


def test_the_downloads_are_in_english_even_for_a_reader_in_arabic(signed_in, answered, case):
    base = f"/ar/cases/{case.public_id}/letter/download/"

    statement = signed_in.get(base + "what-is-wrong-in-my-refusal-letter.pdf")
    word = signed_in.get(base + "what-is-wrong-in-my-refusal-letter.docx")
    notes = signed_in.get(base + "refusal-letter-with-my-notes.pdf")

    assert statement["Content-Type"] == "application/pdf"
    assert statement["Content-Disposition"] == 'attachment; filename="what-is-wrong-in-my-refusal-letter.pdf"'
    assert word["Content-Type"] == exports.DOCX_TYPE
    assert "14 March 2024" in pdf_text(statement.content)
    assert "What is wrong in my refusal letter" in docx_text(word.content)
    assert "Credibility" in pdf_text(notes.content)


def test_download_everything_holds_the_three_files_when_the_case_has_a_letter(answered, case):
    from selfhelp.cases.models import Case

    names = [name for name, _ in exports.for_export(case)]
    empty = Case.objects.create(name="No letter")

    assert [tool.documents for tool in tools.TOOLS if tool.name == "annotator"] == [exports.for_export]

    assert {
        "refusal-letter/what-is-wrong-in-my-refusal-letter.pdf",
        "refusal-letter/what-is-wrong-in-my-refusal-letter.docx",
        "refusal-letter/refusal-letter-with-my-notes.pdf",
    } <= set(names)
    assert exports.for_export(empty) == []


def test_the_letter_with_notes_shows_every_heading_and_the_footnotes_apart(signed_in, case, user, guides):
    from pypdf import PdfReader

    from tests.annotator import make_letters

    source = make_letters.load("somalia_minority_clan")
    save_letter(case, user, make_letters.render_layout(source, "pdf-text").text)
    response = signed_in.get(f"/en/cases/{case.public_id}/letter/download/refusal-letter-with-my-notes.pdf")
    pages = PdfReader(io.BytesIO(response.content)).pages
    text = " ".join("".join(page.extract_text() for page in pages).split())
    assert "Consideration of your claim Nationality and identity 5." in text
    assert "Madhiban is accepted. 1 Refugee Convention, Article 1A(2)." in text


def test_the_reasons_for_the_appeal_download_as_plain_text_ready_to_paste_with_a_note_after_them(
    signed_in, answered, case
):
    response = signed_in.get(f"/en/cases/{case.public_id}/letter/download/reasons-for-my-appeal.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    reasons, note = text.split("----- Notes for you: do not paste the part below this line -----")
    assert (
        reasons.index("Paragraph 7 of the refusal letter")
        < reasons.index("Paragraph 12")
        < reasons.index("Paragraph 20")
    )
    assert (
        "Paragraph 7 of the refusal letter: This paragraph contains a mistake of fact. I said I reported to "
        "Sawa in August 2019.\nThe interpreter mixed up the years. AIR Q45 says August 2019"
    ) in reasons
    assert "Evidence: A translation of the summons" in reasons
    assert "Ask about this one" not in reasons and "Fine" not in reasons  # not disputed
    assert f"The reasons above are {len(reasons.strip())} characters long." in note
    assert "We could not confirm how many characters" in note
    assert "why you are afraid to go back" in note


def test_a_payload_in_the_notes_stays_plain_text_in_the_reasons(signed_in, case, user):
    letter = save_letter(case, user)
    answer(letter, 7, user, response=Response.DISAGREE, comment=PAYLOAD)

    text = exports.reasons_text(letter)

    assert PAYLOAD in text
