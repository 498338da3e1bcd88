"""Form pieces every tool uses: accessible dates, and one way to lay a form out with crispy-forms.

Forms use the GOV.UK Design System markup (crispy-forms-gds): labels, hints and errors are joined to
their field with aria-describedby, radios sit in a fieldset with a legend, and a summary of the
problems, with links to each field, sits above the form. The site's own stylesheet styles it.

Every one-line text field (a case's name, a title, a reference, a name on a letter) is a
:class:`OneLineField`: what is typed or pasted into it is made one line (selfhelp.text.one_line), and
:func:`validate_one_line` refuses control characters in anything that reaches it some other way.
"""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Submit
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from selfhelp import text

# The browser's own date picker where it has one; typed dates are read in the forms people write.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y"]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DateField(forms.DateField):
    widget = DateInput

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        super().__init__(**kwargs)


def form_helper(submit, method="post", action="", name="submit", css_class=""):
    """A crispy-forms helper for a form with one button labelled `submit`."""
    helper = FormHelper()
    helper.form_method = method
    helper.form_action = action
    helper.form_show_errors = True
    helper.add_input(Submit(name, submit, css_class=css_class))
    return helper


def validate_one_line(value):
    """Refuse a line break, a tab or another control character in a one-line value."""
    if isinstance(value, str) and text.has_controls(value):
        raise ValidationError(
            _("Write this on one line, without line breaks or special characters."), code="one_line"
        )


class OneLineField(forms.CharField):
    """A one-line text field: line breaks and tabs pasted into it become spaces, other control
    characters are dropped, and anything left is refused (``validate_one_line``)."""

    default_validators = [validate_one_line]

    def to_python(self, value):
        if isinstance(value, str):
            value = text.one_line(value)
        return super().to_python(value)
