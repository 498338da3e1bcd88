"""Joining and splitting paragraphs by hand: pure, no database."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfhelp.annotator.corrections import check_numbers, join, missing_numbers, split, split_points
from selfhelp.annotator.splitter import Paragraph

PARAGRAPHS = (
    Paragraph("6", "Nationality", "Your nationality is accepted.", True, headings=("Nationality",)),
    Paragraph(
        "7",
        "Credibility",
        "You said you left in May. A. You said: “It was June.” It is not accepted.",
        True,
        ("1 AIR Q40.",),
        ("Consideration", "Credibility"),
        unsure=True,
    ),
    Paragraph("9", "Credibility", "Your claim is refused.\nYou may appeal.", footnotes=("2 Section 82.",)),
)


def test_joining_puts_the_next_paragraphs_headings_and_text_on_new_lines_and_keeps_both_footnotes():
    joined = join(PARAGRAPHS, 0)
    assert len(joined) == 2
    assert joined[0].number == "6" and joined[0].section == "Nationality"
    assert joined[0].text == (
        "Your nationality is accepted.\nConsideration\nCredibility\n"
        "You said you left in May. A. You said: “It was June.” It is not accepted."
    )
    assert joined[0].footnotes == ("1 AIR Q40.",)
    assert joined[1] == PARAGRAPHS[2]


def test_the_last_paragraph_cannot_be_joined_with_a_next_one():
    with pytest.raises(IndexError):
        join(PARAGRAPHS, 2)


def test_a_paragraph_can_be_split_at_each_sentence_and_each_line_it_has():
    assert [point.words for point in split_points(PARAGRAPHS[1].text)] == [
        "A. You said: “It was June.” It is",
        "You said: “It was June.” It is not",
        "It is not accepted.",
    ]
    assert [point.words for point in split_points(PARAGRAPHS[2].text)] == ["You may appeal."]


def test_splitting_gives_the_second_part_the_number_chosen_and_the_same_section():
    at = split_points(PARAGRAPHS[1].text)[0].at
    result = split(PARAGRAPHS, 1, at, "8")
    assert [p.number for p in result] == ["6", "7", "8", "9"]
    assert result[1].text == "You said you left in May."
    assert result[1].footnotes == ("1 AIR Q40.",) and not result[1].unsure
    assert result[2] == Paragraph("8", "Credibility", "A. You said: “It was June.” It is not accepted.")
    assert missing_numbers(result) == ()
    assert missing_numbers(PARAGRAPHS) == ("8",)


def test_a_paragraph_is_never_split_where_no_sentence_or_line_starts():
    with pytest.raises(ValueError):
        split(PARAGRAPHS, 1, 5, "8")


def test_the_paragraphs_to_check_are_those_the_reader_was_unsure_of_and_those_before_a_gap():
    assert check_numbers(PARAGRAPHS, ("8",)) == ["7"]
    assert check_numbers(PARAGRAPHS[:1] + PARAGRAPHS[2:], ("7", "8")) == ["6"]
    assert check_numbers(PARAGRAPHS[2:], ()) == []


sentence = st.lists(
    st.sampled_from(["you", "said", "the", "army", "came", "in", "May"]), min_size=1, max_size=8
).map(lambda words: " ".join(words).capitalize() + ".")


@given(st.lists(sentence, min_size=1, max_size=8), st.data())
def test_splitting_then_joining_gives_every_word_back_in_order(sentences, data):
    text = " ".join(sentences)
    paragraphs = (Paragraph("1", "", text), Paragraph("3", "", "Next."))
    points = split_points(text)
    if not points:
        return
    point = data.draw(st.sampled_from(points))
    parts = split(paragraphs, 0, point.at, "2")
    assert (parts[0].text + " " + parts[1].text).split() == text.split()
    assert join(parts, 0)[0].text.split() == text.split()
