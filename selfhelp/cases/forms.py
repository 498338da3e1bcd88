from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from selfhelp.cases.models import SHARE_ALPHABET, SHARE_CODE_LENGTH, Case
from selfhelp.cases.validators import normalise_reference
from selfhelp.forms import DateField, OneLineField, form_helper


class CaseForm(forms.ModelForm):
    letter_date = DateField(label=_("The date on the letter"), required=False)
    sent = DateField(
        label=_("The date it was sent"),
        required=False,
        help_text=_("The postmark on the envelope, or the date of the email. Keep the envelope."),
    )
    received = DateField(label=_("The date you got it"), required=False)
    departed = DateField(
        label=_("The date you left the UK"), required=False, help_text=_("Only if you are outside the UK.")
    )

    class Meta:
        model = Case
        fields = [
            "name",
            "decision",
            "letter_date",
            "sent",
            "received",
            "detained",
            "outside_uk",
            "departed",
            "nation",
            "home_office_reference",
            "language",
        ]
        widgets = {"decision": forms.RadioSelect, "nation": forms.RadioSelect}
        field_classes = {"name": OneLineField, "home_office_reference": OneLineField}

    def __init__(self, *args, submit=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(submit or _("Save"))

    def clean_home_office_reference(self):
        return normalise_reference(self.cleaned_data["home_office_reference"])

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        for name in ["letter_date", "sent", "received", "departed"]:
            if cleaned.get(name) and cleaned[name] > today:
                self.add_error(name, _("This date is in the future. Check the date."))
        letter, sent, received = cleaned.get("letter_date"), cleaned.get("sent"), cleaned.get("received")
        if sent and received and received < sent:
            self.add_error("received", _("You cannot get a letter before it was sent. Check both dates."))
        elif letter and received and received < letter:
            self.add_error("received", _("You cannot get a letter before the date on it. Check both dates."))
        if cleaned.get("departed") and not cleaned.get("outside_uk"):
            self.add_error("outside_uk", _("You gave the date you left the UK: tick “outside the UK” too."))
        return cleaned


class ShareCodeForm(forms.Form):
    code = OneLineField(
        label=_("Share code"),
        max_length=20,
        help_text=_("Eight letters and numbers, like K7QM-4XPD. The person whose case it is can make one."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(_("Join the case"))

    def clean_code(self):
        code = "".join(ch for ch in self.cleaned_data["code"].upper() if ch.isalnum())
        if len(code) != SHARE_CODE_LENGTH or any(ch not in SHARE_ALPHABET for ch in code):
            raise forms.ValidationError(
                _("A share code has eight letters and numbers, like K7QM-4XPD. Check it and try again.")
            )
        return code
