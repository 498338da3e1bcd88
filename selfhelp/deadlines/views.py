"""The deadline calculator, its calendar file and PDF, and "a deadline has passed".

No account and nothing stored: the answers travel in the address (a GET form), so a result can be
sent to a supporter. Request logs leave the query string out (selfhelp/logfilters.py).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext

from selfhelp.deadlines.calendar import deadline_events, ics_response
from selfhelp.deadlines.forms import FIELDS, KINDS, DeadlineForm, Kind
from selfhelp.deadlines.presentation import ALL_LATE_HELP, Shown, present, text
from selfhelp.deadlines.rules import Facts, FactsError, compute
from selfhelp.pdf import render_pdf


def today():
    """Today in the UK. A function of its own, so that tests can choose the day."""
    return timezone.localdate()


@dataclass
class Calculation:
    kind: Kind
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


def _context(request, calculation: Calculation) -> dict:
    context = {
        "kind": calculation.kind,
        "form": calculation.form,
        "shown": calculation.shown,
        "change_query": urlencode(_kept(request.GET)),
    }
    if calculation.shown is not None:
        context["query"] = calculation.form.query()
        context["answers"] = calculation.form.answers()
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
