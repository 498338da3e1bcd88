"""The request's questions, and its dates once it is sent.

Both are plain model forms over SubjectAccessRequest. The public form never saves: the view builds the
letter from the unsaved object. A form with mistakes keeps everything typed and says what to fix.
"""

from datetime import date

from crispy_forms_gds.choices import Choice
from crispy_forms_gds.layout import HTML, Fieldset, Layout, Size
from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from selfhelp.cases.validators import normalise_reference
from selfhelp.forms import DateField, OneLineField, form_helper
from selfhelp.sar.models import (
    IDENTITY_CHOICES,
    WANTED_CHOICES,
    Method,
    Outcome,
    ReplyBy,
    Scope,
    SentBy,
    SubjectAccessRequest,
)

EARLIEST_BIRTH = date(1900, 1, 1)
EARLIEST_COUNTED = date(2000, 1, 1)  # the deadline rules count from 2000
REAL_DATE = _("Give a real date: the day, the month and the year, for example 1990-03-20.")
AFTER_TODAY = _("This date is after today. Check the day, the month and the year.")


def _date(label, hint="", **kwargs):
    return DateField(
        label=label, help_text=hint, required=False, error_messages={"invalid": REAL_DATE}, **kwargs
    )


class RequestForm(forms.ModelForm):
    date_of_birth = DateField(
        label=_("Your date of birth"),
        help_text=_("The same date as on your Home Office papers."),
        error_messages={"invalid": REAL_DATE, "required": _("Give your date of birth.")},
    )
    scope = forms.ChoiceField(
        label=_("What kind of request?"),
        help_text=_("The Home Office offers 3 kinds. All are free."),
        widget=forms.RadioSelect,
        initial=Scope.DETAILED,
        choices=[
            Choice(
                Scope.DETAILED.value,
                Scope.DETAILED.label,
                hint=_("Your whole file: interview records, notes, letters and documents. You get the most."),
            ),
            Choice(
                Scope.SPECIFIC.value,
                Scope.SPECIFIC.label,
                hint=_("Copies of single documents, like one decision letter or one interview record."),
            ),
            Choice(
                Scope.BASIC.value,
                Scope.BASIC.label,
                hint=_(
                    "What is recorded on computer since 2000: applications, decisions, entry to the UK. "
                    "Not your interview records."
                ),
            ),
        ],
    )
    wanted = forms.MultipleChoiceField(
        label=_("What matters most to you?"),
        help_text=_("Tick what you need most. The letter asks for these by name."),
        choices=WANTED_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    identity = forms.MultipleChoiceField(
        label=_("Which proof of identity will you send a copy of?"),
        help_text=_("Send copies, never the originals. A document with your photo is best."),
        choices=IDENTITY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = SubjectAccessRequest
        fields = [
            "full_name",
            "other_names",
            "date_of_birth",
            "nationality",
            "home_office_reference",
            "port_reference",
            "other_references",
            "address",
            "email",
            "phone",
            "reply_by",
            "scope",
            "wanted",
            "own_words",
            "identity",
            "identity_other",
            "sent_by",
            "representative_name",
            "representative_organisation",
            "representative_contact",
        ]
        field_classes = dict.fromkeys(
            [
                "full_name",
                "other_names",
                "nationality",
                "home_office_reference",
                "port_reference",
                "other_references",
                "phone",
                "identity_other",
                "representative_name",
                "representative_organisation",
            ],
            OneLineField,
        )
        labels = {
            "full_name": _("Your full name"),
            "other_names": _("Other names you have used (optional)"),
            "nationality": _("Your nationality"),
            "home_office_reference": _("Home Office reference (optional)"),
            "port_reference": _("Port reference (optional)"),
            "other_references": _("Other references (optional)"),
            "address": _("Your address"),
            "email": _("Your email address (optional)"),
            "phone": _("Your phone number (optional)"),
            "reply_by": _("How should the Home Office send your file?"),
            "own_words": _("Anything else, in your own words (optional)"),
            "identity_other": _("Other proof of identity (optional)"),
            "sent_by": _("Who will send the request?"),
            "representative_name": _("Their name (optional)"),
            "representative_organisation": _("Their organisation (optional)"),
            "representative_contact": _("Their address or email (optional)"),
        }
        help_texts = {
            "full_name": _("As on your Home Office papers, in English letters."),
            "other_names": _(
                "Other spellings, or names you used before. The Home Office can then find all your records."
            ),
            "home_office_reference": _(
                "At the top of Home Office letters: a letter and seven numbers, like H1234567."
            ),
            "port_reference": _(
                "If you claimed asylum at an airport or port, letters may show it, like LHR/1234567."
            ),
            "other_references": _("For example your asylum support reference."),
            "address": _("Where you live now, with the postcode. Needed for an answer by post."),
            "email": _("Needed if you want the answer by email."),
            "own_words": _(
                "For example a date or a place that helps find your records. Write in English if "
                "you can: the Home Office reads English."
            ),
            "identity_other": _("If you have none of these, say what you have."),
            "representative_contact": _("Needed if the answer goes to them."),
        }
        widgets = {
            "reply_by": forms.RadioSelect,
            "sent_by": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
            "own_words": forms.Textarea(attrs={"rows": 4}),
            "representative_contact": forms.Textarea(attrs={"rows": 3}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "home_office_reference": forms.TextInput(
                attrs={"autocapitalize": "characters", "spellcheck": "false"}
            ),
            "port_reference": forms.TextInput(attrs={"autocapitalize": "characters", "spellcheck": "false"}),
        }
        error_messages = {
            "full_name": {"required": _("Give your full name.")},
            "nationality": {"required": _("Give your nationality.")},
            "reply_by": {"required": _("Choose how the Home Office should send your file.")},
            "sent_by": {"required": _("Say who will send the request.")},
            "email": {
                "invalid": _("This does not look like an email address. Check it, like name@example.com.")
            },
        }

    def __init__(self, *args, submit=None, action="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reply_by"].choices = list(ReplyBy.choices)
        self.fields["sent_by"].choices = list(SentBy.choices)
        if not self.initial.get("reply_by"):
            self.initial["reply_by"] = ReplyBy.POST
        self.helper = form_helper(submit or _("Make my letter"), action=action)
        self.helper.layout = Layout(
            Fieldset(
                "full_name",
                "other_names",
                "date_of_birth",
                "nationality",
                legend=_("About you"),
                legend_size=Size.MEDIUM,
            ),
            Fieldset(
                "home_office_reference",
                "port_reference",
                "other_references",
                legend=_("Your references"),
                legend_size=Size.MEDIUM,
            ),
            Fieldset(
                "address",
                "email",
                "phone",
                "reply_by",
                legend=_("Where to send the answer"),
                legend_size=Size.MEDIUM,
            ),
            Fieldset("scope", "wanted", "own_words", legend=_("What to ask for"), legend_size=Size.MEDIUM),
            Fieldset("identity", "identity_other", legend=_("Proof of identity"), legend_size=Size.MEDIUM),
            Fieldset("sent_by", legend=_("Who sends it"), legend_size=Size.MEDIUM),
            # Without JavaScript this part is always shown and says when to fill it in; with it
            # (static/js/file-request.js), it is hidden while "I send it myself" is chosen.
            Fieldset(
                HTML(
                    format_html(
                        '<p class="govuk-hint" id="representative-when">{}</p>',
                        _(
                            "Fill this in only if a supporter or lawyer sends the request for you. If you "
                            "send it yourself, leave it empty."
                        ),
                    )
                ),
                "representative_name",
                "representative_organisation",
                "representative_contact",
                legend=_("If a supporter or lawyer sends it for you"),
                legend_size=Size.MEDIUM,
                css_id="representative",
            ),
        )

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        if born > timezone.localdate():
            raise forms.ValidationError(
                _("A date of birth cannot be after today. Check the day, the month and the year.")
            )
        if born < EARLIEST_BIRTH:
            raise forms.ValidationError(_("Check the year of your date of birth. It is before 1900."))
        return born

    def clean_home_office_reference(self):
        return normalise_reference(self.cleaned_data["home_office_reference"])

    def clean_port_reference(self):
        return " ".join(self.cleaned_data["port_reference"].upper().split())

    def clean(self):
        cleaned = super().clean()
        reply_by, someone = cleaned.get("reply_by"), cleaned.get("sent_by") == SentBy.SOMEONE
        if reply_by == ReplyBy.POST and not cleaned.get("address", "").strip():
            self.add_error("address", _("Give your address, so the Home Office can send the answer by post."))
        if reply_by == ReplyBy.EMAIL and not cleaned.get("email") and "email" not in self.errors:
            self.add_error(
                "email", _("Give your email address, so the Home Office can send the answer by email.")
            )
        if reply_by == ReplyBy.REPRESENTATIVE:
            if not someone:
                self.add_error(
                    "sent_by",
                    _("The answer goes to the person who sends it for you: choose “a supporter or lawyer”."),
                )
            if not cleaned.get("representative_contact", "").strip():
                self.add_error("representative_contact", _("Give their address or email for the answer."))
        if someone and not cleaned.get("representative_name", "").strip():
            self.add_error("representative_name", _("Give the name of the person who sends it for you."))
        return cleaned


class DatesForm(forms.ModelForm):
    """The request's dates, as the person learns them. Every date is optional; their order is checked."""

    sent = _date(
        _("The date you sent it"), _("Keep proof: the post office receipt, the email, or a screenshot.")
    )
    received = _date(
        _("The date the Home Office got it (if you know)"),
        _("From tracking, or from the Home Office's reply. If you leave it empty, we estimate it."),
    )
    id_provided = _date(
        _("If the Home Office asked for proof of identity: the date it got it"),
        _("The month then starts from this date."),
    )
    response = _date(_("The date the Home Office answered"))
    outcome = forms.ChoiceField(
        label=_("What did the Home Office answer?"),
        choices=[("", _("No answer yet")), *Outcome.choices],
        widget=forms.RadioSelect,
        required=False,
    )
    reminder_sent = _date(_("The date you sent the follow-up letter"))
    complaint_sent = _date(_("The date you complained to the ICO"))

    class Meta:
        model = SubjectAccessRequest
        fields = [
            "method",
            "sent",
            "received",
            "id_provided",
            "extended",
            "response",
            "outcome",
            "exemption",
            "reminder_sent",
            "complaint_sent",
        ]
        labels = {
            "method": _("How did you send it?"),
            "extended": _("The Home Office wrote in the first month that it needs 2 more months"),
            "exemption": _("The Home Office said the “immigration exemption” applies"),
        }
        widgets = {"method": forms.RadioSelect}

    DATES = ("sent", "received", "id_provided", "response", "reminder_sent", "complaint_sent")

    def __init__(self, *args, action="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = list(Method.choices)
        self.fields["method"].required = False
        self.helper = form_helper(_("Save the dates"), action=action)
        self.helper.layout = Layout(
            Fieldset(
                "method",
                "sent",
                "received",
                "id_provided",
                "extended",
                legend=_("Sending"),
                legend_size=Size.MEDIUM,
            ),
            Fieldset("response", "outcome", "exemption", legend=_("The answer"), legend_size=Size.MEDIUM),
            Fieldset(
                "reminder_sent", "complaint_sent", legend=_("If you wrote again"), legend_size=Size.MEDIUM
            ),
        )

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        for name in self.DATES:
            day = cleaned.get(name)
            if day and day > today:
                self.add_error(name, AFTER_TODAY)
            elif day and day < EARLIEST_COUNTED:
                self.add_error(name, _("Check the year. We can count dates from 2000."))
        sent = cleaned.get("sent")
        before_sent = {
            "received": _("The Home Office cannot get your request before you sent it. Check both dates."),
            "id_provided": _("This date cannot be before the date you sent the request. Check both dates."),
            "response": _("The answer cannot come before you sent the request. Check both dates."),
            "reminder_sent": _("The follow-up letter cannot be before the request. Check both dates."),
            "complaint_sent": _("The complaint cannot be before the request. Check both dates."),
        }
        for name, message in before_sent.items():
            day = cleaned.get(name)
            if not day or name in self.errors:
                continue
            if not sent:
                if "sent" not in self.errors:
                    self.add_error("sent", _("Give the date you sent the request first."))
            elif day < sent:
                self.add_error(name, message)
        if sent and not cleaned.get("method"):
            self.add_error("method", _("Say how you sent it: we count the dates from this."))
        response, outcome = cleaned.get("response"), cleaned.get("outcome")
        if response and not outcome:
            self.add_error("outcome", _("Say what the Home Office answered."))
        if outcome and not response and "response" not in self.errors:
            self.add_error("response", _("Give the date of the Home Office's answer."))
        if cleaned.get("exemption") and outcome not in (Outcome.PARTIAL, Outcome.REFUSED):
            self.add_error(
                "exemption", _("Tick this only if the Home Office refused or held back part of your data.")
            )
        return cleaned
