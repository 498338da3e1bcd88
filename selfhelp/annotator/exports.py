"""What the person takes away from the annotator, in English (the Home Office and the tribunal read
English), with their own words exactly as they typed them:

- "What is wrong in my refusal letter": a statement, in the letter's order, of every paragraph the
  person disputes (disagrees with, found a mistake of fact in, or says left something out), each with a
  short quote, their comment, where the truth is shown and the evidence; as a PDF and a Word file.
- The letter with the person's notes beside each paragraph: a two-column A4 PDF.

The PDFs are laid out by selfhelp.pdf from templates that escape everything typed; the Word file is
written with python-docx as plain text runs, so nothing typed is read as markup. Control characters
pasted into the notes are left out of both.
"""

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import formats, translation
from django.utils.http import content_disposition_header

from selfhelp.annotator.models import PointKind, Response
from selfhelp.pdf import pdf_bytes
from selfhelp.word import new_document, plain, to_bytes

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
STATEMENT = "what-is-wrong-in-my-refusal-letter"
NOTES = "refusal-letter-with-my-notes"
REASONS = "reasons-for-my-appeal"
FILES = {
    f"{STATEMENT}.pdf": "statement_pdf",
    f"{STATEMENT}.docx": "statement_docx",
    f"{NOTES}.pdf": "notes_pdf",
    f"{REASONS}.txt": "reasons_text",
}
TEXT_TYPE = "text/plain; charset=utf-8"
# After the reasons, for the person, not to paste: the online form's length limit was not confirmed
# from any source (see guides/content/guides/lodging-your-appeal.toml), so nothing is cut here.
REASONS_NOTE = """----- Notes for you: do not paste the part below this line -----
The reasons above are {count} characters long. We could not confirm how many characters the online
appeal form's reasons box takes. After you paste, check that nothing at the end was cut off. If it was,
shorten the reasons, one short point per paragraph of the letter.
Think about adding, in one or two sentences each:
- why you are afraid to go back, and who you fear;
- important evidence you have, or are getting (for example a medical or expert report);
- that you will send a full statement and your evidence when the tribunal asks for them.
This is not legal advice. Ask a lawyer to check your reasons if you can.
"""
QUOTE_WORDS = 30
# How each disputed answer is put in the statement.
DISPUTE_LINES = {
    Response.DISAGREE: "I disagree with this paragraph.",
    Response.MISTAKE: "This paragraph contains a mistake of fact.",
    Response.NOT_CONSIDERED: "This paragraph does not consider something important.",
}
CLOSING = "I believe that the facts stated in this statement are true."
# The kinds and answers as a lawyer would name them, in the letter with notes.
KIND_NAMES = {
    PointKind.CREDIBILITY: "Credibility",
    PointKind.ACCEPTED: "Accepted point",
    PointKind.COUNTRY_INFORMATION: "Country information",
    PointKind.SECTION_8: "Section 8 behaviour",
    PointKind.PROTECTION_RELOCATION: "Sufficiency of protection or internal relocation",
    PointKind.ARTICLE_8: "Article 8",
    PointKind.DECISION: "The decision",
    PointKind.OTHER: "Other",
}
RESPONSE_NAMES = {
    Response.AGREE: "I agree.",
    **DISPUTE_LINES,
    Response.NOT_SURE: "I am not sure: to ask a lawyer.",
}


@dataclass(frozen=True)
class Point:
    number: str
    heading: str  # "Paragraph 7"
    dispute: str  # one of DISPUTE_LINES
    quote: str
    comment: str
    truth: str
    evidence: str


@dataclass(frozen=True)
class Statement:
    title: str
    details: tuple[tuple[str, str], ...]  # (label, value) for the references and the date
    introduction: str
    points: tuple[Point, ...]
    closing: str


def quote(text: str, words: int = QUOTE_WORDS) -> str:
    """The paragraph's first words, as a short quotation."""
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def _details(letter) -> tuple[tuple[str, str], ...]:
    details = []
    if letter.home_office_reference:
        details.append(("Home Office reference", letter.home_office_reference))
    if letter.port_reference:
        details.append(("Port reference", letter.port_reference))
    if letter.letter_date:
        details.append(("Date of the refusal letter", formats.date_format(letter.letter_date, "j F Y")))
    return tuple(details)


def statement(letter) -> Statement:
    """The statement's content (English; call with English active for the dates)."""
    introduction = (
        "This statement goes through the Home Office's refusal letter in the order of its paragraphs. "
        "For each paragraph I dispute, it says what is wrong, where the truth is shown, and the evidence "
        "that would show it."
    )
    if not letter.numbered:
        introduction += (
            " The refusal letter does not number its paragraphs: they are counted here from the top of "
            "the letter."
        )
    points = tuple(
        Point(
            number=paragraph.number,
            heading=f"Paragraph {paragraph.number}",
            dispute=DISPUTE_LINES[paragraph.response],
            quote=quote(paragraph.text),
            comment=plain(paragraph.comment),
            truth=plain(paragraph.truth),
            evidence=plain(paragraph.evidence_needed),
        )
        for paragraph in letter.paragraphs.disputed().order_by("position")
    )
    return Statement("What is wrong in my refusal letter", _details(letter), introduction, points, CLOSING)


def statement_pdf(letter, request=None) -> bytes:
    with translation.override("en"):
        return pdf_bytes("annotator/statement_document.html", {"statement": statement(letter)}, request)


def statement_docx(letter) -> bytes:
    """The statement as a plain A4 Word document a lawyer can edit."""

    with translation.override("en"):
        content = statement(letter)
    document = new_document(content.title, space_after_pt=6)

    def add(label: str, value: str, *, italic: bool = False) -> None:
        made = document.add_paragraph()
        if label:
            made.add_run(f"{label}: ").bold = True
        made.add_run(plain(value)).italic = italic

    document.add_heading(content.title, level=1)
    for label, value in content.details:
        add(label, value)
    document.add_paragraph(content.introduction)
    if not content.points:
        document.add_paragraph("No paragraph is marked as disputed yet.")
    for point in content.points:
        document.add_heading(point.heading, level=2)
        document.add_paragraph(point.dispute)
        add("The letter says", f"“{point.quote}”", italic=True)
        if point.comment:
            add("What is wrong", point.comment)
        if point.truth:
            add("Where the truth is shown", point.truth)
        if point.evidence:
            add("Evidence", point.evidence)
    document.add_paragraph()
    document.add_paragraph(content.closing)
    document.add_paragraph("Signed: ________________________________")
    document.add_paragraph("Date: __________________")
    return to_bytes(document)


def notes_rows(letter) -> list[dict]:
    """Every paragraph with the person's notes beside it (English labels)."""
    rows = []
    for paragraph in letter.paragraphs.order_by("position"):
        rows.append(
            {
                "paragraph": paragraph,
                "kind": KIND_NAMES.get(paragraph.kind, ""),
                "response": RESPONSE_NAMES.get(paragraph.response, ""),
                "accepted_points": paragraph.accepted_points,
                "comment": plain(paragraph.comment),
                "truth": plain(paragraph.truth),
                "evidence": plain(paragraph.evidence_needed),
            }
        )
    return rows


def notes_pdf(letter, request=None) -> bytes:
    with translation.override("en"):
        context = {
            "letter": letter,
            "details": _details(letter),
            "rows": notes_rows(letter),
            "progress": letter.progress,
        }
        return pdf_bytes("annotator/notes_document.html", context, request)


def reasons_text(letter) -> str:
    """The disputed paragraphs as plain text, ready to paste into the online appeal form's reasons box.

    One short paragraph per disputed point, in the letter's order, in the person's own words; then a note
    (not for pasting) on the box's length, which we could not confirm, and on what to add.
    """
    points = statement(letter).points
    parts = []
    for point in points:
        words = " ".join(part for part in (point.comment, point.truth) if part)
        line = f"{point.heading} of the refusal letter: {point.dispute}"
        parts.append(f"{line} {words}".strip() if words else line)
        if point.evidence:
            parts.append(f"Evidence: {point.evidence}")
    reasons = "\n\n".join(parts) if parts else "I disagree with the refusal decision."
    return f"{reasons}\n\n{REASONS_NOTE.format(count=len(reasons))}"


def render(letter, export: str, request=None) -> bytes:
    kind = FILES[export]
    if kind == "reasons_text":
        return reasons_text(letter).encode()
    if kind == "statement_pdf":
        return statement_pdf(letter, request)
    if kind == "statement_docx":
        return statement_docx(letter)
    return notes_pdf(letter, request)


def response(letter, export: str, request=None) -> HttpResponse:
    content_type = (
        DOCX_TYPE if export.endswith(".docx") else TEXT_TYPE if export.endswith(".txt") else "application/pdf"
    )
    answer = HttpResponse(render(letter, export, request), content_type=content_type)
    answer["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=export)
    return answer


def for_export(case, request=None):
    """'Download everything': the statement (PDF, Word) and the letter with notes, when there is a letter."""
    from selfhelp.annotator.status import letter_of

    letter = letter_of(case)
    if letter is None:
        return []
    return [(f"refusal-letter/{name}", render(letter, name, request)) for name in FILES]
