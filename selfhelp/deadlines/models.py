"""A person's own dates on a case: a hearing, a reporting day, a date a tribunal set, anything else.

The rules count the legal deadlines from the case's facts (selfhelp/deadlines/case.py); these are the
dates a person is given by others and types in. They are listed with the deadlines, soonest first, and
go into the case's calendar file. An own date is always looked up through its case
(``case.own_dates``), never by its number alone.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OwnDate(models.Model):
    class Kind(models.TextChoices):
        HEARING = "hearing", _("A hearing")
        REPORTING = "reporting", _("Reporting to the Home Office")
        DIRECTION = "direction", _("A date the tribunal set (a direction)")
        OTHER = "other", _("Something else")

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="own_dates")
    kind = models.CharField(_("what kind of date"), max_length=16, choices=Kind, default=Kind.HEARING)
    title = models.CharField(
        _("what it is (optional)"),
        max_length=120,
        blank=True,
        help_text=_("For example: “Hearing at Taylor House” or “Send the bundle”."),
    )
    date = models.DateField(_("the date"))
    time = models.TimeField(_("the time (optional)"), null=True, blank=True)
    note = models.TextField(_("a note (optional)"), max_length=1000, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date", "time", "pk"]

    def __str__(self):
        return self.shown_title

    @property
    def shown_title(self) -> str:
        """What the date is: the words the person typed, or else its kind."""
        return self.title or str(self.get_kind_display())

    @property
    def key(self) -> str:
        """Its key among the case's dates (see selfhelp.deadlines.case.lookup)."""
        return f"own-{self.pk}"
