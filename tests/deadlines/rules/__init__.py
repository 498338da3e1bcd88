"""The deadline rules, tested against the rules' own wording and the bank-holiday table.

Expected dates are worked out by hand from the rule (for example "14 days after the date sent")
and the bank holidays in §10 of shared/research/deadline-rules.md; they are never produced by
calling the code under test. These tests import no Django and need no database.

The helpers below are shared by the test modules, one per module of selfhelp/deadlines/rules/.
"""

from selfhelp.deadlines.rules import Deadline, Decision, Facts, Nation, Result, Step, compute

EW = Nation.ENGLAND_AND_WALES
SCOTLAND = Nation.SCOTLAND
NI = Nation.NORTHERN_IRELAND


def deadline(result: Result, key: str) -> Deadline:
    [found] = [d for d in result.deadlines if d.key == key]
    return found


def text(steps: tuple[Step, ...]) -> str:
    return "\n".join(step.format() for step in steps)


def refusal(**facts) -> Result:
    return compute(Facts(Decision.REFUSAL, **facts))
