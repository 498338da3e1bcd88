"""What to do now, for each kind of deadline: the next step in plain words, and the official routes.

The calculator's result and a case's deadlines page show this under every deadline that has not
passed (what to do once it has passed is :data:`selfhelp.deadlines.presentation.LATE_HELP`).

Routes are links only: the pages never fetch anything from these sites. Each route names who
publishes it and the date we last read it; ``checked`` is None where we could not read it, and the
page says so. What we could not confirm is said to the reader in ``uncertain``.

A guide is linked only if it exists when the page is rendered (guides are content, loaded from
``guides/content``; a guide named here may not be loaded yet), so a missing guide never gives a
broken link.
"""

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from selfhelp.deadlines import rules

# The day the GOV.UK pages below were read (a stored copy of each page, 6 December 2026).
_READ = date(2026, 12, 6)


@dataclass(frozen=True)
class Route:
    """An official place to go: a link, who runs it, and when we last read it (None: not read)."""

    label: Promise
    url: str
    publisher: str  # in English, like the citations
    checked: date | None


@dataclass(frozen=True)
class GuideLink:
    """A guide of this site, by slug (with an optional #section), shown only if the guide exists."""

    slug: str
    label: Promise

    @property
    def url(self) -> str:
        slug, _sep, section = self.slug.partition("#")
        url = reverse("guides:detail", args=[slug])
        return f"{url}#{section}" if section else url

    @property
    def guide_slug(self) -> str:
        return self.slug.partition("#")[0]


@dataclass(frozen=True)
class NextSteps:
    """What to do now for one kind of deadline."""

    key: str
    steps: tuple[Promise, ...]  # in the order to do them
    routes: tuple[Route, ...]
    guides: tuple[GuideLink, ...] = ()
    uncertain: tuple[Promise, ...] = ()

    def guide_links(self) -> tuple[GuideLink, ...]:
        """The guides that exist now (one query), in the order given."""
        from guides.models import Guide

        slugs = {link.guide_slug for link in self.guides}
        existing = set(Guide.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        return tuple(link for link in self.guides if link.guide_slug in existing)


# Free legal advice: the same two official finders on every deadline (checked for the guide
# "finding-a-lawyer", 24 November 2026).
LEGAL_AID = Route(
    _("Find a legal aid adviser (England and Wales)"),
    "https://find-legal-advice.justice.gov.uk/",
    "GOV.UK, 'Find a legal aid adviser or family mediator'",
    rules.CHECKED,
)
ADVISER = Route(
    _("Find a registered immigration adviser"),
    "https://www.gov.uk/find-an-immigration-adviser",
    "GOV.UK, 'Find an immigration adviser'",
    rules.CHECKED,
)
_TRIBUNAL = Route(
    _("Appeal to the tribunal: the online service and how to appeal"),
    "https://www.gov.uk/immigration-asylum-tribunal",
    "GOV.UK, 'Appeal against a visa or immigration decision'",
    _READ,
)
_IAFT5 = Route(
    _("The paper form IAFT-5 and its guidance notes"),
    "https://www.gov.uk/government/publications/appeal-a-visa-or-immigration-decision-within-the-uk-form-iaft-5",
    "HM Courts & Tribunals Service, 'Form IAFT-5' and 'Guidance notes: IAFT5' (updated 23 August 2024)",
    _READ,
)
_UT_RULE_21 = Route(
    _("The rule: what the application must contain"),
    "https://www.legislation.gov.uk/uksi/2008/2698/article/21",
    "Tribunal Procedure (Upper Tribunal) Rules 2008, rule 21",
    rules.CHECKED,
)
_SUPPORT_TRIBUNAL = Route(
    _("Appeal to the asylum support tribunal"),
    "https://www.gov.uk/appeal-first-tier-asylum-support-tribunal",
    "GOV.UK, 'Appeal to the First-tier Tribunal (Asylum Support)'",
    rules.CHECKED,
)
_NOI_GUIDANCE = Route(
    _("The Home Office's guidance on inadmissibility"),
    rules.NOI_REPRESENTATIONS.url,
    rules.NOI_REPRESENTATIONS.citation,
    rules.NOI_REPRESENTATIONS.checked,
)
_ICO = Route(
    _("If you do not get an answer: the Information Commissioner's Office"),
    "https://ico.org.uk/for-the-public/getting-copies-of-your-information-subject-access-request/"
    "what-to-do-if-dont-get-a-response-or-youre-unhappy-with-it/",
    "Information Commissioner's Office, 'What to do if you don't get a response'",
    rules.CHECKED,
)

_GET_ADVICE = _(
    "Get free legal advice today. Legal aid can pay for a lawyer. If you cannot find one in time, do "
    "not wait: do the next step yourself."
)
_PERMISSION_GROUNDS = _(
    "Say what mistake in the law the judge made, and where in the decision. Saying that you disagree "
    "is not enough."
)

_ALL = (
    NextSteps(
        key="ftt-appeal",
        steps=(
            _(
                "Send your appeal to the First-tier Tribunal before the safe date. You can appeal even if "
                "you have no lawyer yet. A lawyer can add to it later."
            ),
            _(
                "Appeal online if you can. If you cannot, use the paper form. From inside the UK it is "
                "form IAFT-5."
            ),
            _(
                "They ask for: your name, address and Home Office reference, a copy of the refusal letter, "
                "and why you think the decision is wrong (your “grounds”). Send copies, never "
                "your original documents."
            ),
            _(
                "If it is late, say so in the appeal and give your reasons for the whole delay. The "
                "tribunal decides first whether to accept it."
            ),
            _GET_ADVICE,
        ),
        routes=(_TRIBUNAL, _IAFT5, LEGAL_AID, ADVISER),
        guides=(
            GuideLink("lodging-your-appeal", _("Our guide: lodging your appeal")),
            GuideLink("getting-ready-for-the-hearing", _("Our guide: getting ready for the hearing")),
            GuideLink("appeal-rights#time-limits", _("Our guide: time limits")),
        ),
        uncertain=(
            _(
                "We read the tribunal's pages and the form's guidance notes, not the online service "
                "itself. Follow what the service and the form ask for."
            ),
            _("We have not checked whether you must pay a fee. The tribunal's page says who pays."),
        ),
    ),
    NextSteps(
        key="permission-ftt",
        steps=(
            _(
                "Ask the First-tier Tribunal for permission to appeal to the Upper Tribunal, before the "
                "safe date. The tribunal's decision says how to apply."
            ),
            _PERMISSION_GROUNDS,
            _GET_ADVICE,
        ),
        routes=(_TRIBUNAL, LEGAL_AID, ADVISER),
        guides=(
            GuideLink("appeal-rights#permission-to-appeal", _("Our guide: if the judge refuses your appeal")),
        ),
        uncertain=(
            _("We have not checked which form the tribunal uses now. Follow what its decision says."),
        ),
    ),
    NextSteps(
        key="permission-ut",
        steps=(
            _(
                "Send your application to the Upper Tribunal before the safe date. Send a copy of the "
                "First-tier Tribunal's decision, its reasons, and its refusal of permission."
            ),
            _PERMISSION_GROUNDS,
            _GET_ADVICE,
        ),
        routes=(_UT_RULE_21, LEGAL_AID, ADVISER),
        guides=(
            GuideLink("appeal-rights#permission-to-appeal", _("Our guide: if the judge refuses your appeal")),
        ),
    ),
    NextSteps(
        key="judicial-review",
        steps=(
            _(
                "Find a lawyer today. Judicial review is hard to do alone, and legal aid may pay for it. "
                "Show the lawyer the decision and this date."
            ),
            _(
                "Act promptly. The date here is the outer limit: a claim can fail because it was not "
                "started quickly enough."
            ),
            _("If the Home Office gives you a date to remove you, tell the lawyer at once."),
        ),
        routes=(LEGAL_AID, ADVISER),
        guides=(GuideLink("appeal-rights#judicial-review", _("Our guide: judicial review")),),
    ),
    NextSteps(
        key="noi-representations",
        steps=(
            _(
                "Write to the Home Office before the safe date. Say why your claim should be decided in "
                "the UK."
            ),
            _(
                "Say, for example: that you never stayed in the other country, or were not safe there; "
                "that you would not be safe there now; that you have family in the UK; or that you are ill "
                "or were harmed. Send any evidence you have."
            ),
            _(
                "If you need more time, ask for it in writing before the date, and say why. Keep a copy "
                "of everything you send."
            ),
            _GET_ADVICE,
        ),
        routes=(_NOI_GUIDANCE, LEGAL_AID, ADVISER),
        guides=(GuideLink("inadmissibility#notice-of-intent", _("Our guide: the notice of intent")),),
        uncertain=(_("If your notice gives a date to reply by, use that date."),),
    ),
    NextSteps(
        key="support-appeal",
        steps=(
            _(
                "Send your appeal to the asylum support tribunal at once: it has only 3 days. Its page "
                "says how."
            ),
            _("Send a copy of the letter that refused or stopped your support."),
            _("The Asylum Support Appeals Project (ASAP) gives free advice about these appeals."),
        ),
        routes=(_SUPPORT_TRIBUNAL,),
        guides=(
            GuideLink(
                "asylum-support#appeal-a-support-decision", _("Our guide: appealing a support decision")
            ),
        ),
    ),
    NextSteps(
        key="support-ends",
        steps=(
            _("Plan now where you will stay. Ask about section 4 support early, before your support stops."),
            _("Tell the Home Office at once if you have a child under 18: support can continue."),
            _GET_ADVICE,
        ),
        routes=(LEGAL_AID, ADVISER),
        guides=(GuideLink("asylum-support#section-4-support", _("Our guide: section 4 support")),),
    ),
    NextSteps(
        key="appeal-rights-exhausted",
        steps=(
            _(
                "Use the time before this date. Appeal, or ask for permission to appeal, if you still "
                "can: see the dates above."
            ),
            _(
                "After this date, the Home Office can try to remove you. Get advice about further "
                "submissions: new evidence or reasons, sent to the Home Office."
            ),
        ),
        routes=(LEGAL_AID, ADVISER),
        guides=(GuideLink("fresh-claims", _("Our guide: further submissions")),),
    ),
    NextSteps(
        key="sar",
        steps=(
            _("Keep a copy of your request and proof of the day you sent it."),
            _(
                "If there is no answer by this date, send a reminder. Our file request tool can write it. "
                "If there is still no answer, complain to the Information Commissioner's Office (ICO)."
            ),
        ),
        routes=(_ICO,),
        guides=(
            GuideLink(
                "your-home-office-file#how-long-it-takes", _("Our guide: getting your Home Office file")
            ),
        ),
    ),
)

#: What to do now, by deadline key.
NEXT_STEPS = {steps.key: steps for steps in _ALL}
NEXT_STEPS["sar-response"] = NEXT_STEPS["sar-extended"] = NEXT_STEPS["sar"]
