"""The refusal letter saved on a case, its paragraphs, and what the person wrote about each one.

A case holds at most one letter (``case.refusal_letter``). The letter keeps only what the annotator
needs: the details from its top (references and date), whether the Home Office numbered its
paragraphs, and how it came in. The address block and the original file are not kept.

A paragraph is always looked up through its letter, by its position in the letter (1, 2, 3 …):
``letter.paragraphs.get(position=7)``, never by its own id alone. The evidence planner lists a case's
paragraphs with ``Paragraph.objects.for_case(case)``: each has its ``kind`` (as the person chose it;
``suggested_kind`` is what the words suggested) and ``evidence_needed`` (their own words).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from selfhelp.annotator import kinds


class PointKind(models.TextChoices):
    """What kind of point a paragraph makes (the keys of selfhelp.annotator.kinds.KINDS)."""

    CREDIBILITY = "credibility", _("Whether you are believed (credibility)")
    ACCEPTED = "accepted", _("Accepted in your favour")
    COUNTRY_INFORMATION = "country-information", _("Information about your country")
    SECTION_8 = "section-8", _("Section 8: how you behaved")
    PROTECTION_RELOCATION = (
        "protection-relocation",
        _("Protection in your country, or moving to another part of it"),
    )
    ARTICLE_8 = "article-8", _("Article 8: family and private life")
    DECISION = "decision", _("The decision")
    OTHER = "other", _("Something else")


class Response(models.TextChoices):
    """What the person says about a paragraph."""

    AGREE = "agree", _("I agree")
    DISAGREE = "disagree", _("I disagree")
    MISTAKE = "mistake", _("It has a mistake of fact: a date, a place, an interpreting error")
    NOT_CONSIDERED = "not-considered", _("Something was not considered")
    NOT_SURE = "not-sure", _("I am not sure: ask a lawyer")


# The answers in a word or two, for the list of paragraphs.
SHORT_RESPONSES = {
    Response.AGREE: _("I agree"),
    Response.DISAGREE: _("I disagree"),
    Response.MISTAKE: _("A mistake of fact"),
    Response.NOT_CONSIDERED: _("Not considered"),
    Response.NOT_SURE: _("Ask a lawyer"),
}

# The answers that say the letter is wrong: these paragraphs go into the statement.
DISPUTED = (Response.DISAGREE, Response.MISTAKE, Response.NOT_CONSIDERED)


class LetterSource(models.TextChoices):
    """How the letter's text came in (the methods of selfhelp.annotator.extract, and pasting)."""

    PASTED = "pasted", _("pasted text")
    TEXT = "text", _("a text file")
    PDF_TEXT = "pdf-text", _("a PDF")
    PDF_OCR = "pdf-ocr", _("a scanned PDF, read by the computer")
    DOCX = "docx", _("a Word file")
    IMAGE_OCR = "image-ocr", _("photos of the pages, read by the computer")


@dataclass(frozen=True)
class Progress:
    """How far the person has got through their letter (``Letter.progress``)."""

    reviewed: int
    total: int
    next_position: int | None  # the first paragraph not reviewed yet; None when all are

    @property
    def done(self) -> bool:
        return self.total > 0 and self.reviewed == self.total


class Letter(models.Model):
    case = models.OneToOneField("cases.Case", on_delete=models.CASCADE, related_name="refusal_letter")
    home_office_reference = models.CharField(_("Home Office reference"), max_length=40, blank=True)
    port_reference = models.CharField(_("port reference"), max_length=60, blank=True)
    letter_date = models.DateField(_("date of the letter"), null=True, blank=True)
    numbered = models.BooleanField(
        default=True, help_text="False: the letter had no paragraph numbers, so they were numbered here."
    )
    missing_numbers = models.JSONField(default=list, blank=True)  # numbers the letter skipped
    source = models.CharField(max_length=16, choices=LetterSource, default=LetterSource.PASTED)
    pages = models.PositiveSmallIntegerField(default=1)
    imported = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self):
        return f"refusal letter on case {self.case_id}"

    @cached_property
    def progress(self):
        """(reviewed, total, the position of the first paragraph not reviewed or None), in one query."""
        counts = self.paragraphs.aggregate(
            total=Count("pk"), reviewed=Count("pk", filter=Q(reviewed_at__isnull=False))
        )
        first_open = (
            self.paragraphs.filter(reviewed_at__isnull=True).order_by("position").values_list("position")[:1]
        )
        position = first_open[0][0] if counts["reviewed"] < counts["total"] and first_open else None
        return Progress(counts["reviewed"], counts["total"], position)

    def paragraphs_with_notes(self):
        """The paragraphs someone has written about (an answer, any words), or linked to planned evidence."""
        return self.paragraphs.exclude(
            response="", comment="", truth="", evidence_needed="", evidence_items=None
        ).distinct()


class ParagraphQuerySet(models.QuerySet):
    def for_case(self, case):
        """The paragraphs of the letter on ``case``, in the letter's order ([] when there is none)."""
        return self.filter(letter__case=case).order_by("position")

    def disputed(self):
        return self.filter(response__in=DISPUTED)

    def needing_evidence(self):
        return self.exclude(evidence_needed="")


class Paragraph(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.PositiveSmallIntegerField()  # 1, 2, 3 … in the letter's order
    number = models.CharField(max_length=12)  # as the Home Office numbered it ("7")
    section = models.CharField(max_length=300, blank=True)
    starts_section = models.BooleanField(default=False)
    # Every heading printed straight before it, one a line, when there are more than one ("Consideration of
    # your claim", then its section "Nationality and identity"); empty otherwise.
    headings = models.TextField(blank=True)
    text = models.TextField()
    # The footnotes its text calls, one a line, as printed ("1 Refugee Convention, Article 1A(2)."): kept
    # apart from its text.
    footnotes = models.TextField(blank=True)
    # The reader was unsure where it starts or ends (a number misread in a photo): the person should
    # check it against the letter. Cleared when they join or split it.
    unsure = models.BooleanField(default=False)
    suggested_kind = models.CharField(max_length=24, choices=PointKind, default=PointKind.OTHER)
    kind = models.CharField(
        _("What kind of point is this?"), max_length=24, choices=PointKind, default=PointKind.OTHER
    )
    response = models.CharField(_("What do you say about it?"), max_length=16, choices=Response, blank=True)
    comment = models.TextField(_("Your comment, in your own words"), max_length=5000, blank=True)
    truth = models.TextField(_("Where the truth is shown"), max_length=2000, blank=True)
    evidence_needed = models.TextField(_("Evidence that would answer it"), max_length=2000, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)  # set when an answer is saved
    updated = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ParagraphQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["letter", "position"], name="one_paragraph_per_position")
        ]

    def __str__(self):
        return f"paragraph {self.number}"

    @property
    def reviewed(self) -> bool:
        return self.reviewed_at is not None

    @property
    def disputed(self) -> bool:
        return self.response in DISPUTED

    @property
    def short_response(self) -> str:
        return str(SHORT_RESPONSES.get(self.response, ""))

    @property
    def heading_list(self) -> list[str]:
        """The headings printed straight before it (its section's last), [] when it starts none."""
        if not self.starts_section:
            return []
        return [line for line in self.headings.split("\n") if line] or [self.section]

    @property
    def footnote_list(self) -> list[str]:
        return [line for line in self.footnotes.split("\n") if line]

    def first_words(self, count: int = 12) -> str:
        words = self.text.split()
        return " ".join(words[:count]) + (" …" if len(words) > count else "")

    @cached_property
    def accepted_points(self) -> list[str]:
        return kinds.accepted_points(self.text)
