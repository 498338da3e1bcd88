"""A case: the facts of one person's decision, who may see it, and what has been done on it.

Nothing here is stored unless the person chooses to save a case. Every page about a case, and about
anything that belongs to one, goes through selfhelp.cases.access, which answers 404 to anyone the case
is not shared with. Objects are addressed by the case's random identifier, never by a number alone.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from selfhelp.cases.validators import validate_home_office_reference
from selfhelp.decisions import Decision, Nation


def new_case_id():
    """22 characters of URL-safe randomness (128 bits): cannot be guessed or counted through."""
    return secrets.token_urlsafe(16)


class DecisionChoice(models.TextChoices):
    REFUSAL = "refusal", _("Refusal with a right of appeal")
    CERTIFIED = "certified", _("Refusal certified as “clearly unfounded” (no appeal)")
    OUT_OF_COUNTRY_APPEAL = "out-of-country-appeal", _("Refusal you can appeal only after leaving the UK")
    NOTICE_OF_INTENT = "notice-of-intent", _("Inadmissibility: notice of intent")
    INADMISSIBLE = "inadmissible", _("Inadmissibility decision")
    FTT_DISMISSED = "ftt-dismissed", _("Appeal dismissed by the First-tier Tribunal")
    FTT_REFUSED_PERMISSION = (
        "ftt-refused-permission",
        _("Permission to appeal refused by the First-tier Tribunal"),
    )
    OTHER = "other", _("Something else")


class NationChoice(models.TextChoices):
    ENGLAND_AND_WALES = Nation.ENGLAND_AND_WALES.value, _("England or Wales")
    SCOTLAND = Nation.SCOTLAND.value, _("Scotland")
    NORTHERN_IRELAND = Nation.NORTHERN_IRELAND.value, _("Northern Ireland")


class Case(models.Model):
    public_id = models.CharField(max_length=32, unique=True, default=new_case_id, editable=False)
    name = models.CharField(
        _("a name for this case"),
        max_length=100,
        help_text=_(
            "Only you and the people you share it with see it. It does not need to be your real name."
        ),
    )
    decision = models.CharField(
        _("the decision you got"), max_length=32, choices=DecisionChoice, default=DecisionChoice.REFUSAL
    )
    letter_date = models.DateField(_("the date on the letter"), null=True, blank=True)
    sent = models.DateField(
        _("the date it was sent"),
        null=True,
        blank=True,
        help_text=_("The postmark on the envelope, or the date of the email. Keep the envelope."),
    )
    received = models.DateField(_("the date you got it"), null=True, blank=True)
    detained = models.BooleanField(_("in detention"), default=False)
    outside_uk = models.BooleanField(_("outside the UK"), default=False)
    departed = models.DateField(_("the date you left the UK"), null=True, blank=True)
    nation = models.CharField(
        _("where in the UK you live"),
        max_length=24,
        choices=NationChoice,
        default=NationChoice.ENGLAND_AND_WALES,
    )
    home_office_reference = models.CharField(
        _("Home Office reference (optional)"),
        max_length=20,
        blank=True,
        validators=[validate_home_office_reference],
        help_text=_("At the top of Home Office letters: a letter and seven numbers, like H1234567."),
    )
    language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="cases")

    class Meta:
        ordering = ["-updated"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("cases:home", args=[self.public_id])

    @property
    def rule_decision(self):
        """The deadline rules' kind of decision, or None for "something else"."""
        try:
            return Decision(self.decision)
        except ValueError:
            return None


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("owner")
        SUPPORTER = "supporter", _("supporter")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role)
    added = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added"]
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="one_membership_per_case")]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"


# Share codes: eight characters from an alphabet with no look-alikes (no 0/O, 1/I/L), read aloud in two
# groups of four. 31^8 ≈ 8.5 × 10^11 codes; each lives 48 hours, works once, is stored only as a keyed
# hash, and a person gets 10 wrong tries an hour.
SHARE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SHARE_CODE_LENGTH = 8
SHARE_CODE_HOURS = 48


def share_code_hash(code):
    normalised = "".join(ch for ch in code.upper() if ch in SHARE_ALPHABET)
    return hmac.new(settings.SECRET_KEY.encode(), normalised.encode(), hashlib.sha256).hexdigest()


class ShareCodeQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(used__isnull=True, expires__gt=timezone.now())


class ShareCode(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="share_codes")
    code_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    expires = models.DateTimeField()
    used = models.DateTimeField(null=True, blank=True)

    objects = ShareCodeQuerySet.as_manager()

    def __str__(self):
        return f"share code for {self.case} until {self.expires:%Y-%m-%d %H:%M}"

    @classmethod
    def issue(cls, case, user):
        """A new code for a case: the plain code is returned once, to show; only its hash is kept."""
        code = "".join(secrets.choice(SHARE_ALPHABET) for _ in range(SHARE_CODE_LENGTH))
        share = cls.objects.create(
            case=case,
            code_hash=share_code_hash(code),
            created_by=user,
            expires=timezone.now() + timezone.timedelta(hours=SHARE_CODE_HOURS),
        )
        return share, f"{code[:4]}-{code[4:]}"


class JoinAttempt(models.Model):
    """A wrong share code typed by someone: ten in an hour and they must wait."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self):
        return f"wrong share code at {self.at:%Y-%m-%d %H:%M}"


class Tick(models.Model):
    """A checklist item done on a case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="ticks")
    item = models.ForeignKey("guides.ChecklistItem", on_delete=models.CASCADE, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "item"], name="one_tick_per_item")]

    def __str__(self):
        return f"tick on item {self.item_id}"


class Event(models.Model):
    """One line of a case's history: who changed what, and when.

    `message` is an English sentence with {placeholders}, marked for translation where it is written
    (selfhelp/cases/history.py); `values` fills it in. The history is shown in the reader's language.
    People are held by reference, never by name: `user` who did it, and `member` the person it was
    done to (removed from the case, made its owner); deleting an account leaves neither name behind.
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)
    message = models.CharField(max_length=200)  # about someone else: "{user} saved this case"
    message_you = models.CharField(max_length=200, blank=True)  # to the one who did it: "You saved this case"
    values = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return self.message


class DismissedChange(models.Model):
    """A member of a case has read a "What changed" notice on the case's home page and hidden it.

    Per membership: a supporter hiding a notice does not hide it from the person whose case it is.
    """

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="dismissed_changes")
    change = models.ForeignKey("guides.Change", on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["membership", "change"], name="one_dismissal_per_change")
        ]

    def __str__(self):
        return f"change {self.change_id} dismissed"
