"""The evidence catalogue (a page per kind of evidence) and, on a case, the evidence plan.

Catalogue pages are written and translated like the guides (guides/content/evidence/), so they share the
guide's model, template and PDF.

On a case (each through ``case_view``: 404 to anyone the case is not shared with):

- ``case``: the plan: how many disputed paragraphs have evidence planned and which have none, the items
  (late ones marked), the costs, and the downloads; ``plan_pdf`` is the same page as an A4 PDF.
- ``suggestions``: for each paragraph that needs evidence, the kinds of evidence that usually answer it;
  "Plan this" makes an item answering it, "Not needed" sets the suggestion aside (one form for the page).
- ``add``, ``edit``, ``delete``: an item, addressed by its number on the case.
- ``plan_csv`` and ``bundle_index``: the plan as a table, and the index of the bundle of what has been
  received, both in English for a lawyer or the tribunal.
"""

from django.contrib import messages
from django.core.exceptions import BadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from guides import pagecache
from guides.models import Guide
from guides.pagecache import public_page
from guides.views import get_guide, guide_pdf_response, sources_response
from selfhelp.annotator.models import Paragraph
from selfhelp.cases.access import case_view
from selfhelp.evidence import exports, kinds, overview, planning, records
from selfhelp.evidence.forms import ItemForm
from selfhelp.pdf import render_pdf


@public_page(pagecache.lists)
def catalogue(request):
    return render(request, "evidence/catalogue.html", {"kinds": Guide.objects.evidence()})


@public_page(pagecache.guide)
def kind(request, slug):
    return render(request, "guides/guide.html", {"guide": get_guide(slug, Guide.Collection.EVIDENCE)})


@public_page(pagecache.guide)
def kind_sources(request, slug):
    return sources_response(request, slug, Guide.Collection.EVIDENCE)


def kind_pdf(request, slug):
    return guide_pdf_response(request, slug, Guide.Collection.EVIDENCE)


# The plan on a case ---------------------------------------------------------------------------------


def _plan_context(case):
    plan = overview.plan_for(case)
    funding = [
        (kinds.Funding(key).label if key else kinds.NO_FUNDING, amount)
        for key, amount in plan.costs.by_funding.items()
    ]
    return {
        "case": case,
        "plan": plan,
        "funding": funding,
        "open_count": overview.open_count(overview.suggestions_for(plan)),
        "expert_fee": kinds.EXPERT_FEE,
    }


@case_view
def case_plan(request, case):
    return render(request, "evidence/plan.html", _plan_context(case))


@case_view
def plan_pdf(request, case):
    return render_pdf(request, "evidence/plan.html", _plan_context(case), filename=exports.PLAN_PDF)


@case_view
def plan_csv(request, case):
    return exports.plan_csv_response(case)


@case_view
def bundle_index(request, case):
    return exports.bundle_index_response(case, request)


# Suggestions ----------------------------------------------------------------------------------------


def _chosen(case, value):
    """The paragraph and kind a suggestion's button sends ("7:witness-statements"), or BadRequest."""
    position, _sep, kind_key = value.partition(":")
    if not position.isdigit() or kind_key not in planning.KINDS:
        raise BadRequest("not a suggestion")
    paragraph = Paragraph.objects.for_case(case).filter(position=int(position)).first()
    if paragraph is None:
        raise BadRequest("no such paragraph")
    return paragraph, kind_key


@case_view
def suggestions(request, case):
    here = reverse("evidence:suggestions", args=[case.public_id])
    if request.method == "POST":
        return _decide(request, case, here)
    plan = overview.plan_for(case)
    found = overview.suggestions_for(plan)
    context = {
        "case": case,
        "letter": plan.letter,
        "found": found,
        "open_count": overview.open_count(found),
        "expert_fee": kinds.EXPERT_FEE,
    }
    return render(request, "evidence/suggestions.html", context)


def _decide(request, case, here):
    if "plan" in request.POST:
        paragraph, kind_key = _chosen(case, request.POST["plan"])
        item, new = records.plan_suggestion(case, request.user, paragraph, kind_key)
        if new:
            messages.success(
                request,
                _("Item %(number)d is in your plan. Say who is getting it and when it is needed.")
                % {"number": item.number},
            )
            return redirect("evidence:edit", case.public_id, item.number)
        messages.success(
            request, _("Item %(number)d already answers this paragraph.") % {"number": item.number}
        )
    elif "ignore" in request.POST:
        paragraph, kind_key = _chosen(case, request.POST["ignore"])
        records.set_aside(case, request.user, paragraph, kind_key)
        messages.success(
            request,
            _("%(kind)s: marked as not needed for paragraph %(number)s.")
            % {"kind": kinds.EvidenceKind(kind_key).label, "number": paragraph.number},
        )
    elif "restore" in request.POST:
        paragraph, kind_key = _chosen(case, request.POST["restore"])
        records.restore(case, request.user, paragraph, kind_key)
    else:
        return redirect(here)
    return redirect(f"{here}#p{paragraph.position}")


# Items ----------------------------------------------------------------------------------------------


def _item_or_404(case, number):
    return get_object_or_404(case.evidence_items, number=number)


@case_view
def add(request, case):
    initial = {}
    position, kind_key = request.GET.get("paragraph", ""), request.GET.get("kind", "")
    if position.isdigit():
        paragraph = Paragraph.objects.for_case(case).filter(position=int(position)).first()
        if paragraph is not None:
            initial.update(paragraphs=[paragraph], shows=paragraph.evidence_needed)
    if kind_key in planning.KINDS:
        initial.update(kind=kind_key, cost=planning.STARTING_COSTS.get(kind_key))
    form = ItemForm(
        request.POST or None,
        initial=initial,
        case=case,
        action=reverse("evidence:add", args=[case.public_id]),
        submit=_("Add to the plan"),
    )
    if request.method == "POST" and form.is_valid():
        item = records.add(case, request.user, form)
        messages.success(request, _("Item %(number)d is in your plan.") % {"number": item.number})
        return redirect(f"{reverse('evidence:case', args=[case.public_id])}#item-{item.number}")
    return render(request, "evidence/item.html", {"case": case, "form": form, "title": _("Add evidence")})


@case_view
def edit(request, case, item):
    found = _item_or_404(case, item)
    here = reverse("evidence:edit", args=[case.public_id, found.number])
    form = ItemForm(request.POST or None, instance=found, case=case, action=here)
    if request.method == "POST" and form.is_valid():
        if form.has_changed():
            records.change(case, request.user, form)
        messages.success(request, _("Item %(number)d is saved.") % {"number": found.number})
        return redirect(f"{reverse('evidence:case', args=[case.public_id])}#item-{found.number}")
    context = {
        "case": case,
        "form": form,
        "item": found,
        "catalogue_url": kinds.catalogue_url(found.kind),
        "lost": bool(found.answered) and not found.paragraphs.exists(),
        "title": _("Item %(number)d: %(name)s") % {"number": found.number, "name": found.name},
    }
    return render(request, "evidence/item.html", context)


@case_view
def delete(request, case, item):
    found = _item_or_404(case, item)
    if request.method == "POST":
        records.delete(case, request.user, found)
        messages.success(request, _("Item %(number)d is deleted.") % {"number": found.number})
        return redirect("evidence:case", case.public_id)
    return render(request, "evidence/delete.html", {"case": case, "item": found})
