"""Evidence plans for the evidence planner's tests (and the access tests' URL parameters)."""

from selfhelp.evidence.models import Item

# The paragraphs of the Eritrea test letter (tests/annotator/letters) that `annotate` marks as disputed:
# 7 (credibility: the dates at the two interviews), 9 (credibility: implausible, with an AIR reference),
# 12 (credibility: a summons), 15 (country information: a country guidance case), 17 (section 8: not
# claiming on the way) and 25 (something else: headaches and sleeping; medical).
DISPUTED = (7, 9, 12, 15, 17, 25)
PAYLOAD = '<script>alert("x")</script><b>bold</b>'


def annotate(case, user):
    """The Eritrea letter saved on the case, six paragraphs disputed and one agreed with."""
    from tests.annotator.helpers import save_letter

    letter = save_letter(case, user)
    letter.paragraphs.filter(position__in=DISPUTED).update(response="disagree", reviewed_at=letter.imported)
    letter.paragraphs.filter(position=7).update(
        response="mistake", evidence_needed="The screening interview record"
    )
    letter.paragraphs.filter(position=5).update(response="agree", reviewed_at=letter.imported)
    return letter


def paragraph(case, position):
    from selfhelp.annotator.models import Paragraph

    return Paragraph.objects.for_case(case).get(position=position)


def add_item(case, **fields):
    """An item saved on the case with the case's next number."""
    from django.db.models import Max

    number = (case.evidence_items.aggregate(top=Max("number"))["top"] or 0) + 1
    paragraphs = fields.pop("paragraphs", [])
    fields.setdefault("kind", "witness-statements")
    item = Item.objects.create(case=case, number=number, **fields)
    if paragraphs:
        item.paragraphs.set(paragraphs)
        item.answered = ", ".join(p.number for p in paragraphs)
        item.save(update_fields=["answered"])
    return item


def item_number(case):
    """The number of an item on the case (one is added if it has none)."""
    item = case.evidence_items.first() or add_item(case)
    return item.number
