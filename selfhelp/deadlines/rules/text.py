"""Messages that carry their values, and the English date format.

Every text in the rules is an English template marked with :func:`gettext_noop`, so that
Django's ``makemessages`` finds it, with named ``{placeholders}``. :meth:`Step.format` fills
them in; the Django layer passes ``gettext`` and a localised date formatter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType


def gettext_noop(message: str) -> str:
    """Mark ``message`` for translation and return it unchanged (xgettext knows this name)."""
    return message


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_date(day: date) -> str:
    """Format a date the English way, like "Fri 3 Apr 2026", whatever the process locale is."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def identity(message: str) -> str:
    return message


type Value = date | int | str | Step


@dataclass(frozen=True)
class Step:
    """One message: an English template with named ``{placeholders}`` and the values for them.

    A value may be a date (formatted with ``format_date``), a number, a string (used as it is,
    for example a citation), or another Step (translated and formatted too, for example the
    name of a bank holiday or of a nation).
    """

    message: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.message, str):
            raise TypeError("A Step's message is an English template string.")
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def __hash__(self) -> int:
        return hash((self.message, tuple(sorted(self.values.items(), key=lambda item: item[0]))))

    def format(
        self,
        translate: Callable[[str], str] = identity,
        format_date: Callable[[date], str] = english_date,
    ) -> str:
        """Translate the template, format the values, and fill in the placeholders.

        If a translation has broken placeholders, the English template is used instead, so a
        mistake in a translation never hides a date.
        """
        filled = {name: _format_value(value, translate, format_date) for name, value in self.values.items()}
        try:
            return translate(self.message).format_map(filled)
        except (KeyError, IndexError, ValueError, AttributeError):
            return self.message.format_map(filled)

    def __str__(self) -> str:
        return self.format()


def _format_value(value: Value, translate: Callable[[str], str], format_date: Callable[[date], str]) -> str:
    if isinstance(value, Step):
        return value.format(translate, format_date)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def step(message: str, **values: Value) -> Step:
    return Step(message, values)
