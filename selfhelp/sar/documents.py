"""A letter as a PDF (selfhelp.pdf, from the same template as the page's preview) or a Word file.

The Word file is written with python-docx as plain text runs: nothing typed is read as markup. Characters
that XML cannot hold (control characters pasted from elsewhere) are left out of it.
"""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from selfhelp.pdf import pdf_bytes
from selfhelp.sar import letters
from selfhelp.word import new_document, plain, to_bytes

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORMATS = ("pdf", "docx")


def letter_pdf(letter, request=None) -> bytes:
    return pdf_bytes("sar/letter_document.html", {"letter": letter}, request)


def letter_docx(letter) -> bytes:
    """A plain, well-formatted A4 letter: addresses, date, subject, paragraphs, lists, signature."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_document(letter.title, space_after_pt=8)

    def paragraph(text="", *, bold=False, align=None, style=None):
        made = document.add_paragraph(style=style)
        if text:
            made.add_run(plain(text)).bold = bold
        if align is not None:
            made.alignment = align
        return made

    if letter.sender:
        paragraph("\n".join(letter.sender), align=WD_ALIGN_PARAGRAPH.RIGHT)
    if letter.date:
        paragraph(letter.date, align=WD_ALIGN_PARAGRAPH.RIGHT)
    paragraph("\n".join(letter.recipient))
    if letter.sign_lines:
        document.add_heading(plain(letter.title), level=1)
    paragraph(letter.subject, bold=True)
    if letter.references:
        paragraph("\n".join(letter.references))
    if letter.salutation:
        paragraph(letter.salutation)
    for block in letter.body:
        paragraph(block.text)
        for item in block.items:
            paragraph(item, style="List Bullet")
    if letter.closing:
        paragraph(letter.closing)
    for label in letter.sign_lines:
        paragraph(f"{label}: ________________________________")
    if not letter.sign_lines:
        paragraph("\n\n")  # room to sign
    paragraph(letter.signer)
    if letter.enclosures:
        paragraph("Enclosed:", bold=True)
        for item in letter.enclosures:
            paragraph(item, style="List Bullet")
    return to_bytes(document)


def response(letter, file_format, request=None) -> HttpResponse:
    """The letter as a file to download."""
    if file_format == "pdf":
        content, content_type = letter_pdf(letter, request), "application/pdf"
    else:
        content, content_type = letter_docx(letter), DOCX_TYPE
    answer = HttpResponse(content, content_type=content_type)
    answer["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{letter.filename}.{file_format}"
    )
    return answer


def for_export(case, request=None):
    """'Download everything': the letters a saved request can produce today, as PDF and Word files."""
    file_request = getattr(case, "file_request", None)
    if file_request is None:
        return []
    today = timezone.localdate()
    progress = file_request.progress
    found = []
    for kind in letters.available(file_request, progress):
        letter = letters.build(kind, file_request, progress, today)
        found.append((f"file-request/{letter.filename}.pdf", letter_pdf(letter, request)))
        found.append((f"file-request/{letter.filename}.docx", letter_docx(letter)))
    return found
