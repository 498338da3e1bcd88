"""``python manage.py split_interview FILE [FILE ...] [--json]``: an interview record's questions.

One .txt, .pdf or .docx file, or photos of the pages (.jpg, .png) in page order: an asylum interview
record (AIR) or a screening interview record (SCI). With ``--json`` it prints
``{"details": {...}, "questions": [{"number", "question", "answer", "notes"}]}``; without, a listing a
person can read. A file that cannot be read, or a record with no numbered questions, gives one line on
standard error and exit status 2.
"""

import json
import textwrap

from django.core.management.base import BaseCommand, CommandError

from selfhelp.annotator.interview import NOT_AN_INTERVIEW, split_interview
from selfhelp.annotator.management.commands.split_letter import read_text


class Command(BaseCommand):
    help = "Split a Home Office interview record (AIR or SCI) into its numbered questions and answers."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="+", metavar="FILE", help="the record, or photos of its pages in order"
        )
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, files, **options):
        record = split_interview(read_text(files).text)
        if not record.looks_like_interview:
            raise CommandError(
                f"{files[0]}: {NOT_AN_INTERVIEW}",
                returncode=2,
            )
        if options["json"]:
            self.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
            return
        details = record.details
        lines = [
            f"Kind: {details.kind or 'not found'}",
            f"Date of the interview: {details.date.isoformat() if details.date else 'not found'}",
            f"Interpreter's language: {details.interpreter_language or 'not found'}",
            f"{len(record.questions)} questions.",
        ]
        for question in record.questions:
            lines += ["", f"Q{question.number}  {question.question}"]
            lines += textwrap.wrap(question.answer, 100, initial_indent="  A. ", subsequent_indent="     ")
            lines += [f"  [note] {note}" for note in question.notes]
        self.stdout.write("\n".join(lines))
