from selfhelp.pdf import pdf_bytes


def case_summary_pdf(case, request):
    """The case's home page as a PDF, for 'Download everything'."""
    from selfhelp.cases.views import home_context

    return [("case.pdf", pdf_bytes("cases/case.html", home_context(request, case), request))]
