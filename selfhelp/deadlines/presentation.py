"""The rules' result as plain objects for templates and calendars, in the reader's language.

:func:`present` is the one place a :class:`~selfhelp.deadlines.rules.Result` is translated and
counted against today. The calculator, its PDF and calendar file, and later a case page all call
it and render ``templates/deadlines/includes/result.html`` (or one deadline with
``includes/deadline.html``).

What to do when a deadline has passed is kept here too (:data:`LATE_HELP`, by deadline key), so
the result and the "a deadline has passed" page say the same thing.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, override
from django.utils.translation import gettext_lazy as _

from selfhelp.deadlines import rules
from selfhelp.deadlines.rules import Deadline, Result, Source, Step
from selfhelp.deadlines.rules.notes import NOT_ADVICE
from selfhelp.i18n import dates, standins

# Deadlines a tribunal must receive: aim for 4pm on the day (research note §1.4: the FTT's cut-off
# time was not verified, and HMCTS's own systems set 16:00).
TRIBUNAL_FILINGS = {"ftt-appeal", "permission-ftt", "permission-ut", "support-appeal"}


def format_date(day: date) -> str:
    """A date in the reader's language, like "Fri 3 April 2026" (selfhelp/i18n/dates.py: the English
    month beside the local one where readers may use another calendar)."""
    return dates.format_day(day, "weekday")


def text(step: Step, translate: Callable[[str], str] = gettext) -> str:
    """A step as plain text in the reader's language (for calendars and error messages)."""
    return step.format(translate=translate, format_date=format_date)


_OPEN, _CLOSE = "\x02", "\x03"
_CITE_OPEN, _CITE_CLOSE = "\x04", "\x05"
_FILLED = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}|{_CITE_OPEN}([^{_CITE_CLOSE}]*){_CITE_CLOSE}")


def html(step: Step, translate: Callable[[str], str] = gettext) -> SafeString:
    """A step as HTML: the whole text escaped, then each date isolated in <bdi> and each citation (a
    string value: a statute, a rule) marked as English, left to right.

    A date inside right-to-left text keeps its own order this way. The text comes from the rules
    and their translations, never from what a person typed, and it is escaped before the tags are
    added.
    """
    days = []

    def mark(day):
        days.append(day)
        return f"{_OPEN}{len(days) - 1}{_CLOSE}"

    citations = []

    def cite(value):
        """A string value is a citation in English (a statute, a rule): marked English, left to right."""
        if isinstance(value, Step):
            return Step(value.message, {name: cite(inner) for name, inner in value.values.items()})
        if isinstance(value, str):
            citations.append(value)
            return f"{_CITE_OPEN}{len(citations) - 1}{_CITE_CLOSE}"
        return value

    def fill(match):
        if match.group(1) is not None:
            return dates.day_html(days[int(match.group(1))], "weekday")
        return f'<span lang="en" dir="ltr">{escape(citations[int(match.group(2))])}</span>'

    if translate is gettext:  # English standing in for a missing translation is marked as English
        translate = standins.marking(translate)
    marked = cite(step).format(translate=translate, format_date=mark)
    return mark_safe(  # noqa: S308 (the text is escaped; each date and citation is escaped by its filler)
        standins.mark(_FILLED.sub(fill, escape(marked)))
    )


@dataclass(frozen=True)
class Reference:
    """A source for a statement about late actions. ``checked`` is None when it was not verified."""

    citation: str
    url: str
    checked: date | None


@dataclass(frozen=True)
class LateHelp:
    """What a person can do now that a deadline has passed, in plain words, with its sources."""

    key: str
    heading: Promise
    paragraphs: tuple[Promise, ...]
    references: tuple[Reference, ...]
    guide: str  # the guide's slug, with an optional #section
    guide_label: Promise

    @property
    def guide_url(self) -> str:
        slug, _, section = self.guide.partition("#")
        url = reverse("guides:detail", args=[slug])
        return f"{url}#{section}" if section else url


_CHECKED = rules.CHECKED
_FTT_IAC = "Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014"
_UT = "Tribunal Procedure (Upper Tribunal) Rules 2008"
_BO = Reference(
    "BO and Others (Extension of time for appealing) Nigeria [2006] UKAIT 00035",
    "https://beta.bailii.org/uk/cases/UKIAT/2006/00035.html",
    _CHECKED,
)
_LATE_REASONS = _(
    "Explain why it is late. Your reasons must cover the whole time, from the last day until the day "
    "you send it. For example: the letter came late, you had no lawyer, you were in detention or ill, "
    "or you could not read the letter."
)
_LATE_EVIDENCE = _(
    "Give the dates: the date on the letter, the postmark, and the day you got it. Send evidence if you "
    "have it, like the envelope, an email, or a doctor's letter."
)

_LATE_HELP = (
    LateHelp(
        key="ftt-appeal",
        heading=_("You can still appeal late"),
        paragraphs=(
            _(
                "You can still send your appeal. In the appeal, ask the tribunal to accept it late. "
                'This is called asking for "an extension of time".'
            ),
            _LATE_REASONS,
            _LATE_EVIDENCE,
            _(
                "The tribunal decides this first. It looks at why you are late, how late you are, and how "
                "strong and important your case is. Send it as soon as you can: every day counts."
            ),
        ),
        references=(
            Reference(
                f"{_FTT_IAC}, rule 20", "https://www.legislation.gov.uk/uksi/2014/2604/article/20", None
            ),
            _BO,
        ),
        guide="appeal-rights#late-appeals",
        guide_label=_("Read more: if you are late with your appeal"),
    ),
    LateHelp(
        key="permission-ftt",
        heading=_("You can still ask for permission late"),
        paragraphs=(
            _(
                "You can still send your application for permission to appeal. In it, ask the First-tier "
                "Tribunal to accept it late."
            ),
            _LATE_REASONS,
            _LATE_EVIDENCE,
        ),
        references=(
            Reference(
                f"{_FTT_IAC}, rule 33(5)", "https://www.legislation.gov.uk/uksi/2014/2604/article/33", None
            ),
            _BO,
        ),
        guide="appeal-rights#late-appeals",
        guide_label=_("Read more: if you are late"),
    ),
    LateHelp(
        key="permission-ut",
        heading=_("You can still ask the Upper Tribunal late"),
        paragraphs=(
            _(
                "You can still send your application to the Upper Tribunal. In it, ask the tribunal to "
                "accept it late."
            ),
            _LATE_REASONS,
            _(
                "If the First-tier Tribunal refused to look at your application because it was late, "
                "explain why it was late. The Upper Tribunal accepts it only if that is in the interests "
                "of justice."
            ),
        ),
        references=(
            Reference(
                f"{_UT}, rule 21(7)", "https://www.legislation.gov.uk/uksi/2008/2698/article/21", _CHECKED
            ),
            Reference(
                "Bhavsar (Late application for PTA: procedure) [2019] UKUT 196 (IAC)",
                "https://swarb.co.uk/bhavsar-late-application-for-pta-procedure-south-africa-utiac-12-apr-2019",
                _CHECKED,
            ),
        ),
        guide="appeal-rights#late-appeals",
        guide_label=_("Read more: if you are late"),
    ),
    LateHelp(
        key="judicial-review",
        heading=_("Judicial review after the time limit"),
        paragraphs=(
            _(
                "Get a lawyer today. A late claim must ask the tribunal or court for more time and explain "
                "why it is late, for the whole time. The judge decides."
            ),
            _("In Scotland, the court can allow a longer time if it thinks that is fair."),
            _("If the Home Office has given you a date to remove you, tell the lawyer at once."),
        ),
        references=(
            Reference(
                f"{_UT}, rule 28(7)", "https://www.legislation.gov.uk/uksi/2008/2698/article/28", _CHECKED
            ),
            Reference(
                "Civil Procedure Rules, Part 54 (High Court)",
                "https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part54",
                None,
            ),
            Reference(
                "Court of Session Act 1988, section 27A(1)(b)",
                "https://www.legislation.gov.uk/ukpga/1988/36/section/27A",
                _CHECKED,
            ),
        ),
        guide="appeal-rights#judicial-review",
        guide_label=_("Read more: judicial review"),
    ),
    LateHelp(
        key="noi-representations",
        heading=_("Write to the Home Office at once"),
        paragraphs=(
            _(
                "Write to the Home Office today. Send your reply now, or say when you will send it. Ask them "
                "to accept it, and say why you need more time."
            ),
            _("The Home Office's guidance says you may ask for more time. Get advice today if you can."),
        ),
        references=(
            Reference(
                rules.NOI_REPRESENTATIONS.citation,
                rules.NOI_REPRESENTATIONS.url,
                rules.NOI_REPRESENTATIONS.checked,
            ),
        ),
        guide="inadmissibility#notice-of-intent",
        guide_label=_("Read more: the notice of intent"),
    ),
    LateHelp(
        key="support-appeal",
        heading=_("You can still try to appeal"),
        paragraphs=(
            _("Send your appeal today. In it, ask the tribunal to accept it late, and say why it is late."),
            _("We could not check the rule about late asylum support appeals. Get advice today."),
        ),
        references=(
            Reference(
                "Tribunal Procedure (First-tier Tribunal) (Social Entitlement Chamber) Rules 2008, Part 3",
                "https://www.legislation.gov.uk/uksi/2008/2685/part/3/chapter/1",
                None,
            ),
        ),
        guide="asylum-support#appeal-a-support-decision",
        guide_label=_("Read more: appealing a support decision"),
    ),
    LateHelp(
        key="appeal-rights-exhausted",
        heading=_("Your appeal rights have ended"),
        paragraphs=(
            _(
                'The Home Office now treats your appeal rights as ended ("appeal rights exhausted"). It can '
                "try to remove you from the UK. Get advice today."
            ),
            _(
                "A late appeal or application may still be possible (see above). Until the tribunal accepts "
                "it, your appeal rights stay ended."
            ),
            _(
                "You can also send further submissions: new evidence or reasons, to the Home Office. There "
                "is no deadline for this."
            ),
        ),
        references=(
            Reference(rules.APPEAL_RIGHTS_EXHAUSTED.citation, rules.APPEAL_RIGHTS_EXHAUSTED.url, None),
            Reference(
                "Immigration Rules, paragraph 353",
                "https://www.gov.uk/guidance/immigration-rules/immigration-rules-part-12-procedure-and-rights-of-appeal",
                None,
            ),
        ),
        guide="fresh-claims",
        guide_label=_("Read more: further submissions"),
    ),
    LateHelp(
        key="support-ends",
        heading=_("If your support has stopped"),
        paragraphs=(
            _(
                "Get advice today about where you can stay. You may be able to get a different kind of "
                "help, called section 4 support. Apply early."
            ),
        ),
        references=(
            Reference(
                "Immigration and Asylum Act 1999, section 4(2); Immigration and Asylum (Provision of "
                "Accommodation to Failed Asylum-Seekers) Regulations 2005, regulation 3",
                "https://www.legislation.gov.uk/uksi/2005/930/regulation/3",
                _CHECKED,
            ),
        ),
        guide="asylum-support#section-4-support",
        guide_label=_("Read more: section 4 support"),
    ),
    LateHelp(
        key="sar",
        heading=_("If the Home Office has not answered"),
        paragraphs=(
            _(
                "Write to the Home Office to remind them, with the date you sent your request. If there is "
                "still no answer, complain to the Information Commissioner's Office (ICO)."
            ),
        ),
        references=(
            Reference(rules.SAR_RESPONSE.citation, rules.SAR_RESPONSE.url, rules.SAR_RESPONSE.checked),
        ),
        guide="your-home-office-file#how-long-it-takes",
        guide_label=_("Read more: getting your Home Office file"),
    ),
)

#: What to do when a deadline has passed, by deadline key.
LATE_HELP = {help.key: help for help in _LATE_HELP}
LATE_HELP["sar-response"] = LATE_HELP["sar-extended"] = LATE_HELP["sar"]
#: Every situation once, in a sensible reading order (for the "a deadline has passed" page).
ALL_LATE_HELP = _LATE_HELP


class Countdown:
    """How far today is from a date (`self.due`): days left, days ago, and a state for the page."""

    @property
    def days_left(self) -> int:
        """Days from today to the date: 0 on the day, negative once it has passed."""
        return (self.due - self.today).days

    @property
    def days_ago(self) -> int:
        return -self.days_left

    @property
    def state(self) -> str:
        """ "ahead", "today" or "passed"."""
        if self.days_left > 0:
            return "ahead"
        return "today" if self.days_left == 0 else "passed"

    @property
    def passed(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class ShownDeadline(Countdown):
    """One deadline, translated and counted against today."""

    key: str
    title: str
    last_day: date
    safe_date: date
    today: date
    action: str
    steps: tuple[SafeString, ...]
    uncertain: tuple[SafeString, ...]
    source: Source
    late: LateHelp | None
    title_html: SafeString = ""  # the title and action as HTML, English standing in marked as English
    action_html: SafeString = ""
    # The English of each step and doubt (None where the text is English already), shown beside the
    # translation until a fluent speaker has reviewed the language's wording (`english_beside` in pages).
    steps_english: tuple[SafeString | None, ...] = ()
    uncertain_english: tuple[SafeString | None, ...] = ()

    @property
    def steps_beside(self):
        return tuple(zip(self.steps, self.steps_english or (None,) * len(self.steps), strict=True))

    @property
    def uncertain_beside(self):
        english = self.uncertain_english or (None,) * len(self.uncertain)
        return tuple(zip(self.uncertain, english, strict=True))

    @property
    def due(self) -> date:
        return self.last_day

    @property
    def safe_date_passed(self) -> bool:
        """The safe date is behind us but the last day is not: act today."""
        return self.safe_date < self.today <= self.last_day

    @property
    def cut_off(self) -> bool:
        """Whether to say "aim for it to arrive by 4pm" (tribunal filings)."""
        return self.key in TRIBUNAL_FILINGS

    @property
    def next_steps(self):
        """What to do now (selfhelp/deadlines/next_steps.py), while the deadline has not passed."""
        from selfhelp.deadlines.next_steps import NEXT_STEPS

        return None if self.passed else NEXT_STEPS.get(self.key)


@dataclass(frozen=True)
class Shown:
    """A whole result: deadlines soonest first, and the notes that go with them."""

    deadlines: tuple[ShownDeadline, ...]
    notes: tuple[SafeString, ...]
    today: date
    # A remedy the person could lose, or does not have: shown in a box before the dates.
    warnings: tuple[SafeString, ...] = ()
    notes_english: tuple[SafeString | None, ...] = ()
    warnings_english: tuple[SafeString | None, ...] = ()

    @property
    def notes_beside(self):
        return tuple(zip(self.notes, self.notes_english or (None,) * len(self.notes), strict=True))

    @property
    def warnings_beside(self):
        return tuple(zip(self.warnings, self.warnings_english or (None,) * len(self.warnings), strict=True))

    @property
    def passed(self) -> tuple[ShownDeadline, ...]:
        return tuple(deadline for deadline in self.deadlines if deadline.passed)


def _english(steps: tuple[Step, ...], shown: tuple[SafeString, ...]) -> tuple[SafeString | None, ...]:
    with override("en"):
        english = tuple(html(step, lambda message: message) for step in steps)
    return tuple(None if e == s else e for e, s in zip(english, shown, strict=True))


def show_deadline(
    deadline: Deadline, today: date, translate: Callable[[str], str] = gettext
) -> ShownDeadline:
    steps = tuple(html(step, translate) for step in deadline.steps)
    uncertain = tuple(html(step, translate) for step in deadline.uncertain)
    beside = translate is gettext and get_language() not in {None, "en"}
    return ShownDeadline(
        key=deadline.key,
        title=text(deadline.title, translate),
        last_day=deadline.last_day,
        safe_date=deadline.safe_date,
        today=today,
        action=text(deadline.action, translate),
        steps=steps,
        uncertain=uncertain,
        source=deadline.source,
        late=LATE_HELP.get(deadline.key) if deadline.last_day < today else None,
        title_html=html(deadline.title, translate),
        action_html=html(deadline.action, translate),
        steps_english=_english(deadline.steps, steps) if beside else (),
        uncertain_english=_english(deadline.uncertain, uncertain) if beside else (),
    )


def present(result: Result, today: date, translate: Callable[[str], str] = gettext) -> Shown:
    """The result in the active language, each deadline counted against ``today``.

    The rules' "not legal advice" note is left out: the page says it once, more plainly, at the top.
    """
    notes = tuple(note for note in result.notes if note != NOT_ADVICE)
    shown_notes = tuple(html(note, translate) for note in notes)
    shown_warnings = tuple(html(warning, translate) for warning in result.warnings)
    beside = translate is gettext and get_language() not in {None, "en"}
    return Shown(
        deadlines=tuple(show_deadline(deadline, today, translate) for deadline in result.deadlines),
        notes=shown_notes,
        today=today,
        warnings=shown_warnings,
        notes_english=_english(notes, shown_notes) if beside else (),
        warnings_english=_english(result.warnings, shown_warnings) if beside else (),
    )
