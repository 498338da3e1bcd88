import uuid

from django.db import models
from django.utils import timezone


class Job(models.Model):
    """One piece of background work for one person (see selfhelp.jobs)."""

    class State(models.TextChoices):
        WAITING = "waiting"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"
        COLLECTED = "collected"  # the result was shown, then deleted

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=20)
    # A case's job is reached through the case (selfhelp.cases.access); another through the session.
    # Not a cascade: a case's rows are its tools' (selfhelp.cases.tools); deleting a case deletes its
    # jobs first (apps.py).
    case = models.ForeignKey("cases.Case", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # What the person typed or chose, given back to the form if the work fails (nothing is lost), and
    # what the work needs to know (the language, the host).
    fields = models.JSONField(default=dict, blank=True)
    result = models.JSONField(null=True, blank=True)  # may be personal: deleted when collected
    error = models.JSONField(null=True, blank=True)  # {"code", "reason", "numbers", "names"}
    created = models.DateTimeField(default=timezone.now, db_index=True)
    finished = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created"]

    def __str__(self):
        return f"{self.kind} {self.state}"

    @property
    def is_working(self):
        return self.state in {self.State.WAITING, self.State.RUNNING}

    def files(self) -> list[tuple[str, bytes]]:
        return [(upload.name, bytes(upload.data)) for upload in self.uploads.order_by("position")]


class Upload(models.Model):
    """A file a person uploaded for a job, kept only until the job has read it."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="uploads")
    position = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=255)
    data = models.BinaryField()

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return f"upload {self.position}"
