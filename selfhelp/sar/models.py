"""A subject access request saved on a case, and the addresses the letters go to.

A request is saved only when the person chooses to save it on a case; the public form keeps nothing.
A case holds at most one request: its details as the person typed them, what to ask for, how it was
sent and the dates that follow. The stage it has reached is worked out from those dates and today
(selfhelp.sar.tracking), never stored, so it cannot go stale.

`Recipient` is content an administrator keeps up to date in the admin (the Home Office's Subject Access
Request Unit and the Information Commissioner's Office), with the date it was last checked.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from selfhelp.cases.models import Case
from selfhelp.cases.validators import validate_home_office_reference, validate_port_reference


class Recipient(models.Model):
    HOME_OFFICE = "home-office"
    ICO = "ico"

    key = models.SlugField(unique=True, help_text="home-office or ico: the letters look recipients up by it.")
    name = models.CharField(max_length=200)
    address = models.TextField(help_text="One line of the postal address on each line, with the postcode.")
    email = models.EmailField(blank=True, help_text="Leave empty unless checked on the official page.")
    phone = models.CharField(max_length=40, blank=True)
    online_url = models.URLField(
        "online route", blank=True, help_text="The official page for sending a request or complaint online."
    )
    guidance_url = models.URLField("official guidance", blank=True)
    last_checked = models.DateField(help_text="The day someone checked these details on the official pages.")
    check_note = models.TextField(
        "what is not confirmed",
        blank=True,
        help_text="In English, shown on the page as “check before sending”. Empty when all is confirmed.",
    )

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.name

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @classmethod
    def get(cls, key):
        """The recipient, or the details this code shipped with if the row is missing (a new database)."""
        from selfhelp.sar.recipients import DEFAULTS

        found = cls.objects.filter(key=key).first()
        return found or cls(key=key, **DEFAULTS[key])


# What a person can name as mattering most: (key, label on the page, words in the letter).
WANTED = (
    ("screening", _("The record of my screening interview"), "the record of my screening interview"),
    (
        "interview",
        _("The record of my asylum interview"),
        "the record of my asylum (substantive) interview",
    ),
    (
        "recordings",
        _("Audio recordings of my interviews"),
        "any audio recordings of my screening and asylum interviews",
    ),
    (
        "notes",
        _("The caseworker's notes and minutes"),
        "the caseworker's notes, minutes and internal records about my claim and the decision",
    ),
    (
        "documents",
        _("The documents and evidence I gave"),
        "copies of the documents and evidence I submitted",
    ),
    ("detention", _("Records of any time in detention"), "records of any time I was detained"),
    ("support", _("My asylum support records"), "my asylum support records"),
    (
        "encounters",
        _("Reports of earlier meetings with officers or the police"),
        "reports of any earlier encounters with immigration officers or the police, including at the port "
        "of entry",
    ),
    (
        "biometrics",
        _("Fingerprint and other biometric matches"),
        "records of any fingerprint or other biometric matches, including matches with other countries' "
        "records",
    ),
)

# Proof of identity: (key, label on the page, words in the letter).
IDENTITY = (
    ("arc", _("Application registration card (ARC)"), "my application registration card (ARC)"),
    ("passport", _("Passport (even if it has expired)"), "my passport"),
    ("id-card", _("National identity card"), "my national identity card"),
    ("brp", _("Biometric residence permit (BRP)"), "my biometric residence permit (BRP)"),
    ("driving-licence", _("Driving licence"), "my driving licence"),
)

WANTED_CHOICES = [(key, label) for key, label, _words in WANTED]
IDENTITY_CHOICES = [(key, label) for key, label, _words in IDENTITY]


class Scope(models.TextChoices):
    DETAILED = "detailed", _("Detailed: my whole Home Office file (we suggest this)")
    SPECIFIC = "specific", _("Specific: up to 5 documents that I name")
    BASIC = "basic", _("Basic: a summary of my immigration history")


class ReplyBy(models.TextChoices):
    POST = "post", _("By post, to my address")
    EMAIL = "email", _("By email, to my email address")
    REPRESENTATIVE = "representative", _("To the person who sends the request for me")


class SentBy(models.TextChoices):
    SELF = "self", _("I send it myself")
    SOMEONE = "someone", _("A supporter or lawyer sends it for me")


class Method(models.TextChoices):
    ONLINE = "online", _("With the Home Office's online form")
    EMAIL = "email", _("By email")
    POST = "post", _("By post")


class Outcome(models.TextChoices):
    COMPLETE = "complete", _("They sent my data")
    PARTIAL = "partial", _("They sent only part of it, or blacked parts out")
    REFUSED = "refused", _("They refused my request")


class SubjectAccessRequest(models.Model):
    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="file_request")

    # The person, as they typed it (the letter is in English, so these are usually typed in English).
    full_name = models.CharField(_("your full name"), max_length=200)
    other_names = models.CharField(_("other names you have used"), max_length=300, blank=True)
    date_of_birth = models.DateField(_("your date of birth"))
    nationality = models.CharField(_("your nationality"), max_length=100)
    home_office_reference = models.CharField(
        _("Home Office reference"), max_length=20, blank=True, validators=[validate_home_office_reference]
    )
    port_reference = models.CharField(
        _("port reference"), max_length=30, blank=True, validators=[validate_port_reference]
    )
    other_references = models.CharField(_("other references"), max_length=300, blank=True)
    address = models.TextField(_("your address"), max_length=500, blank=True)
    email = models.EmailField(_("your email address"), blank=True)
    phone = models.CharField(_("your phone number"), max_length=40, blank=True)
    reply_by = models.CharField(_("how the Home Office should reply"), max_length=16, choices=ReplyBy)

    # What to ask for.
    scope = models.CharField(_("kind of request"), max_length=10, choices=Scope, default=Scope.DETAILED)
    wanted = models.JSONField(_("what matters most"), default=list, blank=True)
    own_words = models.TextField(_("in your own words"), max_length=3000, blank=True)
    identity = models.JSONField(_("proof of identity enclosed"), default=list, blank=True)
    identity_other = models.CharField(_("other proof of identity"), max_length=200, blank=True)

    # Who sends it.
    sent_by = models.CharField(_("who sends the request"), max_length=10, choices=SentBy, default=SentBy.SELF)
    representative_name = models.CharField(_("their name"), max_length=200, blank=True)
    representative_organisation = models.CharField(_("their organisation"), max_length=200, blank=True)
    representative_contact = models.TextField(_("their address or email"), max_length=500, blank=True)

    # Tracking.
    method = models.CharField(_("how it was sent"), max_length=10, choices=Method, blank=True)
    sent = models.DateField(_("the date it was sent"), null=True, blank=True)
    received = models.DateField(_("the date the Home Office got it"), null=True, blank=True)
    id_provided = models.DateField(
        _("the date the Home Office got the proof of identity it asked for"), null=True, blank=True
    )
    extended = models.BooleanField(_("the Home Office is taking 2 more months"), default=False)
    response = models.DateField(_("the date the Home Office answered"), null=True, blank=True)
    outcome = models.CharField(_("the answer"), max_length=10, choices=Outcome, blank=True)
    exemption = models.BooleanField(_("the Home Office used the immigration exemption"), default=False)
    reminder_sent = models.DateField(_("the date the follow-up letter was sent"), null=True, blank=True)
    complaint_sent = models.DateField(_("the date the complaint to the ICO was sent"), null=True, blank=True)

    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("subject access request")

    def __str__(self):
        return f"subject access request on case {self.case_id}"

    @property
    def by_someone_else(self):
        return self.sent_by == SentBy.SOMEONE

    def wanted_labels(self):
        """What the person named as mattering most, in the reader's language, in a fixed order."""
        return [label for key, label, _words in WANTED if key in self.wanted]

    def identity_labels(self):
        return [label for key, label, _words in IDENTITY if key in self.identity]

    def dates(self):
        """The tracking dates for selfhelp.sar.tracking."""
        from selfhelp.sar.tracking import Dates

        return Dates(
            method=self.method,
            sent=self.sent,
            received=self.received,
            id_provided=self.id_provided,
            extended=self.extended,
            response=self.response,
            outcome=self.outcome,
            exemption=self.exemption,
            reminder_sent=self.reminder_sent,
            complaint_sent=self.complaint_sent,
        )

    @property
    def progress(self):
        """Where the request has got to today (see selfhelp.sar.tracking)."""
        from selfhelp.sar.tracking import progress

        return progress(self.dates(), timezone.localdate())
