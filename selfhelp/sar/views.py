"""The file request: a public form that keeps nothing, and the request saved on a case with its clock.

Public pages (no account; nothing stored, not even in the session):

- ``start``: the form; posted, it answers with what the letter says in the reader's language, the letter
  itself in English, and buttons that post the same answers again (hidden fields) to ``download``.
- ``download``: the answers and the document chosen, back as a PDF or Word file.

Pages on a case (each through ``case_view``: 404 to anyone the case is not shared with):

- ``case``: the request saved on the case, its dates, when the answer is due, and the next letters.
- ``edit``: write or change the request; the public result page's "save on a case" buttons post here.
- ``dates``: the dates form on the case page posts here.
- ``document``: one of the case's letters as a file.
- ``delete``: remove the request from the case (after asking).

What changes the request, with its line in the case's history, is in selfhelp/sar/records.py.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from selfhelp.cases.access import case_view
from selfhelp.deadlines.presentation import show_deadline
from selfhelp.sar import documents, letters, records, sources, tracking
from selfhelp.sar.forms import DatesForm, RequestForm
from selfhelp.sar.models import Recipient, SubjectAccessRequest

PUBLIC_DOCUMENTS = ("request", "authority")


def today():
    """Today in the UK. A function of its own, so that tests can choose the day."""
    return timezone.localdate()


# Public -------------------------------------------------------------------------------------------


def start(request):
    form = RequestForm(request.POST or None, action=reverse("sar:start"))
    if request.method == "POST" and "change" not in request.POST and form.is_valid():
        return render(request, "sar/result.html", _result_context(request, form))
    return render(request, "sar/start.html", {"form": form})


def _result_context(request, form):
    details = form.save(commit=False)  # never saved: the letter is made from what was posted
    day = today()
    if_sent_today = tracking.progress(tracking.Dates(method=tracking.ONLINE, sent=day), day)
    cases = []
    if request.user.is_authenticated:
        mine = [membership.case for membership in request.user.memberships.select_related("case")]
        holding = set(SubjectAccessRequest.objects.filter(case__in=mine).values_list("case_id", flat=True))
        cases = [(case, case.pk in holding) for case in mine]  # (case, saving replaces its request)
    return {
        "form": form,
        # The answers as posted, to post again with each button: nothing is kept on the server.
        "answers": [(name, value) for name in form.fields for value in form.data.getlist(name)],
        "details": details,
        "letter": letters.build("request", details, None, day),
        "authority": letters.build("authority", details, None, day) if details.by_someone_else else None,
        "home_office": Recipient.get(Recipient.HOME_OFFICE),
        "due_if_sent_today": if_sent_today.due,
        "cases": cases,
        "sources": sources.REQUEST,
    }


@require_POST
def download(request):
    """The letter or the authority form, made again from the answers posted with the button."""
    form = RequestForm(request.POST, action=reverse("sar:start"))
    if not form.is_valid():
        return render(request, "sar/start.html", {"form": form})
    kind, _dot, file_format = request.POST.get("document", "").partition(".")
    details = form.save(commit=False)
    if kind not in PUBLIC_DOCUMENTS or file_format not in documents.FORMATS:
        raise Http404
    if kind == "authority" and not details.by_someone_else:
        raise Http404
    letter = letters.build(kind, details, None, today())
    return documents.response(letter, file_format, request)


# On a case ----------------------------------------------------------------------------------------


def _file_request(case):
    return SubjectAccessRequest.objects.filter(case=case).first()


@case_view
def case_page(request, case):
    file_request = _file_request(case)
    if file_request is None:
        return render(request, "sar/case.html", {"case": case, "file_request": None})
    form = DatesForm(instance=file_request, action=reverse("sar:dates", args=[case.public_id]))
    return render(request, "sar/case.html", _case_context(case, file_request, form))


def _case_context(case, file_request, form):
    day = today()
    progress = tracking.progress(file_request.dates(), day)
    available = letters.available(file_request, progress)
    shown = [show_deadline(progress.due, day)] if progress.due else []
    return {
        "case": case,
        "file_request": file_request,
        "details": file_request,
        "progress": progress,
        "shown": shown,
        "letters": [(kind, letters.FILENAMES[kind]) for kind in letters.KINDS if kind in available],
        "follow_up_days": tracking.FOLLOW_UP_DAYS,
        "form": form,
        "home_office": Recipient.get(Recipient.HOME_OFFICE),
        "ico": Recipient.get(Recipient.ICO),
        "sources": sources.TRACKING,
    }


@case_view
def edit(request, case):
    existing = _file_request(case)
    instance = existing or SubjectAccessRequest(case=case, home_office_reference=case.home_office_reference)
    form = RequestForm(
        request.POST or None,
        instance=instance,
        submit=_("Save the request"),
        action=reverse("sar:edit", args=[case.public_id]),
    )
    if request.method == "POST" and form.is_valid():
        if existing is None:
            records.save_request(case, request.user, form)
        elif form.has_changed():
            records.change_request(case, request.user, form)
        messages.success(request, _("The request is saved on this case."))
        return redirect("sar:case", case.public_id)
    return render(request, "sar/edit.html", {"case": case, "form": form, "existing": existing})


@case_view
@require_POST
def dates(request, case):
    file_request = _file_request(case)
    if file_request is None:
        raise Http404
    before = {name: getattr(file_request, name) for name in DatesForm.Meta.fields}
    form = DatesForm(request.POST, instance=file_request, action=reverse("sar:dates", args=[case.public_id]))
    if not form.is_valid():
        # The page shows the saved dates and the form keeps what was typed.
        return render(request, "sar/case.html", _case_context(case, _file_request(case), form))
    if records.change_dates(case, request.user, form, before):
        messages.success(request, _("The dates are saved."))
    return redirect("sar:case", case.public_id)


@case_view
def document(request, case, filename):
    """One letter as a PDF or Word file, if this request has it now (the follow-ups only when due)."""
    file_request = _file_request(case)
    name, _dot, file_format = filename.rpartition(".")
    kinds = {value: key for key, value in letters.FILENAMES.items()}
    if file_request is None or name not in kinds or file_format not in documents.FORMATS:
        raise Http404
    progress = tracking.progress(file_request.dates(), today())
    if kinds[name] not in letters.available(file_request, progress):
        raise Http404
    letter = letters.build(kinds[name], file_request, progress, today())
    return documents.response(letter, file_format, request)


@case_view
def delete(request, case):
    """Asks first (GET), then removes the request and its dates from the case (POST)."""
    file_request = _file_request(case)
    if file_request is not None and request.method == "POST":
        records.delete_request(case, request.user, file_request)
        messages.success(request, _("The request is deleted from this case."))
        return redirect("sar:case", case.public_id)
    if request.method == "POST":
        return redirect("sar:case", case.public_id)  # already deleted, perhaps by someone else
    return render(request, "sar/delete.html", {"case": case, "file_request": file_request})
