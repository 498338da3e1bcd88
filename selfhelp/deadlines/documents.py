"""What the deadlines tool adds to a case's 'Download everything' (registered in apps.py)."""

from selfhelp.pdf import pdf_bytes


def case_documents(case, request):
    """The case's calendar file (every tool's dates, selfhelp.cases.tools) and its deadlines page as PDF."""
    from selfhelp.deadlines.views import case_context, case_ics

    return [
        ("deadlines.ics", case_ics(case, request)),
        ("deadlines.pdf", pdf_bytes("deadlines/case.html", case_context(case), request)),
    ]
