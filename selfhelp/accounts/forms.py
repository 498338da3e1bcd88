from django import forms
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.utils.translation import gettext_lazy as _

from selfhelp.accounts.models import User
from selfhelp.forms import form_helper


class SignUpForm(UserCreationForm):
    class Meta:
        model = User
        fields = ["username", "email"]
        help_texts = {
            "username": _("Any name you will remember. It does not need to be your real name."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = _(
            "At least 10 characters. Not a common password. Write it down somewhere safe: "
            "without an email address, nobody can reset it for you."
        )
        self.helper = form_helper(_("Create my account"))


class LoginForm(AuthenticationForm):
    keep_signed_in = forms.BooleanField(
        label=_("Keep me signed in on this device for 30 days"),
        required=False,
        help_text=_("Leave this empty on a shared phone: you are then signed out after an hour without use."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(_("Log in"))


class DeleteEverythingForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("So that nobody else holding your phone can delete your account."),
    )
    understood = forms.BooleanField(label=_("I understand that this cannot be undone"))

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.helper = form_helper(_("Delete everything"), css_class="govuk-button--warning")

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("That is not your password."))
        return self.cleaned_data["password"]
