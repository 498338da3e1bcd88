"""Interview records on a case, and the public check of a letter against a record (nothing stored).

On a case (each through ``case_view``: 404 to anyone the case is not shared with):

- ``case_records``: the records brought in, how the letter's references fare against them, and the form
  to bring one in (the same record kind again replaces it).
- ``record``: one record, question by question (each question has an anchor: ``#q45``).
- ``delete``: delete a record.
- ``add_to_answer``: add a finding about a letter paragraph to the person's answer on that paragraph.

Public: ``check``: paste or upload the letter and a record; the answer lists every reference with what the
record says. Nothing is kept, not even in the session.
"""

from dataclasses import replace

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from selfhelp.annotator.crosscheck import records_by_kind
from selfhelp.annotator.forms import LetterForm
from selfhelp.cases.access import case_view
from selfhelp.interviews import checking, records
from selfhelp.interviews.forms import RecordForm
from selfhelp.interviews.models import RecordKind


def _kind_or_404(case, kind):
    if kind not in RecordKind.values:
        raise Http404
    return get_object_or_404(case.interview_records.prefetch_related("questions"), kind=kind)


def _letter_findings(case, by_kind):
    letter = getattr(case, "refusal_letter", None)
    if letter is None:
        return None
    found = []
    for paragraph in letter.paragraphs.all():
        for item in checking.paragraph_findings(paragraph, by_kind):
            found.append({**item, "paragraph": paragraph})
    return found


@case_view
def case_records(request, case):
    form = RecordForm(
        request.POST or None,
        request.FILES or None,
        action=reverse("interviews:case", args=[case.public_id]),
    )
    if request.method == "POST" and form.is_valid():
        kind = form.cleaned_data["kind"]
        records.save_record(case, request.user, form.record, kind, form.pages)
        messages.success(
            request,
            _("Your %(record)s is saved: %(count)d questions.")
            % {"record": RecordKind(kind).label, "count": len(form.record.questions)},
        )
        return redirect("interviews:record", case.public_id, kind)
    saved = list(case.interview_records.all())
    by_kind = checking.case_records(case) if saved else {}
    return render(
        request,
        "interviews/case.html",
        {"case": case, "records": saved, "form": form, "findings": _letter_findings(case, by_kind)},
    )


@case_view
def record(request, case, kind):
    return render(request, "interviews/record.html", {"case": case, "record": _kind_or_404(case, kind)})


@case_view
@require_POST
def delete(request, case, kind):
    found = _kind_or_404(case, kind)
    label = found.get_kind_display()
    records.delete_record(found, request.user)
    messages.success(request, _("The %(record)s is deleted.") % {"record": label})
    return redirect("interviews:case", case.public_id)


@case_view
@require_POST
def add_to_answer(request, case, position):
    letter = getattr(case, "refusal_letter", None)
    if letter is None:
        raise Http404
    paragraph = get_object_or_404(letter.paragraphs, position=position)
    findings = checking.paragraph_findings(paragraph, checking.case_records(case))
    try:
        chosen = findings[int(request.POST.get("finding", ""))]
    except (ValueError, IndexError):
        raise Http404 from None
    if chosen["sentence"]:
        records.add_to_answer(paragraph, request.user, chosen["sentence"])
        messages.success(
            request, _("Added to your comment on this paragraph. Read it and change it if you need to.")
        )
    return redirect(reverse("annotator:paragraph", args=[case.public_id, position]) + "#answer")


def check(request):
    data, files = (request.POST, request.FILES) if request.method == "POST" else (None, None)
    letter_form = LetterForm(data, files, prefix="letter", submit=_("Check the letter against the record"))
    record_form = RecordForm(data, files, prefix="record")
    for form in (letter_form, record_form):
        form.helper.form_tag = False
        form.helper.inputs = []
    if request.method == "POST" and all([letter_form.is_valid(), record_form.is_valid()]):
        kind = record_form.cleaned_data["kind"]
        split = record_form.record
        by_kind = records_by_kind([replace(split, details=replace(split.details, kind=kind))])
        found = []
        for paragraph in letter_form.reading.letter.paragraphs:
            for item in checking.paragraph_findings(paragraph, by_kind):
                found.append({**item, "paragraph": paragraph})
        return render(
            request, "interviews/check_result.html", {"findings": found, "record": split, "kind": kind}
        )
    return render(request, "interviews/check.html", {"letter_form": letter_form, "record_form": record_form})
