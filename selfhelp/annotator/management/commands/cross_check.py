"""``python manage.py cross_check --letter FILE [FILE ...] --interview FILE [FILE ...] [--json]``.

Checks every reference in a refusal letter to numbered interview questions ("AIR Q45", "Q77-81",
"SCI 4.1") against the interview records given: whether the question exists, and whether what the
letter says the person said is in its answer (see ``selfhelp.annotator.crosscheck``). Each
``--interview`` FILE is one record (an AIR or an SCI); photos of one record's pages can be given
together after one ``--interview`` as ``--interview p1.jpg p2.jpg``. Bad input: one line on standard
error, exit status 2.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from selfhelp.annotator.crosscheck import cross_check
from selfhelp.annotator.interview import NOT_AN_INTERVIEW, split_interview
from selfhelp.annotator.management.commands.split_letter import read_text
from selfhelp.annotator.splitter import split


class Command(BaseCommand):
    help = "Check a refusal letter's references to interview questions against the interview records."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--letter", nargs="+", required=True, metavar="FILE", help="the refusal letter")
        parser.add_argument(
            "--interview",
            nargs="+",
            action="append",
            required=True,
            metavar="FILE",
            help="an interview record (repeat the option for a second record)",
        )
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, letter, interview, **options):
        paragraphs = split(read_text(letter).text).paragraphs
        if not paragraphs:
            raise CommandError(f"{letter[0]}: no paragraphs found in the letter.", returncode=2)
        records = []
        for files in interview:
            record = split_interview(read_text(files).text)
            if not record.looks_like_interview:
                raise CommandError(
                    f"{files[0]}: {NOT_AN_INTERVIEW}",
                    returncode=2,
                )
            records.append(record)
        findings = cross_check(paragraphs, records)
        if options["json"]:
            result = {"references": [finding.to_dict() for finding in findings]}
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            return
        if not findings:
            self.stdout.write("The letter cites no numbered interview questions.")
        for finding in findings:
            self.stdout.write(f"Paragraph {finding.paragraph}: {finding.reference} — {describe(finding)}")


def describe(finding) -> str:
    """One plain line on what the check found (the site's pages say the same in the reader's language)."""
    if not finding.found:
        where = f" The words are in question {', '.join(finding.elsewhere)}." if finding.elsewhere else ""
        return f"the record has no such question.{where}"
    if finding.quote is None:
        return "the question is in the record; the letter quotes nothing from it here."
    if finding.quote_in_answer:
        return f"the record's answer says this: “{finding.quote}”."
    if finding.elsewhere:
        return f"not in that answer, but in question {', '.join(finding.elsewhere)}: a wrong number?"
    return f"the record's answer does not say “{finding.quote}”."
