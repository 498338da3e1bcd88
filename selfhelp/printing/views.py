"""Workshop packs: guides, evidence pages, the glossary and blank worksheets, in several languages, as one
PDF to print for a room. Nothing is stored; the choices travel in the address."""

from django.shortcuts import render

from guides import pdfcache
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
    return pdfcache.pdf_response(packs.worksheet_bytes(request, name), f"worksheet-{name}.pdf")
