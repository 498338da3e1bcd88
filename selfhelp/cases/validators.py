"""Checks on the references people copy from Home Office letters.

A Home Office reference is a letter and seven digits (H1234567), sometimes followed by a slash and a
number (H1234567/2); newer letters also carry a 16-digit Unique Application Number (1234-5678-9012-3456).
A port reference is shorter-lived and varies by port (LHR/1234567, CDF 0123456…), so it is only checked
for characters that cannot be in one. People often type spaces or lower case: those are accepted.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HOME_OFFICE_REFERENCE = re.compile(r"^(?:[A-Z]\d{7}(?:/\d{1,4})?|\d{4}-?\d{4}-?\d{4}-?\d{4})$")
PORT_REFERENCE = re.compile(r"^[A-Z0-9][A-Z0-9/ -]{2,24}$")


def normalise_reference(value):
    return re.sub(r"\s+", "", value.strip().upper())


def validate_home_office_reference(value):
    if value and not HOME_OFFICE_REFERENCE.match(normalise_reference(value)):
        raise ValidationError(
            _(
                "This does not look like a Home Office reference. It is usually one letter and seven "
                "numbers, like H1234567, at the top of the letter. Leave it empty if you are not sure."
            ),
            code="home_office_reference",
        )


def validate_port_reference(value):
    if value and not PORT_REFERENCE.match(value.strip().upper()):
        raise ValidationError(
            _(
                "This does not look like a port reference. It has letters and numbers, like "
                "LHR/1234567. Leave it empty if you are not sure."
            ),
            code="port_reference",
        )
