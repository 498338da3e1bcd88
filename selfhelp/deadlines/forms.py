"""The calculator's questions: first the kind of decision, then only the dates that decision needs.

The form is sent with GET, so a result has an address a supporter can be sent. It only reads and
checks what the person typed and turns it into :class:`~selfhelp.deadlines.rules.Facts`; the rules
decide everything else (the view maps a :class:`~selfhelp.deadlines.rules.FactsError` back to the
field it names).

On a case: :class:`OwnDateForm` (a date the person adds) and :class:`SaveToCaseForm` (a calculator
result saved to one of the person's cases, or to a new one).
"""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django import forms
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from selfhelp.deadlines.case import DATE_FIELDS, FACT_FIELDS, FLAG_FIELDS
from selfhelp.deadlines.models import OwnDate
from selfhelp.deadlines.rules import Decision, Facts, Nation
from selfhelp.forms import DateField, OneLineField, form_helper

# The calculator's answers are the rules' facts (selfhelp.deadlines.case), the decision given by the kind.
DATES = DATE_FIELDS
FLAGS = FLAG_FIELDS
FIELDS = tuple(name for name in FACT_FIELDS if name != "decision")


@dataclass(frozen=True)
class DecisionKind:
    """A kind of decision: how to recognise the letter, and the questions it needs."""

    decision: Decision
    title: Promise
    looks_like: Promise
    fields: tuple[str, ...]
    # Labels and hints that differ from the usual ones: {field: (label, hint)}.
    wording: dict[str, tuple[Promise, Promise]] = field(default_factory=dict)


_TRIBUNAL_DATES = {
    "letter_date": (
        _("The date on the tribunal's decision"),
        _("It is usually on the first page, near the top."),
    ),
    "sent": (
        _("The date the decision was sent to you"),
        _("Tribunal decisions usually come by email: use the date of the email, and keep it."),
    ),
}

KINDS = {
    kind.decision.value: kind
    for kind in (
        DecisionKind(
            Decision.REFUSAL,
            _("Your asylum claim was refused"),
            _("A letter that refuses your asylum claim and says you can appeal."),
            ("letter_date", "sent", "received", "detained", "outside_uk", "departed", "nation"),
        ),
        DecisionKind(
            Decision.CERTIFIED,
            _("Refused and certified “clearly unfounded”: no appeal"),
            _(
                "A refusal letter that says your claim is “clearly unfounded” (section 94). Since 28 June "
                "2022 there is no appeal against it: only judicial review and further submissions."
            ),
            ("letter_date", "sent", "received", "detained", "outside_uk", "departed", "nation"),
        ),
        DecisionKind(
            Decision.OUT_OF_COUNTRY_APPEAL,
            _("Refused, and you can appeal only after you leave the UK"),
            _(
                "A letter that says you can appeal only from outside the UK: a human rights claim certified "
                "under section 94B, or a safe third country certificate (Schedule 3)."
            ),
            ("departed", "letter_date", "sent", "received", "nation"),
            {
                "departed": (
                    _("The date you left the UK"),
                    _(
                        "The 28 days to appeal start on this day. Your ticket or the stamp in your passport "
                        "shows it."
                    ),
                ),
            },
        ),
        DecisionKind(
            Decision.NOTICE_OF_INTENT,
            _("A notice of intent"),
            _("A letter that says the Home Office may not look at your claim here, and asks you to reply."),
            ("letter_date", "sent", "received", "detained", "nation"),
            {
                "letter_date": (_("The date on the notice"), _("It is near the top of the first page.")),
                "received": (
                    _("The date you were given the notice"),
                    _("By hand, by post or by email. Write this date down today."),
                ),
            },
        ),
        DecisionKind(
            Decision.INADMISSIBLE,
            _("Your claim was declared inadmissible"),
            _("A letter that says the Home Office will not look at your claim in the UK."),
            ("letter_date", "sent", "nation"),
        ),
        DecisionKind(
            Decision.FTT_DISMISSED,
            _("The tribunal dismissed your appeal"),
            _("The judge's decision after your appeal, saying your appeal is dismissed."),
            ("letter_date", "sent", "detained", "outside_uk", "nation"),
            _TRIBUNAL_DATES,
        ),
        DecisionKind(
            Decision.FTT_REFUSED_PERMISSION,
            _("The tribunal refused permission to appeal"),
            _("A decision that refuses your application for permission to appeal to the Upper Tribunal."),
            ("letter_date", "sent", "outside_uk", "nation"),
            _TRIBUNAL_DATES,
        ),
        DecisionKind(
            Decision.SUPPORT_REFUSAL,
            _("Your asylum support was refused or stopped"),
            _("A letter that refuses or stops your housing or money from the Home Office."),
            ("letter_date", "sent", "received", "nation"),
            {
                "received": (
                    _("The date you got the letter"),
                    _("This date matters most: the tribunal must get your appeal within 3 days after it."),
                ),
            },
        ),
        DecisionKind(
            Decision.SAR,
            _("You asked for your Home Office file"),
            _("You sent a request for your data (a subject access request) and want to know when it is due."),
            ("sent", "received"),
            {
                "sent": (
                    _("The date you sent your request"),
                    _("Keep proof of sending: the post office receipt, or the email you sent."),
                ),
                "received": (
                    _("The date the Home Office got your request"),
                    _("From tracking, or from their reply. If you do not know it, leave this empty."),
                ),
            },
        ),
    )
}

_WORDING = {
    "letter_date": (_("The date on the letter"), _("It is printed near the top of the first page.")),
    "sent": (
        _("The date it was sent: the postmark, or the date of the email"),
        _(
            "The postmark is the date stamped on the envelope. Keep the envelope: it is your proof. "
            "If there is no postmark, leave this empty."
        ),
    ),
    "received": (
        _("The date you got it"),
        _("Write this date on the envelope today, so you do not forget it."),
    ),
    "departed": (
        _("The date you left the UK"),
        _("Only if you have left the UK. Your ticket or the stamp in your passport shows it."),
    ),
    "detained": (_("I am in detention (an immigration removal centre or a prison)"), ""),
    "outside_uk": (_("I am outside the UK now"), ""),
    "nation": (
        _("Where in the UK do you live?"),
        _("Bank holidays are not the same everywhere. If you are not sure, choose England or Wales."),
    ),
}


class DeadlineForm(forms.Form):
    """The facts of one decision, with only the fields its :class:`DecisionKind` needs."""

    decision = forms.ChoiceField(choices=[(key, key) for key in KINDS], widget=forms.HiddenInput)
    letter_date = DateField(required=False)
    sent = DateField(required=False)
    received = DateField(required=False)
    departed = DateField(required=False)
    detained = forms.BooleanField(required=False)
    outside_uk = forms.BooleanField(required=False)
    nation = forms.ChoiceField(
        required=False,
        choices=[
            (Nation.ENGLAND_AND_WALES.value, _("England or Wales")),
            (Nation.SCOTLAND.value, _("Scotland")),
            (Nation.NORTHERN_IRELAND.value, _("Northern Ireland")),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, data=None, *, kind: DecisionKind, today: date):
        super().__init__(
            data, initial={"decision": kind.decision.value, "nation": Nation.ENGLAND_AND_WALES.value}
        )
        self.kind = kind
        self.today = today
        for name in FIELDS:
            if name not in kind.fields:
                del self.fields[name]
        self.order_fields(["decision", *kind.fields])
        for name in kind.fields:
            label, hint = kind.wording.get(name, _WORDING[name])
            self.fields[name].label = label
            self.fields[name].help_text = hint
        self.helper = form_helper(
            _("Work out my dates"),
            method="get",
            action=reverse("deadlines:calculator") + "#result",
            # No name: the button adds nothing to the address a person may share.
            name="",
        )

    @staticmethod
    def is_submitted(query) -> bool:
        """Whether a query holds answers (and not only the kind of decision)."""
        return any(name in query for name in FIELDS)

    def clean(self):
        cleaned = super().clean()
        for name in DATES:
            day = cleaned.get(name)
            if day is not None and day > self.today:
                self.add_error(name, _("This date is after today. Check the day, the month and the year."))
        return cleaned

    def facts(self) -> Facts:
        """The answers as facts for the rules (call after is_valid())."""
        data = self.cleaned_data
        return Facts(
            decision=self.kind.decision,
            letter_date=data.get("letter_date"),
            sent=data.get("sent"),
            received=data.get("received"),
            departed=data.get("departed"),
            detained=bool(data.get("detained")),
            outside_uk=bool(data.get("outside_uk")),
            nation=Nation(data.get("nation") or Nation.ENGLAND_AND_WALES),
        )

    def query(self) -> str:
        """The answers as a tidy query string: only this form's fields, dates as YYYY-MM-DD."""
        data = self.cleaned_data
        pairs = [("decision", self.kind.decision.value)]
        for name in self.kind.fields:
            value = data.get(name)
            if name in FLAGS:
                if value:
                    pairs.append((name, "on"))
            elif isinstance(value, date):
                pairs.append((name, value.isoformat()))
            elif value:
                pairs.append((name, value))
        return urlencode(pairs)

    def answers(self) -> list[tuple[Promise, object]]:
        """The answers given, as (question, answer) pairs, for the PDF (which has no form)."""
        data = self.cleaned_data
        shown = []
        for name in self.kind.fields:
            value = data.get(name)
            if name == "nation":
                value = dict(self.fields["nation"].choices).get(value or Nation.ENGLAND_AND_WALES.value)
            if value:
                shown.append((self.fields[name].label, value))
        return shown


# --- On a case ------------------------------------------------------------------------------------


class TimeInput(forms.TimeInput):
    """The browser's own time picker, styled like the other inputs, 24-hour in the value."""

    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs={"class": "govuk-input", **(attrs or {})}, format="%H:%M")


class OwnDateForm(forms.ModelForm):
    """A date a person adds to a case: a hearing, reporting, a tribunal's direction, anything else."""

    date = DateField(
        label=_("The date"),
        help_text=_("For example 2026-12-01, or 1/12/2026."),
        error_messages={
            "required": _("Give the date. It is on the letter or the notice that gave it to you."),
            "invalid": _("This is not a date we can read. Write it like 1/12/2026."),
        },
    )
    time = forms.TimeField(
        label=_("The time (optional)"),
        required=False,
        help_text=_("UK time. For example 10:00, or 14:30."),
        widget=TimeInput,
        input_formats=["%H:%M", "%H.%M", "%H:%M:%S", "%H%M"],
        error_messages={"invalid": _("This is not a time we can read. Write it like 10:00 or 14:30.")},
    )

    class Meta:
        model = OwnDate
        fields = ["kind", "title", "date", "time", "note"]
        widgets = {"kind": forms.RadioSelect, "note": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"title": OneLineField}
        help_texts = {
            "note": _("Where to go, what to bring, who to ask. Only you and your supporters see it.")
        }

    def __init__(self, *args, submit, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(submit)

    def clean_date(self):
        day = self.cleaned_data["date"]
        if not date(2000, 1, 1) <= day <= date(2099, 12, 31):
            raise forms.ValidationError(_("Check the year. Write the date like 1/12/2026."))
        return day


NEW_CASE = "new"


class SaveToCaseForm(forms.Form):
    """Save a calculator result's facts to one of the person's cases, or to a new case."""

    case = forms.ChoiceField(
        label=_("Save these dates to"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a case, or a new case.")},
    )
    name = OneLineField(
        label=_("A name for a new case (optional)"),
        help_text=_("Only you and the people you share it with see it."),
        max_length=100,
        required=False,
    )

    def __init__(self, data=None, *, cases, action):
        super().__init__(data)
        # A case's name is what the person typed, in any language: isolated inside right-to-left pages.
        choices = [(case.public_id, format_html("<bdi>{}</bdi>", case.name)) for case in cases]
        self.fields["case"].choices = [*choices, (NEW_CASE, _("A new case"))]
        self.fields["case"].initial = choices[0][0] if choices else NEW_CASE
        self.helper = form_helper(_("Save to the case"), action=action, name="save")
