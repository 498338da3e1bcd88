"""The ``deadlines`` management command: JSON, the table, and exit status 2 for bad input.

No test here needs the database: the command is a pure calculation.
"""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> str:
    out = StringIO()
    call_command("deadlines", *args, stdout=out)
    return out.getvalue()


def test_the_json_output_has_every_deadline_with_dates_source_steps_and_doubts():
    data = json.loads(
        run("--decision", "refusal", "--letter-date", "2026-03-19", "--sent", "2026-03-20", "--json")
    )
    assert [d["key"] for d in data["deadlines"]] == ["ftt-appeal", "appeal-rights-exhausted", "support-ends"]
    appeal = data["deadlines"][0]
    assert appeal["title"] == "Appeal to the First-tier Tribunal"
    assert appeal["last_day"] == "2026-04-07"
    assert appeal["safe_date"] == "2026-04-02"
    assert appeal["source"] == {
        "citation": (
            "Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014, rule 19(2)"
        ),
        "url": "https://www.legislation.gov.uk/uksi/2014/2604/article/19",
        "checked": "2026-12-06",
    }
    assert "Fri 3 Apr 2026 is Good Friday. It is not a working day." in appeal["steps"]
    assert all(isinstance(line, str) for line in appeal["steps"] + appeal["uncertain"])
    assert any("4pm" in line for line in appeal["uncertain"])
    assert any("no deadline in law" in note for note in data["notes"])
    assert data["warnings"] == []


def test_the_json_output_passes_detention_outside_the_uk_and_the_nation_to_the_rules():
    data = json.loads(
        run("--decision", "notice-of-intent", "--received", "2026-03-03", "--detained", "--json")
    )
    assert data["deadlines"][0]["last_day"] == "2026-03-10"  # 7 days when detained
    data = json.loads(
        run("--decision", "refusal", "--sent", "2025-12-19", "--nation", "scotland", "--json"),
    )
    assert data["deadlines"][0]["last_day"] == "2026-01-05"  # 2 January is a Scottish holiday
    data = json.loads(
        run("--decision", "out-of-country-appeal", "--departed", "2026-01-20", "--json"),
    )
    assert data["deadlines"][0]["last_day"] == "2026-02-17"  # 28 days after leaving


def test_a_claim_certified_after_june_2022_prints_no_appeal_deadline_after_leaving_and_says_why():
    args = (
        "--decision",
        "certified",
        "--letter-date",
        "2026-03-02",
        "--outside-uk",
        "--departed",
        "2026-03-20",
    )
    data = json.loads(run(*args, "--json"))
    assert [d["key"] for d in data["deadlines"]] == ["judicial-review"]
    [warning] = data["warnings"]
    assert "section 94(3A)" in warning
    output = run(*args)
    assert output.startswith("WARNING: You have no appeal, from inside or outside the UK.")
    assert "ftt-appeal" not in output


def test_a_refusal_after_leaving_prints_no_date_counted_from_leaving_and_warns_first():
    output = run("--decision", "refusal", "--sent", "2026-01-02", "--outside-uk", "--departed", "2026-01-20")
    assert output.startswith("WARNING: Leaving the UK ends your appeal.")
    assert "Fri 16 Jan 2026" in output  # 2 Jan + 14 (the in-UK limit)
    assert "Tue 17 Feb 2026" not in output  # never 20 Jan + 28
    assert "You left the UK on" not in output


def test_an_out_of_country_appeal_shows_the_counting_from_the_day_you_left():
    output = run("--decision", "out-of-country-appeal", "--departed", "2026-03-02")
    assert "    - You left the UK on Mon 2 Mar 2026." in output.splitlines()
    assert "    - Day 28 after that is Mon 30 Mar 2026." in output.splitlines()
    assert "rule 19(3)(a)" in output


def test_the_table_lines_up_the_deadlines_then_shows_the_counting_and_the_notes():
    output = run("--decision", "sar", "--received", "2026-01-31")
    lines = output.splitlines()
    assert lines[0].split() == ["Deadline", "Last", "day", "Safe", "date", "Key"]
    header_columns = [lines[0].index("Last day"), lines[0].index("Safe date"), lines[0].index("Key")]
    row = next(line for line in lines if line.endswith("sar-response"))
    assert [
        row.index("Mon 2 Mar 2026"),
        row.index("Fri 27 Feb 2026"),
        row.index("sar-response"),
    ] == header_columns
    assert "How we counted:" in output
    assert "    - That month has no day 31, so we use the last day of the month: Sat 28 Feb 2026." in lines
    assert "Not certain:" in output
    assert "Notes:" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "--decision is required"),
        (("--decision", "appeal-allowed"), "--decision: 'appeal-allowed' is not a kind of decision"),
        (("--decision", "refusal"), "--sent: Give the date it was sent"),
        (("--decision", "refusal", "--sent", "20/03/2026"), "--sent: '20/03/2026' is not a date"),
        (("--decision", "refusal", "--sent", "2026-02-30"), "--sent: '2026-02-30' is not a date"),
        (("--decision", "refusal", "--sent", "2026-03-20", "--nation", "wales"), "--nation: 'wales'"),
        (
            ("--decision", "refusal", "--sent", "2026-03-20", "--received", "2026-03-19"),
            "--received: The date it was received cannot be before the date it was sent",
        ),
        (("--decision", "refusal", "--sent", "2026-03-20", "--departed", "2026-03-25"), "--departed:"),
        (
            ("--decision", "out-of-country-appeal", "--letter-date", "2026-03-02"),
            "--departed: Give the date you left the UK",
        ),
    ],
)
def test_missing_impossible_or_badly_written_input_is_an_error_with_exit_status_2(args, message):
    with pytest.raises(CommandError) as caught:
        run(*args)
    assert caught.value.returncode == 2
    assert str(caught.value).startswith(message)


def manage(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, "manage.py", "deadlines", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_from_the_shell_bad_input_prints_one_line_on_stderr_and_exits_with_status_2():
    finished = manage("--decision", "refusal", "--sent", "20/03/2026")
    assert finished.returncode == 2
    assert finished.stdout == ""
    assert finished.stderr.strip().splitlines() == [
        "CommandError: --sent: '20/03/2026' is not a date. Write it as YYYY-MM-DD, for example 2026-03-20."
    ]


def test_from_the_shell_good_input_prints_json_and_exits_with_status_0():
    finished = manage("--decision", "support-refusal", "--received", "2026-12-24", "--json")
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)["deadlines"][0]["last_day"] == "2026-12-29"
