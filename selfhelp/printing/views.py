"""Workshop packs: guides, evidence pages, the glossary and blank worksheets, in several languages, as one
PDF to print for a room. Nothing is stored; the choices travel in the address.

A pack already in the cache is served at once. Another is laid out in the background
(selfhelp.printing.tasks): the person waits on ``making``, which reloads itself and says how many
documents are done, then offers the pack at its own address (``ready=1`` there: if the cache could not
keep it, it is laid out in the request rather than queued again).
"""

from urllib.parse import urlencode

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from guides import pdfcache
from selfhelp.jobs import work
from selfhelp.jobs.models import Job
from selfhelp.printing import packs, tasks
from selfhelp.printing.forms import WORKSHEETS, PackForm


def pack(request):
    form = PackForm(request.GET or None)
    if form.is_valid():
        choices = form.cleaned_data
        found = packs.cached(request, choices)
        if found is None and request.GET.get("ready"):
            found = packs.pack_pdf(request, choices)  # made, but the cache could not keep it
        if found is not None:
            return pdfcache.pdf_response(found, "workshop-pack.pdf")
        job = work.start(
            request, tasks.KIND, tasks.make_pack, fields={"choices": choices, "query": _query(request)}
        )
        if job.state == Job.State.DONE:  # made already (a worker that was quick, or tests)
            return redirect(_ready_url(job))
        return redirect("printing:making", job.pk)
    return render(request, "printing/start.html", {"form": form, "worksheets": WORKSHEETS})


def _query(request):
    """The pack's choices as its address gives them (without ``ready``)."""
    pairs = [(key, value) for key, values in request.GET.lists() if key != "ready" for value in values]
    return urlencode(pairs)


def _ready_url(job, ready=True):
    query = job.fields.get("query", "")
    return f"{reverse('printing:pack')}?{query}{'&ready=1' if ready else ''}"


@never_cache
def making(request, job_id):
    """How far a pack being laid out in the background has got; then the link to it."""
    job = work.find(request, job_id, tasks.KIND)
    if job.total:
        status = ngettext(
            "%(done)d of %(total)d document is ready.",
            "%(done)d of %(total)d documents are ready.",
            job.total,
        ) % {"done": job.done, "total": job.total}
    else:
        status = _("Your pack is waiting to be made. It usually starts within a few seconds.")
    if work.wants_status(request):
        return work.status_json(job, status)
    if job.is_working:
        return work.progress_page(request, job, {"title": _("Making your workshop pack"), "status": status})
    context = {"job": job, "pack_url": _ready_url(job, ready=job.state == Job.State.DONE)}
    return render(request, "printing/ready.html", context)


def worksheet(request, name):
    """One blank worksheet, in the reader's language, as a PDF."""
    from django.http import Http404

    if name not in dict(WORKSHEETS):
        raise Http404
    return pdfcache.pdf_response(packs.worksheet_bytes(request, name), f"worksheet-{name}.pdf")
