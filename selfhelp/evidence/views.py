"""The evidence catalogue (a page per kind of evidence) and, on a case, the evidence plan.

Catalogue pages are written and translated like the guides (guides/content/evidence/), so they share the
guide's model, template and PDF.
"""

from django.shortcuts import render

from guides.models import Guide
from guides.views import get_guide, guide_pdf_response


def catalogue(request):
    return render(request, "evidence/catalogue.html", {"kinds": Guide.objects.evidence()})


def kind(request, slug):
    return render(request, "guides/guide.html", {"guide": get_guide(slug, Guide.Collection.EVIDENCE)})


def kind_pdf(request, slug):
    return guide_pdf_response(request, get_guide(slug, Guide.Collection.EVIDENCE))
