"""Interview records made for the tests, in the layouts the Home Office uses: a table in a PDF with a
running header, "Page n of m" and a protective marking on every page; a table in a Word file; and photos
of the PDF's pages. The questions and answers are those of ``interviews/air-qa.txt`` (invented, like every
name and reference here)."""

from pathlib import Path

from selfhelp.annotator.interview import split_interview

HERE = Path(__file__).parent / "interviews"


def questions(name: str = "air-qa.txt"):
    return split_interview((HERE / name).read_text()).questions


def record_html(rows) -> str:
    from django.utils.html import escape

    body = "".join(
        f"<tr><td>{escape(q.number)}</td><td>{escape(q.question)}</td><td>{escape(q.answer)}</td></tr>"
        for q in rows
    )
    return (
        "<html><head><style>@page { size: A4; margin: 25mm 18mm;"
        " @top-center { content: 'OFFICIAL - SENSITIVE  Home Office reference: T1234567' }"
        " @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages) } }"
        " body { font: 11pt sans-serif } td { vertical-align: top; padding: 2mm; border: 1px solid #000 }"
        " tr { break-inside: avoid }</style></head><body>"
        "<h1>Asylum Interview Record</h1><p>Date of interview: 14/05/2026</p>"
        "<p>Interpreter language: Tigrinya</p>"
        f"<table><tr><th>No.</th><th>Question</th><th>Answer</th></tr>{body}</table></body></html>"
    )


def make_pdf(path: Path, repeat: int = 4) -> Path:
    """A table long enough to run over several pages: the ten questions, then more of the same kind."""
    from weasyprint import HTML

    rows = list(questions())
    extra = [
        type(rows[0])(
            str(n), f"Question number {n}: what happened next?", f"Answer {n}: then we moved on again."
        )
        for n in range(len(rows) + 1, len(rows) * repeat + 1)
    ]
    HTML(string=record_html(rows + extra)).write_pdf(path)
    return path


def make_docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL - SENSITIVE"
    document.add_paragraph("ASYLUM INTERVIEW RECORD")
    document.add_paragraph("Date of interview: 14 May 2026")
    document.add_paragraph("Interpreter language: Tigrinya")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Question No.", "Question", "Answer"), strict=True):
        cell.text = text
    for question in questions():
        for cell, text in zip(
            table.add_row().cells, (question.number, question.question, question.answer), strict=True
        ):
            cell.text = text
    document.save(path)
    return path


def make_qa_pdf(path: Path) -> Path:
    """The "Q1. … A. …" record printed as it is typed, one line a line, to photograph."""
    from django.utils.html import escape
    from weasyprint import HTML

    lines = (HERE / "air-qa.txt").read_text().splitlines()
    body = "".join(f"<p>{escape(line) or '&nbsp;'}</p>" for line in lines if "Page" not in line)
    HTML(string=f"<html><body style='font: 12pt sans-serif'>{body}</body></html>").write_pdf(path)
    return path
