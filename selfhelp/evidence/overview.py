"""A case's evidence plan as the pages and exports show it: each item with the day it is needed by (looked
up now, from the case's dates), whether it is late, the paragraphs it answers; how many of the paragraphs
that need evidence have some planned; the costs; the bundle of what has been received; and, for each
paragraph that needs evidence, the kinds of evidence suggested and what the person decided.

The rules are in selfhelp.evidence.planning; this module feeds them the case's items and paragraphs.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from selfhelp.annotator.models import Paragraph
from selfhelp.annotator.status import letter_of
from selfhelp.deadlines import case as dates_of_case
from selfhelp.evidence import kinds, planning
from selfhelp.evidence.models import Suggestion, SuggestionDecision


@dataclass(frozen=True)
class Due:
    date: date | None  # None: tied to a date that is no longer on the case
    title: str = ""  # the case's date it is tied to ("" for a day the person typed)
    key: str = ""

    @property
    def gone(self) -> bool:
        return self.date is None


@dataclass
class Row:
    item: object
    due: Due | None
    overdue: bool
    paragraphs: list = field(default_factory=list)

    @property
    def numbers(self) -> str:
        """The numbers of the paragraphs it answers: "7, 9"."""
        return ", ".join(paragraph.number for paragraph in self.paragraphs)

    @property
    def lost_links(self) -> bool:
        """It answered paragraphs of a letter that has since been replaced."""
        return bool(self.item.answered) and not self.paragraphs

    @property
    def in_bundle(self) -> bool:
        return self.item.status in planning.IN_BUNDLE


@dataclass
class Plan:
    case: object
    today: date
    rows: list[Row]
    letter: object  # the case's refusal letter, or None
    paragraphs: list  # the letter's paragraphs, in order
    coverage: planning.Coverage
    costs: planning.Costs
    bundle: planning.Bundle
    unpaged: list[Row]  # received, but the pages are not counted: not in the bundle index yet

    @property
    def overdue(self) -> list[Row]:
        return [row for row in self.rows if row.overdue]

    @property
    def lost(self) -> list[Row]:
        return [row for row in self.rows if row.lost_links]

    @property
    def received(self) -> int:
        return sum(1 for row in self.rows if row.in_bundle)

    @property
    def uncovered(self) -> list:
        by_position = {p.position: p for p in self.paragraphs}
        return [by_position[point.position] for point in self.coverage.uncovered]

    @property
    def has_expert(self) -> bool:
        return any(row.item.kind == "expert-reports" for row in self.rows)


def point(paragraph) -> planning.Point:
    return planning.Point(
        position=paragraph.position,
        number=paragraph.number,
        kind=paragraph.kind,
        text=paragraph.text,
        disputed=paragraph.disputed,
        evidence_needed=paragraph.evidence_needed,
    )


def resolve(item, entries: dict) -> Due | None:
    """The day an item is needed by: its case date's day now, or the day typed; None if it has none."""
    if item.due_key:
        entry = entries.get(item.due_key)
        if entry is None:
            return Due(None, key=item.due_key)
        return Due(entry.date, entry.title, item.due_key)
    if item.due_date:
        return Due(item.due_date)
    return None


def plan_for(case, today: date | None = None) -> Plan:
    today = today or timezone.localdate()
    entries = {entry.key: entry for entry in dates_of_case.case_dates(case, today).entries}
    rows = []
    for item in case.evidence_items.prefetch_related("paragraphs"):
        due = resolve(item, entries)
        overdue = planning.is_overdue(item.status, due.date if due else None, today)
        rows.append(Row(item, due, overdue, sorted(item.paragraphs.all(), key=lambda p: p.position)))
    paragraphs = list(Paragraph.objects.for_case(case))
    planned = {p.position for row in rows for p in row.paragraphs}
    documents = [
        planning.Document(row.item.number, row.item.kind, row.item.pages, row.item.order, key=row)
        for row in rows
        if row.in_bundle and row.item.pages
    ]
    return Plan(
        case=case,
        today=today,
        rows=rows,
        letter=letter_of(case),
        paragraphs=paragraphs,
        coverage=planning.coverage([point(p) for p in paragraphs], planned),
        costs=planning.costs((row.item.cost, row.item.funding) for row in rows),
        bundle=planning.paginate(documents),
        unpaged=[row for row in rows if row.in_bundle and not row.item.pages],
    )


# --- suggestions ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Offered:
    """A kind of evidence suggested for a paragraph, as the page shows it."""

    paragraph: object
    suggestion: planning.Suggestion
    state: str  # "open", "planned" or "ignored"

    @property
    def kind(self) -> str:
        return self.suggestion.kind

    @property
    def label(self) -> str:
        return str(kinds.EvidenceKind(self.kind).label)

    @property
    def reason(self) -> str:
        return str(kinds.REASONS[self.suggestion.reason])

    @property
    def url(self) -> str:
        return kinds.catalogue_url(self.kind)

    @property
    def expert(self) -> bool:
        return self.kind == "expert-reports"

    @property
    def interview_records(self) -> bool:
        return self.suggestion.reason == "interview-record"

    @property
    def value(self) -> str:
        """What its buttons send: the paragraph's position and the kind."""
        return f"{self.paragraph.position}:{self.kind}"


@dataclass
class ForParagraph:
    paragraph: object
    offered: list[Offered]
    items: list  # the plan's items that answer it

    @property
    def open(self) -> list[Offered]:
        return [o for o in self.offered if o.state == "open"]

    @property
    def ignored(self) -> list[Offered]:
        return [o for o in self.offered if o.state == "ignored"]

    @property
    def planned(self) -> list[Offered]:
        return [o for o in self.offered if o.state == "planned"]


def suggestions_for(plan: Plan) -> list[ForParagraph]:
    """For each paragraph that needs evidence, in the letter's order, what is suggested and decided."""
    needing = [p for p in plan.paragraphs if point(p).needs_evidence]
    decisions = {
        (s.paragraph_id, s.kind): s.decision
        for s in Suggestion.objects.filter(paragraph__in=[p.pk for p in needing])
    }
    answering = {}
    for row in plan.rows:
        for paragraph in row.paragraphs:
            answering.setdefault(paragraph.pk, []).append(row.item)
    found = []
    for paragraph in needing:
        items = answering.get(paragraph.pk, [])
        planned_kinds = {item.kind for item in items}
        offered = []
        for suggestion in planning.suggest(point(paragraph)):
            decision = decisions.get((paragraph.pk, suggestion.kind))
            if suggestion.kind in planned_kinds or decision == SuggestionDecision.ACCEPTED:
                state = "planned"
            elif decision == SuggestionDecision.IGNORED:
                state = "ignored"
            else:
                state = "open"
            offered.append(Offered(paragraph, suggestion, state))
        found.append(ForParagraph(paragraph, offered, items))
    return found


def open_count(found: list[ForParagraph]) -> int:
    return sum(len(entry.open) for entry in found)
