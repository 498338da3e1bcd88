"""``python manage.py deadlines``: every deadline that follows a decision, as a table or as JSON.

A thin layer over :func:`selfhelp.deadlines.rules.compute`: read the options, build the facts,
print the result. Missing, impossible or badly written input ends with a one-line message on
stderr and exit status 2.
"""

import json
import re
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from selfhelp.deadlines.rules import (
    Deadline,
    Decision,
    Facts,
    FactsError,
    Nation,
    Result,
    compute,
    english_date,
)

# Each date fact and the option that sets it (so an error names the option the person typed).
DATE_OPTIONS = {
    "letter_date": "--letter-date",
    "sent": "--sent",
    "received": "--received",
    "departed": "--departed",
}
FLAG_OPTIONS = {
    "decision": "--decision",
    "nation": "--nation",
    "detained": "--detained",
    "outside_uk": "--outside-uk",
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def usage_error(message: str) -> CommandError:
    return CommandError(message, returncode=2)


def parse_date(value: date | str | None, option: str) -> date | None:
    """A YYYY-MM-DD string (or a date, from call_command) as a date; None stays None."""
    if value is None or isinstance(value, date):
        return value
    if ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise usage_error(f"{option}: {value!r} is not a date. Write it as YYYY-MM-DD, for example 2026-03-20.")


def as_json(result: Result) -> dict:
    return {
        "deadlines": [
            {
                "key": deadline.key,
                "title": deadline.title.format(),
                "last_day": deadline.last_day.isoformat(),
                "safe_date": deadline.safe_date.isoformat(),
                "source": {
                    "citation": deadline.source.citation,
                    "url": deadline.source.url,
                    "checked": deadline.source.checked.isoformat(),
                },
                "steps": [step.format() for step in deadline.steps],
                "uncertain": [step.format() for step in deadline.uncertain],
                "action": deadline.action.format(),
                "rolls": deadline.rolls,
            }
            for deadline in result.deadlines
        ],
        "warnings": [warning.format() for warning in result.warnings],
        "notes": [note.format() for note in result.notes],
    }


def as_table(result: Result) -> str:
    """The warnings first, then the deadlines as aligned plain-text columns, each deadline's reasons,
    and the notes."""
    lines = [f"WARNING: {warning.format()}" for warning in result.warnings]
    if lines:
        lines.append("")
    header = ("Deadline", "Last day", "Safe date", "Key")
    rows = [
        (d.title.format(), english_date(d.last_day), english_date(d.safe_date), d.key)
        for d in result.deadlines
    ]
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()

    lines += [line(header), line(tuple("-" * width for width in widths)), *(line(row) for row in rows)]
    for deadline in result.deadlines:
        lines += ["", *describe(deadline)]
    if result.notes:
        lines += ["", "Notes:", *(f"  - {note.format()}" for note in result.notes)]
    return "\n".join(lines)


def describe(deadline: Deadline) -> list[str]:
    source = deadline.source
    lines = [
        f"{deadline.title.format()} ({deadline.key})",
        f"  Last day:   {english_date(deadline.last_day)}",
        f"  Safe date:  {english_date(deadline.safe_date)}",
        f"  What to do: {deadline.action.format()}",
        f"  Source:     {source.citation} <{source.url}> (checked {source.checked.isoformat()})",
        "  How we counted:",
        *(f"    - {step.format()}" for step in deadline.steps),
    ]
    if deadline.uncertain:
        lines += ["  Not certain:", *(f"    - {step.format()}" for step in deadline.uncertain)]
    return lines


class Command(BaseCommand):
    help = "Show every deadline that follows a decision, with the counting and the sources."
    # A pure calculation: it needs no database and no system checks.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--decision", metavar="KIND", help=f"the kind of decision: {', '.join(Decision)}")
        parser.add_argument(
            "--letter-date", dest="letter_date", metavar="YYYY-MM-DD", help="the date on the letter"
        )
        parser.add_argument(
            "--sent",
            metavar="YYYY-MM-DD",
            help="the postmark or email date (for a SAR: the date you sent the request)",
        )
        parser.add_argument(
            "--received",
            metavar="YYYY-MM-DD",
            help="the date you got it (for a SAR: the date the Home Office got the request)",
        )
        parser.add_argument("--departed", metavar="YYYY-MM-DD", help="the date you left the UK")
        parser.add_argument("--detained", action="store_true", help="you are in detention")
        parser.add_argument(
            "--outside-uk", dest="outside_uk", action="store_true", help="you are outside the UK"
        )
        parser.add_argument(
            "--nation",
            default=Nation.ENGLAND_AND_WALES.value,
            metavar="NATION",
            help=f"the part of the UK you live in, for bank holidays: {', '.join(Nation)}",
        )
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")

    def handle(self, *args, **options):
        facts = self.facts(options)
        try:
            result = compute(facts)
        except FactsError as error:
            option = DATE_OPTIONS.get(error.field) or FLAG_OPTIONS.get(error.field, error.field)
            raise usage_error(f"{option}: {error}") from error
        if options["json"]:
            self.stdout.write(json.dumps(as_json(result), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(as_table(result))

    def facts(self, options) -> Facts:
        if not options.get("decision"):
            raise usage_error(f"--decision is required: one of {', '.join(Decision)}.")
        try:
            decision = Decision(options["decision"])
        except ValueError:
            raise usage_error(
                f"--decision: {options['decision']!r} is not a kind of decision. "
                f"Use one of {', '.join(Decision)}."
            ) from None
        try:
            nation = Nation(options.get("nation") or Nation.ENGLAND_AND_WALES)
        except ValueError:
            raise usage_error(
                f"--nation: {options['nation']!r} is not a part of the UK we know. "
                f"Use one of {', '.join(Nation)}."
            ) from None
        dates = {name: parse_date(options.get(name), option) for name, option in DATE_OPTIONS.items()}
        return Facts(
            decision=decision,
            detained=bool(options.get("detained")),
            outside_uk=bool(options.get("outside_uk")),
            nation=nation,
            **dates,
        )
