"""The evidence plan of a case: its items, and what the person decided about each suggestion.

An item is always looked up through its case, by its number on that case (1, 2, 3 … in the order the
items were added): ``case.evidence_items.get(number=3)``, never by its own id alone.

An item answers paragraphs of the refusal letter. Replacing the letter deletes its paragraphs, and with
them these links; ``answered`` keeps the numbers of the paragraphs the item last answered, so the plan can
tell the person which items lost their links and should be linked to the new letter's paragraphs.

The day an item is needed by is either one of the case's dates, stored by its key (a deadline such as
"ftt-appeal", or "own-12" for a hearing the person added) and looked up each time it is shown, so it
moves when the case's facts or the hearing date change; or a day the person typed.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from selfhelp.evidence.kinds import EvidenceKind, Funding, ItemStatus, Who

MAX_PAGES = 5000


class Item(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="evidence_items")
    number = models.PositiveIntegerField(editable=False)
    kind = models.CharField(_("What kind of evidence?"), max_length=32, choices=EvidenceKind)
    title = models.CharField(
        _("A short name (optional)"),
        max_length=200,
        blank=True,
        help_text=_("For example: “Statement from my brother” or “Amnesty International report, 2025”."),
    )
    shows = models.TextField(_("What it should show"), max_length=2000, blank=True)
    paragraphs = models.ManyToManyField(
        "annotator.Paragraph",
        blank=True,
        related_name="evidence_items",
        verbose_name=_("The paragraphs of the refusal letter it answers"),
    )
    answered = models.CharField(
        max_length=500, blank=True, editable=False
    )  # "7, 9": kept after a replacement
    who = models.CharField(_("Who is getting it?"), max_length=16, choices=Who, blank=True)
    status = models.CharField(
        _("Where is it now?"), max_length=16, choices=ItemStatus, default=ItemStatus.IDEA
    )
    due_key = models.CharField(max_length=40, blank=True)  # one of the case's dates (deadlines.case.lookup)
    due_date = models.DateField(null=True, blank=True)  # or a day the person typed
    cost = models.DecimalField(
        _("Cost in pounds (optional)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    funding = models.CharField(_("How will it be paid for?"), max_length=16, choices=Funding, blank=True)
    pages = models.PositiveSmallIntegerField(
        _("Number of pages"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PAGES)],
        help_text=_("Count every page, for the bundle index. A translation is counted on its own."),
    )
    received = models.DateField(_("The date you got it (optional)"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(
        _("Its place in its part of the bundle (optional)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(999)],
        help_text=_(
            "Leave it empty for the usual order. To put a translation straight after its document, give the "
            "document 1 and the translation 2."
        ),
    )
    notes = models.TextField(_("Notes (optional)"), max_length=2000, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["case", "number"], name="one_evidence_item_per_number")
        ]

    def __str__(self):
        return f"evidence item {self.number}"

    @property
    def name(self) -> str:
        """What the person calls it, or else its kind, in the reader's language."""
        return self.title or str(self.get_kind_display())


class SuggestionDecision(models.TextChoices):
    ACCEPTED = "accepted", _("Planned")
    IGNORED = "ignored", _("Not needed")


class Suggestion(models.Model):
    """What the person decided about one kind of evidence suggested for one paragraph."""

    paragraph = models.ForeignKey("annotator.Paragraph", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=32, choices=EvidenceKind)
    decision = models.CharField(max_length=16, choices=SuggestionDecision)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["paragraph", "kind"], name="one_decision_per_suggestion")
        ]

    def __str__(self):
        return f"{self.kind} for paragraph {self.paragraph_id}: {self.decision}"
