"""The refusal letter annotator's pages.

Public (no account; nothing stored, not even in the session):

- ``start``: paste the letter or upload it; posted, it answers with the letter split into its
  paragraphs, each with its kind of point, what it accepts in the person's favour, and its references
  explained (each kind once). Signed-in people can save it on one of their cases: the split paragraphs
  go with the button, in hidden fields beside each paragraph, so nothing is kept and nothing is read
  twice; others are offered an account. Photos and scanned pages are read in the background
  (selfhelp.annotator.tasks): the upload is kept only until it is read, and the person waits on
  ``reading``, which reloads itself until the letter is read, then shows it as above (the text read is
  deleted as it is shown, or an hour after it was read).
- ``correct``: a paragraph joined with the next, or split where the person chooses (``split.html``), by
  form; the letter comes and goes in the same hidden fields, so nothing is kept.

On a case (each through ``case_view``: 404 to anyone the case is not shared with):

- ``case``: the letter's details, how far the person has got (reviewed n of m), and a short list of its
  paragraphs; with no letter yet, the form to bring it in.
- ``import``: bring a letter in, or replace it (the person confirms when the letter has notes); photos
  and scans are read in the background, and ``case_reading`` saves the letter once they are read.
- ``paragraph``: one paragraph, by its position in the letter: its text with references marked and
  explained, and the form to answer it ("save and go to the next"). letter.js posts the same form in the
  background and answers JSON.
- ``join_paragraph`` and ``split_paragraph``: put right how the letter was split (``editing``).
- ``download``: the statement of what is wrong (PDF, Word) and the letter with the notes (PDF).
"""

from dataclasses import replace

from django.contrib import messages
from django.core.exceptions import BadRequest
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from selfhelp.annotator import corrections, editing, exports, importing, kinds, limits, status, tasks
from selfhelp.annotator.explain import Annotator, Links, annotate, kind_help
from selfhelp.annotator.forms import LetterForm, ParagraphForm, SplitForm, error_message
from selfhelp.annotator.models import Letter, Paragraph, PointKind
from selfhelp.cases.access import case_view
from selfhelp.jobs import work
from selfhelp.jobs.models import Job


def _posted(request):
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)


def _wants_json(request):
    return request.headers.get("Accept") == "application/json"


# Public -------------------------------------------------------------------------------------------


def _start_form(data=None, files=None, initial=None):
    return LetterForm(data, files, action=reverse("annotator:start"), background=True, initial=initial)


def start(request):
    data, files = _posted(request)
    form = _start_form(data, files)
    if request.method == "POST" and form.is_valid():
        if form.pending:
            job = _read_later(request, form)
            if job is not None:
                return redirect("annotator:reading", job.pk)
        else:
            return render(request, "annotator/result.html", _result_context(request, form.reading))
    return render(request, "annotator/start.html", {"form": form})


def _read_later(request, form, case=None):
    """The form's files read in the background: the job, or None (the form says why not)."""
    try:
        limits.check_ocr_queue(work.working(request, tasks.KIND), form.limits)
    except limits.OverBudget as error:
        form.add_error("files", error_message(error, [], form.limits))
        return None
    fields = {"replace": bool(form.cleaned_data.get("replace"))}
    return work.start(request, tasks.KIND, tasks.read_letter, files=form.pending, fields=fields, case=case)


@never_cache  # it shows the letter once read: no browser or proxy may keep it
def reading(request, job_id):
    """How far the reading of a letter's photos or scans has got; once read, the letter, split (as
    ``start`` shows it)."""
    return _reading(request, work.find(request, job_id, tasks.KIND))


def _reading(request, job, case=None):
    here = {"case": case} if case else {}
    if work.wants_status(request):
        return work.status_json(job, _reading_status(job)["status"] if job.is_working else "")
    if job.is_working:
        return work.progress_page(request, job, {**here, **_reading_status(job)})
    if job.state == Job.State.COLLECTED:
        again = reverse("annotator:import", args=[case.public_id]) if case else reverse("annotator:start")
        return render(request, "annotator/reading_gone.html", {**here, "again": again}, status=410)
    replace = bool(job.fields.get("replace"))
    if job.state == Job.State.FAILED:
        error = job.error or {}
        failure = _Failure(error.get("code", "internal"), error.get("reason", ""), error.get("numbers", {}))
        return _form_again(request, case, error_message(failure, error.get("names", [])), replace)
    found = work.collect(job) or {}
    read = importing.from_text(found.get("text", ""), found.get("source", ""), found.get("pages"))
    if not read.letter.paragraphs:
        return _form_again(request, case, _("We could not find any paragraphs in it."), replace)
    if case is None:
        return render(request, "annotator/result.html", _result_context(request, read))
    letter = status.letter_of(case)
    notes = letter.paragraphs_with_notes().count() if letter else 0
    if notes and not replace:  # notes written while the letter was being read: ask first
        return render(request, "annotator/replace.html", _replace_context(case, notes, read, asked=False))
    return _saved(request, case, read)


class _Failure:
    """What went wrong in the background, as forms.error_message reads an error."""

    def __init__(self, code, reason, numbers):
        self.code, self.reason, self.numbers = code, reason, numbers


def _form_again(request, case, message, replace):
    """The upload form again, with what went wrong beside the file field and what was chosen kept."""
    if case is None:
        form = _start_form()
        form.show_failure(message)
        return render(request, "annotator/start.html", {"form": form, "failed": True})
    letter = status.letter_of(case)
    notes = letter.paragraphs_with_notes().count() if letter else 0
    form = _import_form(case, notes=notes, initial={"replace": replace})
    form.show_failure(message)
    return render(
        request, "annotator/import.html", {"case": case, "letter": letter, "form": form, "failed": True}
    )


def _reading_status(job):
    if job.state == Job.State.WAITING or not job.total:
        status_line = _("Your letter is waiting to be read. It usually starts within a few seconds.")
    else:
        page = min(job.done + 1, job.total)
        status_line = ngettext(
            "Reading page %(page)d of %(total)d.", "Reading page %(page)d of %(total)d.", job.total
        ) % {"page": page, "total": job.total}
    return {"title": _("Reading your letter"), "status": status_line}


def _result_context(request, reading):
    annotator = Annotator(grouped=True)
    check = corrections.check_numbers(reading.letter.paragraphs, reading.letter.missing_numbers)
    paragraphs = []
    for paragraph in reading.letter.paragraphs:
        kind = kinds.suggest_kind(paragraph.text, paragraph.section)
        paragraphs.append(
            {
                "paragraph": paragraph,
                "pieces": annotator.pieces(paragraph.text),
                "kind": kind,
                "kind_label": PointKind(kind).label,
                "accepted_points": kinds.accepted_points(paragraph.text),
                "part": importing.paragraph_part(paragraph),
                "position": len(paragraphs) + 1,
                "check": paragraph.number in check,
            }
        )
    cases = []
    if request.user.is_authenticated:
        mine = [membership.case for membership in request.user.memberships.select_related("case")]
        holding = set(Letter.objects.filter(case__in=mine).values_list("case_id", flat=True))
        cases = [(case, case.pk in holding) for case in mine]  # (case, saving replaces its letter)
    return {
        "reading": reading,
        "details": reading.letter.details,
        "paragraphs": paragraphs,
        "explained": annotator.explained,
        "cases": cases,
        # The split letter, posted again with the "save on a case" buttons and the join and split
        # buttons: nothing is kept here.
        "parts": importing.as_parts(reading),
    }


def _posted_position(value, count: int) -> int:
    if not (value or "").isdigit() or not 1 <= int(value) <= count:
        raise BadRequest("no such paragraph")
    return int(value)


def correct(request):
    """The public reader's corrections, by form: ``join`` (a paragraph's position) joins it with the next;
    ``split`` shows where it can be split, then splits it at the chosen point. The letter comes and
    goes in the form's hidden fields, as for saving it on a case: nothing is kept."""
    if request.method != "POST":
        return redirect("annotator:start")
    try:
        reading = importing.from_parts(request.POST)
    except ValueError as error:
        raise BadRequest("the letter's parts do not fit together") from error
    paragraphs = reading.letter.paragraphs
    # A paragraph's own button ("join" or "split" = its position), or the choice at the end of the page.
    action = next((name for name in ("join", "split") if name in request.POST), request.POST.get("action"))
    chosen = request.POST.get(action) if action in request.POST else request.POST.get("position")
    if action == "join":
        position = _posted_position(chosen, len(paragraphs) - 1)
        paragraphs = corrections.join(paragraphs, position - 1)
    elif action != "split":
        raise BadRequest("no correction asked for")
    else:
        position = _posted_position(chosen, len(paragraphs))
        paragraph = paragraphs[position - 1]
        form = SplitForm(
            request.POST if "at" in request.POST else None,
            points=corrections.split_points(paragraph.text),
            initial={
                "number": corrections.suggested_number(paragraph.number, reading.letter.missing_numbers)
            },
        )
        if not form.is_valid():
            context = {"paragraph": paragraph, "position": position, "form": form, "reading": reading}
            context["parts"] = importing.as_parts(reading)
            context["all_parts"] = [importing.paragraph_part(p) for p in paragraphs]
            return render(request, "annotator/split.html", context)
        paragraphs = corrections.split(
            paragraphs, position - 1, form.cleaned_data["at"], form.cleaned_data["number"]
        )
    missing = corrections.missing_numbers(paragraphs) if reading.letter.numbered else ()
    reading = replace(reading, letter=replace(reading.letter, paragraphs=paragraphs, missing_numbers=missing))
    return render(request, "annotator/result.html", _result_context(request, reading))


# On a case ----------------------------------------------------------------------------------------


def _letter_or_404(case):
    letter = status.letter_of(case)
    if letter is None:
        raise Http404
    return letter


def _import_form(case, data=None, files=None, notes=0, initial=None):
    return LetterForm(
        data,
        files,
        action=reverse("annotator:import", args=[case.public_id]),
        submit=_("Read my letter and save it"),
        notes=notes,
        background=True,
        initial=initial,
    )


@case_view
def case_letter(request, case):
    letter = status.letter_of(case)
    if letter is None:
        return render(
            request, "annotator/case.html", {"case": case, "letter": None, "form": _import_form(case)}
        )
    paragraphs = list(letter.paragraphs.all())
    check = corrections.check_numbers(paragraphs, letter.missing_numbers)
    for paragraph in paragraphs:
        paragraph.has_accepted = paragraph.kind == PointKind.ACCEPTED or bool(paragraph.accepted_points)
        paragraph.check = paragraph.number in check
    return render(
        request,
        "annotator/case.html",
        {
            "case": case,
            "letter": letter,
            "paragraphs": paragraphs,
            "progress": letter.progress,
            "check": check,
        },
    )


@case_view
def import_letter(request, case):
    letter = status.letter_of(case)
    notes = letter.paragraphs_with_notes().count() if letter else 0
    if request.method == "POST" and "paragraph" in request.POST:
        return _import_parts(request, case, notes)
    data, files = _posted(request)
    form = _import_form(case, data, files, notes)
    if request.method == "POST" and form.is_valid():
        if not form.pending:
            return _saved(request, case, form.reading)
        job = _read_later(request, form, case)
        if job is not None:
            return redirect("annotator:case_reading", case.public_id, job.pk)
    return render(request, "annotator/import.html", {"case": case, "letter": letter, "form": form})


@never_cache
@case_view
def case_reading(request, case, job_id):
    """How far the reading of photos or scans for this case's letter has got; once read, the letter is
    saved on the case, as ``import`` saves it."""
    return _reading(request, work.find(request, job_id, tasks.KIND, case=case), case)


def _import_parts(request, case, notes):
    """A letter split on the public page, posted back with a "save on a case" button."""
    try:
        reading = importing.from_parts(request.POST)
    except ValueError as error:
        raise BadRequest("the letter's parts do not fit together") from error
    if notes and not request.POST.get("replace"):
        context = _replace_context(case, notes, reading, asked="confirm" in request.POST)
        return render(request, "annotator/replace.html", context)
    return _saved(request, case, reading)


def _replace_context(case, notes, reading, asked):
    return {
        "case": case,
        "notes": notes,
        "reading": reading,
        "parts": importing.as_parts(reading),
        "paragraphs": [importing.paragraph_part(paragraph) for paragraph in reading.letter.paragraphs],
        "asked": asked,
    }


def _saved(request, case, reading):
    saved = importing.save(case, request.user, reading)
    count = len(reading.letter.paragraphs)
    if saved.numbered:
        messages.success(request, _("Your letter is saved: %(count)d paragraphs.") % {"count": count})
    else:
        messages.warning(
            request,
            _(
                "Your letter is saved: %(count)d paragraphs. It has no paragraph numbers, so we split it at "
                "blank lines and numbered the parts ourselves."
            )
            % {"count": count},
        )
    return redirect("annotator:case", case.public_id)


@case_view
def paragraph(request, case, position):
    letter = _letter_or_404(case)
    found = get_object_or_404(letter.paragraphs, position=position)
    total = letter.paragraphs.count()
    here = reverse("annotator:paragraph", args=[case.public_id, position])
    after = (
        reverse("annotator:paragraph", args=[case.public_id, position + 1])
        if position < total
        else reverse("annotator:case", args=[case.public_id])
    )
    form = ParagraphForm(request.POST or None, instance=found, action=here, is_last=position >= total)
    if request.method == "POST":
        if form.is_valid():
            if form.has_changed():
                importing.save_paragraph(form.save(commit=False), request.user)
            if _wants_json(request):
                letter = Letter.objects.get(pk=letter.pk)  # progress counted afresh
                progress = letter.progress
                return JsonResponse(
                    {
                        "saved": True,
                        "reviewed": progress.reviewed,
                        "total": progress.total,
                        "next": after,
                    }
                )
            messages.success(request, _("Paragraph %(number)s is saved.") % {"number": found.number})
            return redirect(after if "stay" not in request.POST else here)
        if _wants_json(request):
            return JsonResponse({"saved": False, "errors": form.errors.get_json_data()}, status=400)
    links = Links()
    return render(
        request,
        "annotator/paragraph.html",
        {
            "case": case,
            "letter": letter,
            "paragraph": found,
            "annotated": annotate(found.text, links),
            "kind_help": kind_help(found.kind, links),
            "form": form,
            "progress": letter.progress,
            "previous": position - 1 if position > 1 else None,
            "next": position + 1 if position < total else None,
            "check": found.number
            in corrections.check_numbers(letter.paragraphs.all(), letter.missing_numbers),
        },
    )


@case_view
def join_paragraph(request, case, position):
    """Join the paragraph at ``position`` with the next one (a form's button; POST only)."""
    letter = _letter_or_404(case)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        joined = editing.join_paragraphs(letter, position, request.user)
    except Paragraph.DoesNotExist as error:
        raise Http404 from error
    messages.success(
        request, _("Paragraph %(number)s is now joined with the next one.") % {"number": joined.number}
    )
    return redirect("annotator:paragraph", case.public_id, position)


@case_view
def split_paragraph(request, case, position):
    """Where to split the paragraph at ``position`` (GET), and the split (POST)."""
    letter = _letter_or_404(case)
    found = get_object_or_404(letter.paragraphs, position=position)
    form = SplitForm(
        request.POST or None,
        points=corrections.split_points(found.text),
        initial={"number": corrections.suggested_number(found.number, tuple(letter.missing_numbers))},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        editing.split_paragraph(letter, position, data["at"], data["number"], request.user)
        messages.success(
            request,
            _("Paragraph %(number)s is now split in two: paragraphs %(number)s and %(new)s.")
            % {"number": found.number, "new": data["number"]},
        )
        return redirect("annotator:paragraph", case.public_id, position)
    return render(
        request,
        "annotator/split.html",
        {"case": case, "letter": letter, "paragraph": found, "position": position, "form": form},
    )


@case_view
def download(request, case, export):
    letter = _letter_or_404(case)
    if export not in exports.FILES:
        raise Http404
    return exports.response(letter, export, request)
