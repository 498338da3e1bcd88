"""The deadline calculator, its calendar file and PDF, and "a deadline has passed"; then a case's dates.

No account and nothing stored: the answers travel in the address (a GET form), so a result can be
sent to a supporter. Request logs leave the query string out (selfhelp/logfilters.py). A person with
an account can save a result's facts to one of their cases (:func:`save`).

On a case (every view through selfhelp.cases.access.case_view): the deadlines counted from the case's
facts merged with the person's own dates (selfhelp/deadlines/case.py), their calendar file and PDF,
and adding, changing and deleting an own date. What changes a case, with its line in the case's
history, is in selfhelp/deadlines/records.py.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST

from selfhelp.cases import tools
from selfhelp.cases.access import case_view, get_case
from selfhelp.cases.models import Case, DecisionChoice
from selfhelp.deadlines import records
from selfhelp.deadlines.calendar import deadline_events, ical, ics_response
from selfhelp.deadlines.case import DATE_FIELDS, FACT_FIELDS, case_dates, case_values
from selfhelp.deadlines.forms import (
    FIELDS,
    KINDS,
    NEW_CASE,
    DeadlineForm,
    DecisionKind,
    OwnDateForm,
    SaveToCaseForm,
)
from selfhelp.deadlines.models import OwnDate
from selfhelp.deadlines.presentation import ALL_LATE_HELP, Shown, format_date, present, text
from selfhelp.deadlines.rules import Facts, FactsError, compute
from selfhelp.pdf import render_pdf


def today():
    """Today in the UK. A function of its own, so that tests can choose the day."""
    return timezone.localdate()


@dataclass
class Calculation:
    kind: DecisionKind
    form: DeadlineForm
    facts: Facts | None = None
    shown: Shown | None = None


def calculate(query) -> Calculation | None:
    """Read the answers in ``query`` and count, or None if no known kind of decision is chosen.

    A problem the rules find (a missing date, dates in an impossible order) is shown beside the
    field it is about, in the reader's language.
    """
    kind = KINDS.get(query.get("decision", ""))
    if kind is None:
        return None
    day = today()
    form = DeadlineForm(query if DeadlineForm.is_submitted(query) else None, kind=kind, today=day)
    calculation = Calculation(kind, form)
    if form.is_bound and form.is_valid():
        facts = form.facts()
        try:
            result = compute(facts)
        except FactsError as error:
            form.add_error(error.field if error.field in form.fields else None, text(error.message))
        else:
            calculation.facts = facts
            calculation.shown = present(result, day)
    return calculation


def _kept(query) -> dict[str, str]:
    """The answers in a query, without the kind of decision (kept when the kind changes)."""
    return {name: query[name] for name in FIELDS if query.get(name)}


def calculator(request):
    calculation = calculate(request.GET)
    if calculation is None:
        kept = _kept(request.GET)
        kinds = [(kind, urlencode({"decision": key, **kept})) for key, kind in KINDS.items()]
        return render(
            request,
            "deadlines/calculator.html",
            {"kinds": kinds, "unknown": bool(request.GET.get("decision"))},
        )
    return render(request, "deadlines/calculator.html", _context(request, calculation))


def _context(request, calculation: Calculation, save_form: SaveToCaseForm | None = None) -> dict:
    context = {
        "kind": calculation.kind,
        "form": calculation.form,
        "shown": calculation.shown,
        "change_query": urlencode(_kept(request.GET)),
    }
    if calculation.shown is not None:
        context["query"] = calculation.form.query()
        context["answers"] = calculation.form.answers()
        context["savable"] = _savable(calculation.kind)
        if context["savable"] and request.user.is_authenticated:
            context["save_form"] = save_form or _save_form(request, calculation)
    return context


def _back_to_calculator(request):
    url = reverse("deadlines:calculator")
    return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)


def calendar(request):
    """The result as an iCalendar file: each deadline on its safe date, with reminders."""
    calculation = calculate(request.GET)
    if calculation is None or calculation.shown is None:
        return _back_to_calculator(request)
    link = request.build_absolute_uri(f"{reverse('deadlines:calculator')}?{calculation.form.query()}")
    events = deadline_events(calculation.shown.deadlines, calculation.facts, link=link)
    return ics_response(events, name=gettext("%(site)s: your deadlines") % {"site": settings.SITE_NAME})


def pdf(request):
    """The result as a PDF, from the page's own template."""
    calculation = calculate(request.GET)
    if calculation is None or calculation.shown is None:
        return _back_to_calculator(request)
    return render_pdf(
        request,
        "deadlines/calculator.html",
        _context(request, calculation),
        filename=f"deadlines-{get_language()}.pdf",
    )


def passed(request):
    """A deadline has passed: what a person can do now, for each kind of deadline."""
    return render(request, "deadlines/passed.html", {"helps": ALL_LATE_HELP})


# Saving a result to a case --------------------------------------------------------------------------

# The case's fields the calculator's facts fill in: all of them, so the case counts what the page did.
CASE_FACTS = FACT_FIELDS
CASE_DATES = DATE_FIELDS


def _savable(kind: DecisionKind) -> bool:
    """Whether a case can hold this kind of decision (a case has no asylum support or file request kind)."""
    return kind.decision.value in DecisionChoice.values


def _cases(user) -> list[Case]:
    """The cases a person is a member of, the most recently changed first."""
    return [
        membership.case for membership in user.memberships.select_related("case").order_by("-case__updated")
    ]


def _save_form(request, calculation: Calculation, data=None) -> SaveToCaseForm:
    action = f"{reverse('deadlines:save')}?{calculation.form.query()}"
    return SaveToCaseForm(data, cases=_cases(request.user), action=action)


def _shown_value(case: Case, name: str, value):
    """A fact as the confirmation page shows it: choices by their label; dates and yes/no as they are."""
    field = case._meta.get_field(name)
    if field.choices and value:
        return dict(field.choices).get(value, value)
    return value


@require_POST
def save(request):
    """Write a calculator result's facts into one of the person's cases, or into a new case.

    The answers travel in the address, as on the calculator page; the case is chosen in the form. A
    case the person is not a member of answers 404. A case that already has different dates is
    changed only after the person confirms, on a page that shows each change.
    """
    calculation = calculate(request.GET)
    if calculation is None or calculation.shown is None or not _savable(calculation.kind):
        return _back_to_calculator(request)
    if not request.user.is_authenticated:
        return _back_to_calculator(request)
    choice = request.POST.get("case", "")
    case = get_case(request.user, choice) if choice and choice != NEW_CASE else None
    form = _save_form(request, calculation, request.POST)
    if not form.is_valid():
        return render(request, "deadlines/calculator.html", _context(request, calculation, save_form=form))
    values = case_values(calculation.facts)
    if case is None:
        name = form.cleaned_data["name"] or gettext("My case")
        case = records.new_case(request.user, name, get_language(), values)
        messages.success(
            request, gettext("Your case is saved with these dates. Only you can see it until you share it.")
        )
        return redirect("deadlines:case", case.public_id)
    changes = [name for name in CASE_FACTS if getattr(case, name) != values[name]]
    if not changes:
        messages.info(request, gettext("This case already has these dates."))
        return redirect("deadlines:case", case.public_id)
    has_dates = any(getattr(case, name) for name in CASE_DATES)
    if has_dates and request.POST.get("confirm") != "yes":
        rows = [
            (
                capfirst(case._meta.get_field(name).verbose_name),
                _shown_value(case, name, getattr(case, name)),
                _shown_value(case, name, values[name]),
            )
            for name in changes
        ]
        return render(
            request,
            "deadlines/save.html",
            {"case": case, "rows": rows, "query": calculation.form.query()},
        )
    records.save_facts(case, request.user, values, changes)
    messages.success(request, gettext("The dates are saved to the case."))
    return redirect("deadlines:case", case.public_id)


# A case's dates (written, with their history lines, by selfhelp/deadlines/records.py) ---------------


def case_context(case) -> dict:
    return {"case": case, "dates": case_dates(case, today())}


@case_view
def case_deadlines(request, case):
    """The case's deadlines and the person's own dates, soonest first."""
    return render(request, "deadlines/case.html", case_context(case))


@case_view
def case_pdf(request, case):
    return render_pdf(
        request, "deadlines/case.html", case_context(case), filename=f"deadlines-{get_language()}.pdf"
    )


def case_ics(case, request) -> bytes:
    """The case's dates as a calendar file, for 'Download everything'."""
    events, name = _case_calendar(case, request)
    return ical(events, name)


def _case_calendar(case, request):
    """Every tool's dates on the case (selfhelp.cases.tools): the deadlines, own dates, the file request."""

    def absolute(path):
        return request.build_absolute_uri(path) if request is not None else ""

    name = gettext("%(site)s: %(case)s") % {"site": settings.SITE_NAME, "case": case.name}
    return tools.calendar_events(case, today(), absolute), name


@case_view
def case_calendar(request, case):
    """Every deadline and own date on the case, with reminders a week and two days before."""
    events, name = _case_calendar(case, request)
    return ics_response(events, name=name)


@case_view
def own_date_new(request, case):
    form = OwnDateForm(request.POST or None, instance=OwnDate(case=case), submit=gettext("Add the date"))
    if form.is_valid():
        own = records.add_date(case, request.user, form)
        messages.success(
            request,
            gettext("Added: %(title)s, %(day)s.") % {"title": own.shown_title, "day": format_date(own.date)},
        )
        return redirect("deadlines:case", case.public_id)
    return render(
        request, "deadlines/own_date.html", {"case": case, "form": form, "title": gettext("Add a date")}
    )


@case_view
def own_date_edit(request, case, date_id):
    own = get_object_or_404(case.own_dates, pk=date_id)
    form = OwnDateForm(request.POST or None, instance=own, submit=gettext("Save"))
    if form.is_valid():
        if form.has_changed():
            own = records.change_date(case, request.user, form)
            messages.success(request, gettext("Saved."))
        return redirect("deadlines:case", case.public_id)
    return render(
        request,
        "deadlines/own_date.html",
        {"case": case, "form": form, "own": own, "title": gettext("Change a date")},
    )


@case_view
def own_date_delete(request, case, date_id):
    own = get_object_or_404(case.own_dates, pk=date_id)
    if request.method == "POST":
        records.delete_date(case, request.user, own)
        messages.success(request, gettext("The date is deleted."))
        return redirect("deadlines:case", case.public_id)
    return render(request, "deadlines/own_date_delete.html", {"case": case, "own": own})
