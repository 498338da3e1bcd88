"""Form pieces every tool uses: accessible dates, and one way to lay a form out with crispy-forms.

Forms use the GOV.UK Design System markup (crispy-forms-gds): labels, hints and errors are joined to
their field with aria-describedby, radios sit in a fieldset with a legend, and a summary of the
problems, with links to each field, sits above the form. The site's own stylesheet styles it.
"""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Submit
from django import forms

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
