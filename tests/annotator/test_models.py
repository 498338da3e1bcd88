"""The letter on a case and its paragraphs: what is kept, progress, and how other tools list them."""

import pytest
from django.db import IntegrityError

from selfhelp.annotator import importing, kinds, status
from selfhelp.annotator.models import Letter, Paragraph, PointKind, Response
from selfhelp.cases.models import Case
from tests.annotator.helpers import forty_paragraphs, letter_text, save_letter


def answer(paragraph, user=None, **fields):
    for name, value in fields.items():
        setattr(paragraph, name, value)
    importing.save_paragraph(paragraph, user)
    return paragraph


def test_the_kinds_are_the_ones_the_words_suggest():
    assert set(PointKind.values) == set(kinds.KINDS)


def test_a_saved_letter_keeps_its_details_and_paragraphs_but_not_the_address(case, user):
    letter = save_letter(case, user)

    assert letter.home_office_reference == "T1108822"
    assert letter.port_reference == "EAS/2023/04417"
    assert letter.letter_date.isoformat() == "2024-03-14"
    assert letter.numbered and letter.missing_numbers == []
    assert [p.position for p in letter.paragraphs.all()] == list(range(1, 32))
    assert not any("Harehills Lane" in p.text for p in letter.paragraphs.all())
    first = letter.paragraphs.first()
    assert (first.number, first.section, first.starts_section) == ("1", "Introduction", True)


def test_progress_counts_the_reviewed_paragraphs_and_finds_where_to_go_on(case, user):
    letter = save_letter(case, user, forty_paragraphs())
    assert status.for_case(case) == status.Progress(0, 40, 1)

    for position in (1, 2, 4):
        answer(letter.paragraphs.get(position=position), user, response=Response.AGREE)

    assert Letter.objects.get(pk=letter.pk).progress == status.Progress(3, 40, 3)


def test_every_paragraph_reviewed_is_done(case, user):
    letter = save_letter(case, user, letter_text("sudan_darfur"))
    letter.paragraphs.update(response=Response.AGREE, reviewed_at=letter.imported)

    progress = Letter.objects.get(pk=letter.pk).progress

    assert progress.done and progress.next_position is None and progress.reviewed == 21


def test_a_case_without_a_letter_has_no_progress(case):
    assert status.for_case(case) is None
    assert status.letter_of(case) is None


def test_an_answer_marks_a_paragraph_reviewed_and_taking_it_back_does_not(case, user):
    paragraph = save_letter(case, user).paragraphs.get(position=7)

    answer(paragraph, user, response=Response.MISTAKE)
    reviewed_at = paragraph.reviewed_at
    answer(paragraph, user, comment="Still a mistake")
    assert paragraph.reviewed_at == reviewed_at  # a later change keeps when it was first reviewed
    answer(paragraph, user, response="")

    assert paragraph.reviewed_at is None and paragraph.updated_by == user


def test_the_evidence_planner_lists_a_cases_paragraphs_with_their_kind_and_evidence(case, user):
    letter = save_letter(case, user)
    answer(
        letter.paragraphs.get(position=12), user, response=Response.DISAGREE, evidence_needed="The summons"
    )
    answer(
        letter.paragraphs.get(position=7), user, response=Response.MISTAKE, evidence_needed="School letter"
    )
    answer(letter.paragraphs.get(position=3), user, response=Response.AGREE)
    other = Case.objects.create(name="Another")
    save_letter(other, user, letter_text("sudan_darfur"))

    listed = Paragraph.objects.for_case(case)

    assert listed.count() == 31 and [p.position for p in listed][:3] == [1, 2, 3]
    assert [(p.number, p.kind, p.evidence_needed) for p in listed.needing_evidence()] == [
        ("7", "credibility", "School letter"),
        ("12", "credibility", "The summons"),
    ]
    assert [p.number for p in listed.disputed()] == ["7", "12"]
    assert not Paragraph.objects.for_case(Case.objects.create(name="Empty")).exists()


def test_paragraphs_with_notes_are_those_with_an_answer_or_any_words(case, user):
    letter = save_letter(case, user)
    answer(letter.paragraphs.get(position=2), user, comment="Check this")
    answer(letter.paragraphs.get(position=5), user, response=Response.AGREE)
    answer(letter.paragraphs.get(position=6), user, truth="AIR Q12")
    answer(letter.paragraphs.get(position=8), user, evidence_needed="Photos")

    assert sorted(p.position for p in letter.paragraphs_with_notes()) == [2, 5, 6, 8]


def test_saving_a_new_letter_replaces_the_old_one_and_its_notes(case, user):
    old = save_letter(case, user)
    answer(old.paragraphs.get(position=7), user, comment="Mine")

    new = save_letter(case, user, letter_text("sudan_darfur"))

    assert Letter.objects.filter(case=case).get() == new
    assert not Paragraph.objects.filter(letter_id=old.pk).exists()
    assert Paragraph.objects.for_case(case).count() == 21


def test_a_letter_has_one_paragraph_at_each_position(case, user):
    letter = save_letter(case, user)

    with pytest.raises(IntegrityError):
        Paragraph.objects.create(letter=letter, position=7, number="7", text="Again")


def test_deleting_the_case_deletes_the_letter_and_a_person_leaving_keeps_their_notes(case, user, make_user):
    helper = make_user("helper")
    paragraph = answer(save_letter(case, user).paragraphs.get(position=7), helper, comment="Their note")
    helper.delete()

    paragraph.refresh_from_db()
    assert paragraph.updated_by is None and paragraph.comment == "Their note"
    case.delete()
    assert not Letter.objects.exists() and not Paragraph.objects.exists()


def test_a_paragraph_knows_its_first_words_and_what_it_accepts(case, user):
    paragraph = save_letter(case, user).paragraphs.get(position=6)

    assert paragraph.first_words(5) == "You state that you were …"
    assert paragraph.accepted_points[0].startswith("It is accepted that conscription at this age")
