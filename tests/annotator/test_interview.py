"""Splitting an interview record into its questions: the layouts, page furniture, notes and details."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfhelp.annotator.extract import ocr_available, text_from_upload
from selfhelp.annotator.interview import AIR, SCI, split_interview
from tests.annotator import make_interviews
from tests.annotator.make_interviews import HERE


def record(name):
    return split_interview((HERE / name).read_text())


def test_a_q_and_a_record_is_split_into_its_numbered_questions_and_answers():
    air = record("air-qa.txt")

    assert air.numbers() == [str(n) for n in range(1, 11)]
    assert air.question("6").question == "When did you leave Eritrea?"
    assert (
        air.question("6").answer
        == "I left Eritrea in March 2019 with my uncle. We walked to the border at night."
    )
    assert air.question("3").answer == "3 brothers and 2 sisters."


def test_an_answer_that_runs_across_a_page_is_joined_and_the_page_furniture_is_gone():
    air = record("air-qa.txt")
    five = air.question("5").answer

    assert five == (
        "In January 2016 I was taken to Sawa. I stayed there for two years and then I was sent to a unit "
        "near Assab."
    )
    everything = " ".join(q.question + " " + q.answer + " ".join(q.notes) for q in air.questions)
    for furniture in ("OFFICIAL", "Page 2 of 3", "initials"):
        assert furniture not in everything


def test_breaks_and_the_interpreters_remarks_are_notes_not_answers():
    air = record("air-qa.txt")

    assert air.question("5").notes == ("[Break taken 11:05 to 11:20]",)
    assert air.question("7").notes[0].startswith("Interpreter asked to clarify the word")
    assert "Interpreter" not in air.question("7").answer


def test_the_details_of_the_record_are_read_from_its_heading():
    assert record("air-qa.txt").to_dict()["details"] == {
        "kind": AIR,
        "date": "2026-05-14",
        "interpreter_language": "Tigrinya",
    }
    assert record("sci.txt").to_dict()["details"] == {
        "kind": SCI,
        "date": "2025-11-20",
        "interpreter_language": "Farsi",
    }
    assert record("air-table.txt").details.interpreter_language == "Kurdish (Sorani)"


def test_a_table_row_gives_its_number_question_and_answer():
    air = record("air-table.txt")

    assert air.numbers() == ["1", "2", "3", "4", "5"]
    assert air.question("4").question == "When did you arrive in the UK?"
    assert air.question("4").answer == "On 3 October 2025, by small boat."


def test_a_screening_record_is_numbered_by_part_and_its_part_headings_are_not_answers():
    sci = record("sci.txt")

    assert sci.numbers() == ["1.1", "1.2", "1.3", "4.1", "4.2", "4.3"]
    assert sci.question("1.3").answer == "Iranian"
    assert sci.question("4.1").answer == "I left Iran in September 2025."


def test_a_number_at_the_start_of_an_answer_line_is_not_taken_for_a_question():
    text = (
        "Q1. How many brothers do you have?\nA. I have\n3 brothers, all in the army.\nQ2. Sisters?\nA. None."
    )
    split = split_interview(text)

    assert split.numbers() == ["1", "2"]
    assert split.question("1").answer == "I have 3 brothers, all in the army."


def test_an_inline_answer_marker_splits_the_question_from_its_answer():
    split = split_interview(
        "Q1. Do you understand the interpreter? A. Yes.\nQ2. Are you well? A. Yes, thank you."
    )

    assert [(q.question, q.answer) for q in split.questions] == [
        ("Do you understand the interpreter?", "Yes."),
        ("Are you well?", "Yes, thank you."),
    ]


def test_a_refusal_letter_is_not_taken_for_an_interview_record():
    letter = record("letter-citing-air.txt")

    assert letter.questions  # its paragraphs are numbered …
    assert not letter.looks_like_interview  # … but they ask nothing
    assert record("air-table.txt").looks_like_interview


def test_a_word_table_reads_back_as_the_same_questions(tmp_path):
    path = make_interviews.make_docx(tmp_path / "air.docx")
    split = split_interview(text_from_upload("air.docx", path.read_bytes()).text)

    assert [(q.number, q.question, q.answer) for q in split.questions] == [
        (q.number, q.question, q.answer) for q in make_interviews.questions()
    ]
    assert split.details.date.isoformat() == "2026-05-14"


def test_a_pdf_table_over_several_pages_keeps_every_question_and_drops_its_running_header(tmp_path):
    path = make_interviews.make_pdf(tmp_path / "air.pdf")
    split = split_interview(text_from_upload("air.pdf", path.read_bytes()).text)

    assert split.numbers() == [str(n) for n in range(1, 41)]
    assert (
        split.question("6").answer
        == "I left Eritrea in March 2019 with my uncle. We walked to the border at night."
    )
    assert not any("OFFICIAL" in q.answer or "Page " in q.answer for q in split.questions)


@pytest.mark.skipif(not ocr_available(), reason="needs Tesseract")
def test_photos_of_a_pdf_record_give_the_questions_back(tmp_path):
    from selfhelp.annotator.extract import text_from_uploads
    from tests.annotator.make_letters import make_page_images

    pdf = make_interviews.make_qa_pdf(tmp_path / "air.pdf")
    photos = make_page_images(pdf, tmp_path, [0])
    split = split_interview(text_from_uploads([(p.name, p.read_bytes()) for p in photos]).text)

    assert split.question("6") is not None
    assert "March 2019" in split.question("6").answer


# --- no question lost or duplicated ---------------------------------------------------------------

words = st.text(alphabet=st.sampled_from("abcdefghij klmnop"), min_size=3, max_size=60).map(
    lambda s: " ".join(s.split()) or "yes"
)
LAYOUTS = {
    "qa": lambda n, q, a: f"Q{n}. {q}?\nA. {a}.",
    "inline": lambda n, q, a: f"Q{n}. {q}? A. {a}.",
    "table": lambda n, q, a: f"{n}\t{q}?\t{a}.",
    "blocks": lambda n, q, a: f"{n}. {q}?\n{a}.",
}


@given(st.lists(st.tuples(words, words), min_size=1, max_size=40), st.sampled_from(sorted(LAYOUTS)))
def test_no_question_is_lost_or_duplicated_and_every_answer_comes_back(pairs, layout):
    text = "ASYLUM INTERVIEW RECORD\n\n" + "\n".join(
        LAYOUTS[layout](n, q, a) for n, (q, a) in enumerate(pairs, start=1)
    )
    split = split_interview(text)

    assert split.numbers() == [str(n) for n in range(1, len(pairs) + 1)]
    assert [(q.question, q.answer) for q in split.questions] == [(f"{q}?", f"{a}.") for q, a in pairs]
