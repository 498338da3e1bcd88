"""Changing a case's evidence plan, each change written in the case's history.

- :func:`add` and :func:`change` save an item from its form; :func:`delete` removes one.
- :func:`plan_suggestion` turns a suggestion into an item answering its paragraph (or notes that one
  already does); :func:`set_aside` marks a suggestion as not needed; :func:`restore` offers it again.

The history names items by their number on the case and paragraphs by their number in the letter,
never by what the person typed.
"""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext_noop

from selfhelp.cases import history
from selfhelp.cases.history import Message
from selfhelp.deadlines import case as dates_of_case
from selfhelp.evidence import planning
from selfhelp.evidence.kinds import ItemStatus
from selfhelp.evidence.models import Item, Suggestion, SuggestionDecision

ADDED = Message(
    gettext_noop("{user} added item {number} to the evidence plan"),
    gettext_noop("You added item {number} to the evidence plan"),
)
PLANNED = Message(
    gettext_noop("{user} added item {number} to the evidence plan for paragraph {paragraph}"),
    gettext_noop("You added item {number} to the evidence plan for paragraph {paragraph}"),
)
CHANGED = Message(
    gettext_noop("{user} changed item {number} of the evidence plan"),
    gettext_noop("You changed item {number} of the evidence plan"),
)
STATUS_CHANGED = {
    ItemStatus.IDEA: Message(
        gettext_noop("{user} marked item {number} of the evidence plan as an idea"),
        gettext_noop("You marked item {number} of the evidence plan as an idea"),
    ),
    ItemStatus.ASKED: Message(
        gettext_noop("{user} marked item {number} of the evidence plan as asked for"),
        gettext_noop("You marked item {number} of the evidence plan as asked for"),
    ),
    ItemStatus.RECEIVED: Message(
        gettext_noop("{user} marked item {number} of the evidence plan as received"),
        gettext_noop("You marked item {number} of the evidence plan as received"),
    ),
    ItemStatus.SENT: Message(
        gettext_noop("{user} marked item {number} of the evidence plan as sent to the lawyer or tribunal"),
        gettext_noop("You marked item {number} of the evidence plan as sent to the lawyer or tribunal"),
    ),
}
DELETED = Message(
    gettext_noop("{user} deleted item {number} from the evidence plan"),
    gettext_noop("You deleted item {number} from the evidence plan"),
)
SET_ASIDE = Message(
    gettext_noop("{user} marked a suggested kind of evidence for paragraph {paragraph} as not needed"),
    gettext_noop("You marked a suggested kind of evidence for paragraph {paragraph} as not needed"),
)
RESTORED = Message(
    gettext_noop("{user} asked for a suggestion for paragraph {paragraph} again"),
    gettext_noop("You asked for a suggestion for paragraph {paragraph} again"),
)


def answered(paragraphs) -> str:
    """The paragraph numbers an item answers, kept on the item: "7, 9"."""
    return ", ".join(p.number for p in sorted(paragraphs, key=lambda p: p.position))[:500]


def _next_number(case) -> int:
    return (case.evidence_items.aggregate(top=Max("number"))["top"] or 0) + 1


def _create(case, build):
    """Save a new item with the case's next number; two people adding at once get different numbers."""
    for attempt in range(5):
        try:
            with transaction.atomic():
                item = build()
                item.case = case
                item.number = _next_number(case)
                item.save()
                return item
        except IntegrityError:
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


@transaction.atomic
def add(case, user, form) -> Item:
    item = _create(case, lambda: form.save(commit=False))
    form.save_m2m()
    item.answered = answered(item.paragraphs.all())
    item.save(update_fields=["answered"])
    history.record(case, user, ADDED, number=item.number)
    return item


@transaction.atomic
def change(case, user, form) -> Item:
    before = Item.objects.get(pk=form.instance.pk).status
    item = form.save()
    item.answered = answered(item.paragraphs.all())
    item.save(update_fields=["answered"])
    if item.status != before:
        history.record(case, user, STATUS_CHANGED[item.status], number=item.number)
    if set(form.changed_data) - {"status"}:
        history.record(case, user, CHANGED, number=item.number)
    return item


@transaction.atomic
def delete(case, user, item) -> None:
    """Delete an item; suggestions it was planned from are offered again unless another item answers them."""
    paragraphs = list(item.paragraphs.all())
    number, kind = item.number, item.kind
    item.delete()
    for paragraph in paragraphs:
        if not paragraph.evidence_items.filter(kind=kind).exists():
            Suggestion.objects.filter(
                paragraph=paragraph, kind=kind, decision=SuggestionDecision.ACCEPTED
            ).delete()
    history.record(case, user, DELETED, number=number)


def _decide(paragraph, kind, user, decision):
    Suggestion.objects.update_or_create(
        paragraph=paragraph, kind=kind, defaults={"decision": decision, "by": user}
    )


def _first_hearing_key(case) -> str:
    """The next hearing or tribunal direction on the case, the usual day evidence is needed by, or ""."""
    for entry in dates_of_case.upcoming(case):
        if entry.own is not None and entry.own.kind in {"hearing", "direction"}:
            return entry.key
    return ""


@transaction.atomic
def plan_suggestion(case, user, paragraph, kind) -> tuple[Item, bool]:
    """An item of ``kind`` answering ``paragraph``: (the item, whether it is new)."""
    _decide(paragraph, kind, user, SuggestionDecision.ACCEPTED)
    existing = paragraph.evidence_items.filter(case=case, kind=kind).first()
    if existing is not None:
        return existing, False
    item = _create(
        case,
        lambda: Item(
            kind=kind,
            shows=paragraph.evidence_needed,
            status=ItemStatus.IDEA,
            cost=planning.STARTING_COSTS.get(kind),
            due_key=_first_hearing_key(case),
        ),
    )
    item.paragraphs.add(paragraph)
    item.answered = answered([paragraph])
    item.save(update_fields=["answered"])
    history.record(case, user, PLANNED, number=item.number, paragraph=paragraph.number)
    return item, True


@transaction.atomic
def set_aside(case, user, paragraph, kind) -> None:
    _decide(paragraph, kind, user, SuggestionDecision.IGNORED)
    history.record(case, user, SET_ASIDE, paragraph=paragraph.number)


@transaction.atomic
def restore(case, user, paragraph, kind) -> None:
    deleted, _ = Suggestion.objects.filter(paragraph=paragraph, kind=kind).delete()
    if deleted:
        history.record(case, user, RESTORED, paragraph=paragraph.number)
