"""The evidence planner's words: kinds of evidence, statuses, who gets it, ways of paying, and the reason
for each suggestion, in the reader's language; and the English names the exports use (a lawyer and the
tribunal read English).

The keys are those of selfhelp.evidence.planning, which holds the rules; this module only names them.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from selfhelp.evidence import planning


class EvidenceKind(models.TextChoices):
    COUNTRY_GUIDANCE = "country-guidance-cases", _("Country guidance case")
    COUNTRY_POLICY_NOTE = "country-policy-notes", _("Home Office country note (CPIN)")
    OBJECTIVE_REPORT = "objective-reports", _("Report about your country")
    EXPERT_REPORT = "expert-reports", _("Expert report")
    MEDICAL_REPORT = "medical-reports", _("Medical report")
    OWN_STATEMENT = "own-statement", _("Your own statement")
    WITNESS_STATEMENT = "witness-statements", _("Witness statement")
    LETTER_OF_SUPPORT = "letters-of-support", _("Letter of support")
    OWN_DOCUMENT = "your-own-documents", _("Your own document")
    TRANSLATION = "translations", _("Translation of a document")


class ItemStatus(models.TextChoices):
    IDEA = "idea", _("An idea")
    ASKED = "asked", _("Asked for")
    RECEIVED = "received", _("Received")
    SENT = "sent", _("Sent to the lawyer or tribunal")


class Who(models.TextChoices):
    PERSON = "person", _("The person the case is about")
    SUPPORTER = "supporter", _("A supporter")
    LAWYER = "lawyer", _("The lawyer")
    DOCTOR = "doctor", _("A doctor")
    EXPERT = "expert", _("An expert")


class Funding(models.TextChoices):
    LEGAL_AID = "legal-aid", _("Legal aid")
    FREE = "free", _("Free")
    FUNDRAISING = "fundraising", _("Fundraising")
    OWN_MONEY = "own-money", _("Paid by the person or a friend")


NO_FUNDING = _("Not sorted yet")

# One sentence for each reason a kind of evidence is suggested (planning.RULES).
STATEMENT = _("Your own statement can answer this point in your own words.")
REASONS = {
    "from-note": _("You wrote that this would answer it."),
    "medical": _(
        "It mentions health or injuries. A doctor trained to write reports for asylum cases can say if "
        "scars fit what you described, or explain your mental health. Your lawyer usually asks for it."
    ),
    "cpin-read": _(
        "The letter relies on a Home Office country note. Read the note it quotes: check its date, and "
        "look for parts that help you."
    ),
    "cpin-reports": _(
        "Recent reports from human rights organisations, the UN or trusted news can show that the Home "
        "Office note is out of date or leaves things out."
    ),
    "cg-check": _(
        "The letter relies on a country guidance case. Check how old it is, whether it is about people "
        "like you, and whether a newer one replaced it."
    ),
    "cg-new-evidence": _(
        "A judge can decide differently from a country guidance case only with strong new evidence, such "
        "as reports from after it that show things have changed."
    ),
    "cg-expert": _(
        "A country expert can explain what has changed since the case, or why your situation is different."
    ),
    "document-story": _(
        "Write down where the document came from and how it reached you. Keep envelopes, courier papers "
        "and messages that show how it was sent."
    ),
    "document-translation": _(
        "If the document is not in English, the tribunal needs an English translation of all of it, "
        "stamps and handwriting included."
    ),
    "document-expert": _(
        "An expert on your country may be able to say whether a document like this looks genuine."
    ),
    "interview-record": _(
        "Your interview records show what you really said, and when. If you do not have them, ask the "
        "Home Office for your file."
    ),
    "statement-dates": _(
        "Your own statement can explain the dates in your own words, and why they may seem different."
    ),
    "statement-detail": _(
        "Your own statement can give the details the Home Office says are missing: what you saw, heard "
        "and did, in order."
    ),
    "witness-saw": _("Someone who saw what happened, or knows the facts, can write a statement about it."),
    "reports-plausible": _("Reports about your country can show that what you describe does happen there."),
    "statement-answer": STATEMENT,
    "witness-facts": _("Someone who knows the facts can write a statement that supports what you said."),
    "country-reports": _(
        "Reports from human rights organisations, the UN or trusted news, from the right time, can answer "
        "what the letter says about your country."
    ),
    "country-guidance": _(
        "Check whether there is a country guidance case about your country or people like you, and how "
        "old it is."
    ),
    "country-expert": _(
        "A country expert can explain how your situation fits what is known about your country."
    ),
    "journey-statement": _(
        "Your own statement can explain your journey, and why you did not claim asylum earlier."
    ),
    "journey-documents": _(
        "Anything that shows your journey and its dates can help: tickets, messages, photos, papers from "
        "the countries you passed through."
    ),
    "protection-reports": _(
        "Reports can show that the authorities do not protect people like you, or that living in another "
        "part of the country would not be safe or reasonable."
    ),
    "protection-guidance": _(
        "Check whether a country guidance case decided about protection, or moving elsewhere, for people "
        "like you."
    ),
    "protection-statement": _(
        "Your own statement can explain what happened when you asked for help, or why you could not, and "
        "why you cannot live elsewhere in your country."
    ),
    "protection-expert": _(
        "A country expert can explain why you could not be protected, or live safely somewhere else in "
        "your country."
    ),
    "family-witness": _(
        "Your partner, family or close friends in the UK can write statements about your life together."
    ),
    "family-support": _(
        "Letters from your church, mosque, school, college, volunteering or community group show your "
        "life in the UK."
    ),
    "family-documents": _(
        "Documents can show your family and private life here: certificates, your children's school "
        "letters, proof that you live together."
    ),
    "child-expert": _(
        "An independent social worker or a psychologist can explain how removal would affect your child."
    ),
    "statement-general": STATEMENT,
}
# Said with every expert report suggested, and beside the cost of an expert item (planning.EXPERT_REPORT_FEE).
EXPERT_FEE = _(
    "If it has to be paid for, a refugee charity's guide gives a rough figure of £300 to £400 for an "
    "expert report alone (see our page on expert reports). Prices vary, so ask first."
)

# In English, for the plan table and the bundle index.
ENGLISH_KINDS = {
    "country-guidance-cases": "Country guidance case",
    "country-policy-notes": "Home Office Country Policy and Information Note (CPIN)",
    "objective-reports": "Objective country evidence",
    "expert-reports": "Expert report",
    "medical-reports": "Medical report",
    "own-statement": "Witness statement of the appellant",
    "witness-statements": "Witness statement",
    "letters-of-support": "Letter of support",
    "your-own-documents": "Appellant's document",
    "translations": "Translation",
}
ENGLISH_STATUSES = {
    "idea": "Idea",
    "asked": "Requested",
    "received": "Received",
    "sent": "Sent to the lawyer or tribunal",
}
ENGLISH_WHO = {
    "": "",
    "person": "Client",
    "supporter": "Supporter",
    "lawyer": "Lawyer",
    "doctor": "Doctor",
    "expert": "Expert",
}
ENGLISH_FUNDING = {
    "": "Not arranged",
    "legal-aid": "Legal aid",
    "free": "Free",
    "fundraising": "Fundraising",
    "own-money": "Paid by the client or a friend",
}
ENGLISH_PARTS = {
    "statements": "A. Statements",
    "documents": "B. Documents and translations",
    "reports": "C. Medical and expert reports",
    "country": "D. Country evidence",
}


def catalogue_url(kind: str) -> str:
    """The catalogue page for a kind of evidence."""
    return reverse("evidence:kind", args=[planning.CATALOGUE[kind]])
