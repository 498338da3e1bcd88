"""Every change to a case's interview records, with its line in the case's history."""

from django.db import transaction
from django.utils.translation import gettext_noop

from selfhelp.cases import history
from selfhelp.interviews.models import InterviewQuestion, InterviewRecord

SAVED = history.Message(
    gettext_noop("{user} brought in the {record}"), gettext_noop("You brought in the {record}")
)
DELETED = history.Message(
    gettext_noop("{user} deleted the {record}"), gettext_noop("You deleted the {record}")
)


@transaction.atomic
def save_record(case, user, split, kind, pages=1) -> InterviewRecord:
    """Keep a split record on the case, replacing the one of the same kind."""
    case.interview_records.filter(kind=kind).delete()
    details = split.details
    record = InterviewRecord.objects.create(
        case=case,
        kind=kind,
        interview_date=details.date,
        interpreter_language=(details.interpreter_language or "")[:60],
        pages=pages,
        imported_by=user,
    )
    InterviewQuestion.objects.bulk_create(
        InterviewQuestion(
            record=record,
            position=position,
            number=question.number[:8],
            question=question.question,
            answer=question.answer,
            notes=list(question.notes),
        )
        for position, question in enumerate(split.questions, start=1)
    )
    history.record(case, user, SAVED, record=kind)
    case.save(update_fields=["updated"])
    return record


@transaction.atomic
def delete_record(record, user) -> None:
    case = record.case
    kind = record.kind
    record.delete()
    history.record(case, user, DELETED, record=kind)
    case.save(update_fields=["updated"])


@transaction.atomic
def add_to_answer(paragraph, user, sentence: str) -> None:
    """Add a finding, in the person's words, to their comment on the paragraph (never replacing it)."""
    from selfhelp.annotator.importing import save_paragraph

    if sentence in paragraph.comment:
        return
    comment = f"{paragraph.comment.rstrip()}\n\n{sentence}" if paragraph.comment.strip() else sentence
    paragraph.comment = comment[:5000]
    save_paragraph(paragraph, user)  # writes the paragraph's line in the history
