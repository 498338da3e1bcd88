"""Replacing the refusal letter asks first when planned evidence is linked to its paragraphs."""

from selfhelp.annotator.models import Letter, Paragraph
from selfhelp.evidence.models import Item
from tests.annotator.helpers import letter_text, saved_letter


def test_a_letter_whose_paragraphs_have_evidence_planned_asks_before_it_is_replaced(signed_in, case, guides):
    saved_letter(case)
    item = Item.objects.create(case=case, number=1, kind="objective-report")
    item.paragraphs.add(Paragraph.objects.for_case(case).first())
    url = f"/en/cases/{case.public_id}/letter/import/"

    asked = signed_in.post(url, {"text": letter_text("sudan_darfur")})

    page = asked.content.decode()
    assert asked.status_code == 200
    assert "Your notes on 1 paragraph are deleted with it." in page
    replaced = signed_in.post(url, {"text": letter_text("sudan_darfur"), "replace": "on"})
    assert replaced.status_code == 302
    item.refresh_from_db()
    assert Item.objects.filter(pk=item.pk).exists()  # the item stays, without its old paragraph
    assert not item.paragraphs.exists()
    assert Letter.objects.get(case=case).home_office_reference == "A4402981"
