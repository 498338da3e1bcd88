"""Messages: English dates, translation of templates and of the values inside them."""

import ast
from datetime import date
from pathlib import Path

from selfhelp.deadlines import rules
from selfhelp.deadlines.rules import (
    Step,
    english_date,
)
from tests.deadlines.rules import deadline, refusal


def test_english_dates_read_like_fri_3_apr_2026():
    assert english_date(date(2026, 4, 3)) == "Fri 3 Apr 2026"


def test_a_step_translates_its_template_and_nested_holiday_names_and_formats_dates():
    appeal = deadline(refusal(sent=date(2026, 3, 20)), "ftt-appeal")
    [step] = [s for s in appeal.steps if "Easter Monday" in s.format()]
    french = {
        "{day} is a bank holiday in {nation} ({holiday}). It is not a working day.": (
            "Le {day} est un jour férié en {nation} ({holiday})."
        ),
        "Easter Monday": "lundi de Pâques",
        "England and Wales": "Angleterre et pays de Galles",
    }
    out = step.format(translate=lambda m: french.get(m, m), format_date=date.isoformat)
    assert out == "Le 2026-04-06 est un jour férié en Angleterre et pays de Galles (lundi de Pâques)."


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    step = Step("Day {number} after that is {day}.", {"number": 14, "day": date(2026, 4, 3)})
    assert step.format(translate=lambda m: "Jour {nombre}") == "Day 14 after that is Fri 3 Apr 2026."


def test_every_message_in_the_rules_is_marked_for_translation():
    """Step(...) and step(...) never get a bare string: it must be wrapped in gettext_noop."""
    calls, bare = 0, []
    for module in sorted(Path(rules.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in {"Step", "step"}
                and node.args
            ):
                calls += 1
                if isinstance(node.args[0], ast.Constant | ast.JoinedStr):
                    bare.append(f"{module.name}:{node.lineno}")
    assert calls > 100  # the walk found the rules' messages
    assert bare == []
