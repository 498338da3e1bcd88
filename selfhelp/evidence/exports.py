"""What the evidence plan gives a lawyer or the tribunal, in English, with the person's words as typed:

- the plan as a table (CSV, UTF-8 with a byte order mark so Excel reads it as UTF-8), one row an item;
- the bundle index: a cover page and the index of the items received, numbered and paginated in the
  bundle's order (selfhelp.evidence.planning explains the order and the page numbers), as an A4 PDF to
  print in front of the documents.

(The plan as a PDF is the plan page itself, in the reader's language: views.plan_pdf.)

Typed text is escaped in the PDF by the template. In the table, every cell goes through the site's one
spreadsheet guard (selfhelp.spreadsheets): a cell that a spreadsheet would read as a formula (it starts
with =, +, -, @, or a tab or carriage return) gets a leading apostrophe, so it is shown as typed and
never run.
"""

from django.http import HttpResponse
from django.utils import formats, translation
from django.utils.http import content_disposition_header

from selfhelp.evidence import kinds, overview
from selfhelp.pdf import pdf_bytes
from selfhelp.spreadsheets import csv_bytes

PLAN_PDF = "evidence-plan.pdf"
PLAN_CSV = "evidence-plan.csv"
BUNDLE_INDEX = "bundle-index.pdf"

HEADER = [
    "Item",
    "Kind",
    "Name",
    "What it should show",
    "Answers refusal letter paragraphs",
    "Who is getting it",
    "Status",
    "Needed by",
    "Needed for",
    "Late",
    "Cost (GBP)",
    "Funding",
    "Pages",
    "Received",
    "Notes",
]


def _due(row) -> tuple[str, str]:
    if row.due is None:
        return "", ""
    if row.due.gone:
        return "", "A date no longer on the case"
    return row.due.date.isoformat(), row.due.title


def plan_rows(plan) -> list[list[str]]:
    """The table's rows under its header (call with English active: the case's dates' names), as
    typed: ``csv_bytes`` guards every cell when the table is written."""
    rows = []
    for row in plan.rows:
        item = row.item
        needed_by, needed_for = _due(row)
        rows.append(
            [
                str(item.number),
                kinds.ENGLISH_KINDS[item.kind],
                item.title,
                item.shows,
                ", ".join(p.number for p in row.paragraphs)
                or (f"{item.answered} (of a letter since replaced)" if item.answered else ""),
                kinds.ENGLISH_WHO[item.who],
                kinds.ENGLISH_STATUSES[item.status],
                needed_by,
                needed_for,
                "Yes" if row.overdue else "",
                f"{item.cost:.2f}" if item.cost is not None else "",
                kinds.ENGLISH_FUNDING[item.funding] if item.cost else "",
                str(item.pages or ""),
                item.received.isoformat() if item.received else "",
                item.notes,
            ]
        )
    return rows


def plan_csv(case) -> bytes:
    with translation.override("en"):
        plan = overview.plan_for(case)
        rows = plan_rows(plan)
    return csv_bytes(HEADER, rows)


def _reference(case, letter) -> str:
    return case.home_office_reference or (letter.home_office_reference if letter else "")


def bundle_index_pdf(case, request=None) -> bytes:
    with translation.override("en"):
        plan = overview.plan_for(case)
        parts = [
            (
                kinds.ENGLISH_PARTS[part],
                [
                    {
                        "entry": entry,
                        "kind": kinds.ENGLISH_KINDS[entry.document.kind],
                        "title": entry.document.key.item.title,
                    }
                    for entry in entries
                ],
            )
            for part, entries in plan.bundle.parts
        ]
        context = {
            "case": case,
            "reference": _reference(case, plan.letter),
            "parts": parts,
            "bundle": plan.bundle,
            "today": formats.date_format(plan.today, "j F Y"),
        }
        return pdf_bytes("evidence/bundle_index.html", context, request)


def _download(content: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


def plan_csv_response(case) -> HttpResponse:
    return _download(plan_csv(case), PLAN_CSV, "text/csv; charset=utf-8")


def bundle_index_response(case, request=None) -> HttpResponse:
    return _download(bundle_index_pdf(case, request), BUNDLE_INDEX, "application/pdf")


def for_export(case, request=None):
    """'Download everything': the plan as a table and the bundle index, when the case has a plan."""
    if not case.evidence_items.exists():
        return []
    return [
        (f"evidence/{PLAN_CSV}", plan_csv(case)),
        (f"evidence/{BUNDLE_INDEX}", bundle_index_pdf(case, request)),
    ]
