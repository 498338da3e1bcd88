"""A case's interview records: the asylum interview record (AIR) and the screening interview record (SCI),
each split into its questions (``selfhelp.annotator.interview``) and kept in the record's own words."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from selfhelp.annotator import interview


class RecordKind(models.TextChoices):
    AIR = interview.AIR, _("Asylum interview record (AIR)")
    SCI = interview.SCI, _("Screening interview record (SCI)")


class InterviewRecord(models.Model):
    """One record on a case; a case holds at most one of each kind (bringing it in again replaces it)."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="interview_records")
    kind = models.CharField(_("kind of record"), max_length=3, choices=RecordKind)
    interview_date = models.DateField(_("date of the interview"), null=True, blank=True)
    interpreter_language = models.CharField(_("interpreter's language"), max_length=60, blank=True)
    pages = models.PositiveSmallIntegerField(default=1)
    imported = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["kind"]
        constraints = [models.UniqueConstraint(fields=["case", "kind"], name="one_record_of_each_kind")]

    def __str__(self):
        return self.get_kind_display()

    def as_split(self) -> interview.InterviewRecord:
        """The record as the pure cross-check reads it."""
        details = interview.InterviewDetails(
            self.kind, self.interview_date, self.interpreter_language or None
        )
        questions = tuple(
            interview.Question(q.number, q.question, q.answer, tuple(q.notes)) for q in self.questions.all()
        )
        return interview.InterviewRecord(details, questions)


class InterviewQuestion(models.Model):
    record = models.ForeignKey(InterviewRecord, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    number = models.CharField(max_length=8)  # "45", or "4.1" in a screening record
    question = models.TextField()
    answer = models.TextField(blank=True)
    notes = models.JSONField(default=list, blank=True)  # breaks, the interpreter's remarks

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["record", "position"], name="one_question_per_position"),
        ]

    def __str__(self):
        return f"Q{self.number}"
