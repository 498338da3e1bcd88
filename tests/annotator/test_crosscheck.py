"""Checking a refusal letter's references to interview questions against the interview records."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from hypothesis import given
from hypothesis import strategies as st

from selfhelp.annotator.crosscheck import check_paragraph, cross_check, expand, quote_in, says
from selfhelp.annotator.interview import split_interview
from selfhelp.annotator.splitter import split
from tests.annotator.make_interviews import HERE

AIR_RECORD = split_interview((HERE / "air-qa.txt").read_text())
SCI_RECORD = split_interview((HERE / "sci.txt").read_text())


def findings():
    letter = split((HERE / "letter-citing-air.txt").read_text())
    return {f.paragraph: f for f in cross_check(letter.paragraphs, [AIR_RECORD, SCI_RECORD])}


def test_a_fair_quotation_is_found_in_the_cited_answer():
    two = findings()["2"]

    assert (two.reference, two.kind, two.questions, two.found) == ("AIR Q6", "AIR", ("6",), True)
    assert two.quote == "you left Eritrea in March 2019"
    assert two.quote_in_answer is True
    assert two.cited[0].answer.startswith("I left Eritrea in March 2019")


def test_a_misquote_with_another_month_is_not_in_the_answer():
    three = findings()["3"]

    assert three.quote == "you left Eritrea in June 2019"
    assert three.quote_in_answer is False
    assert three.elsewhere == ()


def test_words_found_under_another_question_point_to_a_wrong_number():
    four = findings()["4"]

    assert (four.questions, four.quote_in_answer, four.elsewhere) == (("9",), False, ("8",))


def test_a_question_the_record_does_not_have_is_not_found():
    five = findings()["5"]

    assert (five.found, five.quote_in_answer) == (False, None)


def test_words_in_quotation_marks_and_a_question_named_in_words_are_checked():
    six = findings()["6"]

    assert (six.reference, six.questions, six.quote, six.quote_in_answer) == (
        "question 7",
        ("7",),
        "a smuggler showed us the way",
        True,
    )


def test_a_range_names_every_question_in_it_and_a_sentence_that_quotes_nothing_has_no_quote():
    seven = findings()["7"]

    assert (seven.questions, seven.found, seven.quote, seven.quote_in_answer) == (
        ("3", "4"),
        True,
        None,
        None,
    )


def test_a_screening_reference_is_checked_against_the_screening_record():
    eight = findings()["8"]

    assert (eight.kind, eight.questions, eight.quote_in_answer) == ("SCI", ("4.1",), True)


def test_without_the_record_a_cited_question_is_not_found_and_nothing_is_claimed():
    [finding] = check_paragraph("2", "You stated that you left in March 2019 (SCI 4.1).", {})

    assert (finding.found, finding.quote_in_answer) == (False, None)


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("45", "AIR", ("45",)),
        ("77-81", "AIR", ("77", "78", "79", "80", "81")),
        ("4.1-4.3", "SCI", ("4.1", "4.2", "4.3")),
        ("81-77", "AIR", ("81", "77")),
        ("1-900", "AIR", ("1", "900")),
    ],
)
def test_a_range_of_questions_is_expanded_within_reason(value, kind, expected):
    assert expand(value, kind) == expected


def test_matching_forgives_ocr_noise_and_person_but_not_a_different_number():
    answer = "I left Eritrea in March 2019 with my uncle."

    assert says(answer, "you left Eritraa in Marc 2019")
    assert not says(answer, "you left Eritrea in March 2018")
    assert not says(answer, "you left Eritrea in May 2019")


def test_the_quote_is_what_follows_you_stated_without_the_reference():
    assert quote_in("At AIR Q12 you stated that your father was arrested in 2015.", "AIR Q12") == (
        "your father was arrested in 2015"
    )
    assert quote_in("This is not accepted (AIR Q12).", "AIR Q12") is None


@given(st.integers(1, 9))  # question 10's answer is one word ("No."): too short to count as a quotation
def test_every_answer_in_the_record_is_found_when_quoted_word_for_word(number):
    question = AIR_RECORD.question(str(number))
    text = f'At AIR Q{number} you said "{question.answer}".'
    [finding] = check_paragraph("1", text, {"AIR": AIR_RECORD})

    assert finding.quote_in_answer is True


# --- manage.py split_interview and cross_check --------------------------------------------------------


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_split_interview_prints_the_record_as_json():
    printed = json.loads(run("split_interview", str(HERE / "sci.txt"), "--json"))

    assert printed["details"] == {"kind": "SCI", "date": "2025-11-20", "interpreter_language": "Farsi"}
    assert printed["questions"][3] == {
        "number": "4.1",
        "question": "When did you leave your country?",
        "answer": "I left Iran in September 2025.",
        "notes": [],
    }


def test_cross_check_prints_each_reference_as_json():
    printed = json.loads(
        run(
            "cross_check",
            "--letter",
            str(HERE / "letter-citing-air.txt"),
            "--interview",
            str(HERE / "air-qa.txt"),
            "--interview",
            str(HERE / "sci.txt"),
            "--json",
        )
    )

    assert printed["references"][2] == {
        "paragraph": "4",
        "reference": "AIR Q9",
        "kind": "AIR",
        "questions": ["9"],
        "found": True,
        "quote": "you never had a passport",
        "quote_in_answer": False,
        "elsewhere": ["8"],
    }


def test_cross_check_says_it_in_plain_words_without_json():
    printed = run(
        "cross_check",
        "--letter",
        str(HERE / "letter-citing-air.txt"),
        "--interview",
        str(HERE / "air-qa.txt"),
    )

    assert "Paragraph 4: AIR Q9 — not in that answer, but in question 8: a wrong number?" in printed
    assert "Paragraph 5: AIR Q45 — the record has no such question." in printed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("split_interview", str(HERE / "letter-citing-air.txt")), "no numbered interview questions found"),
        (("split_interview", str(HERE / "missing.txt")), "cannot be read"),
        (
            (
                "cross_check",
                "--letter",
                str(HERE / "air-qa.txt"),
                "--interview",
                str(HERE / "letter-citing-air.txt"),
            ),
            "no numbered interview questions found",
        ),
    ],
)
def test_bad_input_gets_one_clear_line_and_exit_status_2(args, message):
    with pytest.raises(CommandError) as raised:
        run(*args)

    assert message in str(raised.value)
    assert raised.value.returncode == 2
