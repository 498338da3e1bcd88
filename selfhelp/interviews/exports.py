"""What the interview records add to "Download everything": each record as a text file, question by
question (the rows themselves are in the case's data, found through the case)."""

from selfhelp.interviews.models import InterviewRecord


def record_text(record) -> str:
    lines = [record.get_kind_display()]
    if record.interview_date:
        lines.append(f"Date of the interview: {record.interview_date.isoformat()}")
    if record.interpreter_language:
        lines.append(f"Interpreter's language: {record.interpreter_language}")
    for question in record.questions.all():
        lines += ["", f"Q{question.number}. {question.question}", f"A. {question.answer}"]
        lines += [f"[{note}]" for note in question.notes]
    return "\n".join(lines) + "\n"


def for_export(case, request=None):
    records = InterviewRecord.objects.filter(case=case).prefetch_related("questions")
    return [(f"interviews/{record.kind.lower()}.txt", record_text(record).encode()) for record in records]
