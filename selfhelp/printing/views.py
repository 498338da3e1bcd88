"""Workshop packs: guides, evidence pages, the glossary and blank worksheets, in several languages, as one
PDF to print for a room. Nothing is stored; the choices travel in the address."""

from django.shortcuts import render

from selfhelp import languages, pdfcache
from selfhelp.printing import packs
from selfhelp.printing.forms import WORKSHEETS, PackForm


def pack(request):
    form = PackForm(request.GET or None)
    if form.is_valid():
        return pdfcache.pdf_response(packs.pack_pdf(request, form.cleaned_data), "workshop-pack.pdf")
    return render(request, "printing/start.html", {"form": form, "worksheets": WORKSHEETS})


def worksheet(request, name):
    """One blank worksheet, in the reader's language, as a PDF."""
    from django.http import Http404

    if name not in dict(WORKSHEETS):
        raise Http404
    return pdfcache.pdf_response(worksheet_pdf_bytes(request, name), f"worksheet-{name}.pdf")


def worksheet_pdf_bytes(request, name, code=None):
    """A blank worksheet's PDF in the reader's language (or `code`), laid out once per version."""
    from django.utils.translation import get_language, override

    code = code or get_language()

    def context():
        return {
            "copies": [{"language": languages.get(code), "worksheets": [name], "guides": []}],
            "terms": [],
            "title": dict(WORKSHEETS)[name],
        }

    with override(code):
        return pdfcache.content_pdf(request, "worksheet", [], [name], "printing/pack.html", context)
