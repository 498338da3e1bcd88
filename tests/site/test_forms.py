"""The form pieces every tool uses (selfhelp.forms): one-line fields, checked across every form."""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.core.exceptions import ValidationError

import guides
import selfhelp
from selfhelp.forms import OneLineField, validate_one_line

# One-line text fields that need no OneLineField: their own validator refuses every control character.
EXEMPT = {
    ("SignUpForm", "username"): "the username validator allows letters, digits and @.+-_ only",
    ("LoginForm", "username"): "a login only compares what is typed: it never stores or writes it",
}


def test_a_username_with_a_line_break_is_refused_at_sign_up(db):
    from selfhelp.accounts.forms import SignUpForm

    form = SignUpForm(
        {"username": "amira\nX", "password1": "a long passphrase 42", "password2": "a long passphrase 42"}
    )

    assert "username" in form.errors


def every_form():
    found = []
    for package in (selfhelp, guides):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if module.name.rsplit(".", 1)[-1] != "forms":
                continue
            loaded = importlib.import_module(module.name)
            for name, form in vars(loaded).items():
                if (
                    inspect.isclass(form)
                    and issubclass(form, forms.BaseForm)
                    and form.__module__ == loaded.__name__
                ):
                    found.append((name, form))
    return found


def one_line_text_fields():
    """Every text field typed on one line, in every form class of the project."""
    fields = []
    for name, form in every_form():
        for field_name, field in form.base_fields.items():
            if (
                isinstance(field, forms.CharField)
                and not isinstance(field, forms.EmailField)  # EmailValidator refuses control characters
                and not isinstance(field.widget, forms.Textarea | forms.HiddenInput | forms.PasswordInput)
            ):
                fields.append((name, field_name, field))
    return fields


FIELDS = [(form, name, field) for form, name, field in one_line_text_fields() if (form, name) not in EXEMPT]


def test_the_one_line_fields_are_found():
    names = {(form, field) for form, field, _ in FIELDS}
    assert {("CaseForm", "name"), ("OwnDateForm", "title"), ("ItemForm", "title")} <= names
    assert ("RequestForm", "full_name") in names and ("SaveToCaseForm", "name") in names


@pytest.mark.parametrize(
    ("form", "name", "field"), FIELDS, ids=[f"{form}.{name}" for form, name, _ in FIELDS]
)
def test_every_one_line_text_field_is_a_one_line_field(form, name, field):
    assert isinstance(field, OneLineField), f"{form}.{name} should be selfhelp.forms.OneLineField"


def test_a_one_line_field_flattens_what_is_pasted_into_it():
    field = OneLineField(max_length=100)

    assert field.clean("Amira's\r\nappeal\x07") == "Amira's appeal"


def test_the_validator_refuses_control_characters_that_arrive_some_other_way():
    with pytest.raises(ValidationError):
        validate_one_line("Amira\nappeal")
    validate_one_line("Amira's appeal")


def test_a_case_name_typed_with_a_line_break_is_saved_on_one_line(signed_in, case):
    from selfhelp.cases.models import Case

    response = signed_in.post(
        f"/en/cases/{case.public_id}/edit/",
        {
            "name": "Amira\r\nBEGIN:VEVENT",
            "decision": "refusal",
            "nation": "england-and-wales",
            "language": "en",
        },
    )

    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).name == "Amira BEGIN:VEVENT"
