"""The splitter, on the test letters laid out in every text layout, on small letters written for one
rule each, and on letters and text made up by Hypothesis.

What the splitter should find always comes from the letters' markup (``make_letters.load``), never
from the splitter.
"""

import itertools
import random
from collections import Counter
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from selfhelp.annotator.splitter import Details, Paragraph, SplitLetter, split
from tests.annotator import make_letters
from tests.annotator.make_letters import SourceLetter, SourceParagraph


def words(text: str) -> list[str]:
    return text.split()


def assert_same_paragraphs(letter: SplitLetter, source: SourceLetter, how: str = "") -> None:
    got = [(p.number, p.section, words(p.text)) for p in letter.paragraphs]
    expected = [(number, section, words(text)) for number, section, text in source.expected()]
    assert len(got) == len(expected), how
    for found, wanted in zip(got, expected, strict=True):
        assert found == wanted, f"{how}: paragraph {wanted[0]}"


# Page furniture set-ups, taken in turn by the layouts so that every pair is met somewhere.
FURNITURE = [
    {"footer": "page-of", "header": "marking-ref", "form_feeds": True, "blank_lines": False, "width": 90},
    {"footer": "dash", "header": "name-ref", "form_feeds": False, "blank_lines": True, "width": 72},
    {"footer": "bare", "header": "office", "form_feeds": True, "blank_lines": True, "width": 100},
    {"footer": "ref-page", "header": "none", "form_feeds": False, "blank_lines": False, "width": 80},
    {"footer": "of", "header": "ref", "form_feeds": True, "blank_lines": False, "width": 66},
    {"footer": "page", "header": "marking-ref", "form_feeds": False, "blank_lines": True, "width": 95},
]


@pytest.mark.parametrize("layout", make_letters.TEXT_LAYOUTS)
@pytest.mark.parametrize("name", make_letters.NUMBERED)
def test_every_letter_splits_into_its_own_numbered_paragraphs_in_every_layout(name, layout):
    source = make_letters.load(name)
    for furniture in FURNITURE:
        rendered = make_letters.render_text(source, layout, **furniture)
        letter = split(rendered.text)
        how = f"{name} {layout} {furniture}"
        assert letter.numbered, how
        assert_same_paragraphs(letter, source, how)
        assert letter.details == Details(source.reference, source.meta["port"], source.letter_date), how
        assert letter.missing_numbers == source.missing, how
        assert words(letter.closing) == words("\n".join(source.closing)), how
        assert {" ".join(words(line)) for line in rendered.furniture} <= set(letter.furniture), how
        assert make_letters.points_not_on_their_own_line(letter, source) == [], how


@pytest.mark.parametrize("name", make_letters.NUMBERED)
def test_a_paragraph_running_across_a_page_break_is_joined_without_the_furniture(name):
    source = make_letters.load(name)
    rendered = make_letters.render_text(source, page_lines=30, footer="page-of", header="marking-ref")
    assert rendered.crossings, "the layout should break some paragraph across pages"
    letter = split(rendered.text)
    by_number = {p.number: p for p in letter.paragraphs}
    expected = {p.number: p.text for p in source.paragraphs}
    for number in rendered.crossings:
        assert words(by_number[number].text) == words(expected[number])
        assert "Page" not in by_number[number].text


def test_a_letter_without_paragraph_numbers_is_split_by_blank_lines_and_says_so():
    source = make_letters.load("unnumbered_further_submissions")
    for furniture in FURNITURE:
        letter = split(make_letters.render_text(source, "unnumbered", **furniture).text)
        assert not letter.numbered
        assert_same_paragraphs(letter, source, str(furniture))
        assert letter.to_dict()["numbered"] is False


def test_sub_points_stay_inside_their_paragraph_each_on_its_own_line():
    letter = split(make_letters.render_text(make_letters.load("eritrea_national_service"), "tab").text)
    paragraph_8 = letter.paragraphs[7].text
    assert paragraph_8.split("\n")[1].startswith('"We woke early')
    assert paragraph_8.split("\n")[2].startswith("This description is considered")


def test_a_numbered_list_inside_a_quotation_stays_in_its_paragraph():
    letter = split(make_letters.render_text(make_letters.load("afghanistan_ngo_worker"), "dot").text)
    paragraph_13 = next(p for p in letter.paragraphs if p.number == "13")
    assert paragraph_13.text.split("\n")[1:] == [
        "\"1. Come to the commander's office.",
        "2. Bring the keys of the NGO vehicles.",
        '3. Tell them the names of the foreigners."',
    ]
    assert [p.number for p in letter.paragraphs][12:15] == ["13", "14", "15"]


LETTER = """Home Office Reference: B1234567
Date: 3 April 2024

Dear Ms Haile,

Introduction
1.\tThis letter gives the reasons for refusing your claim.
2.\tYou said that you were detained for two weeks and that
{line}
3.\tIt is accepted that you are a national of Eritrea.
Decision
4.\tYour claim is refused.
"""


@pytest.mark.parametrize(
    "line",
    [
        "2019 was when you were first arrested.",
        "3 men came to the house at night.",
        "3 Eritrean soldiers came to the house at night.",
        "12 March 2023 was the date you gave at interview.",
        "45 of your answers were about your journey.",
        "3. above sets out what was accepted.",
    ],
)
def test_a_line_starting_with_a_number_that_is_not_the_next_paragraph_stays_in_the_text(line):
    letter = split(LETTER.format(line=line))
    assert [p.number for p in letter.paragraphs] == ["1", "2", "3", "4"]
    assert letter.paragraphs[1].text == "You said that you were detained for two weeks and that " + line
    assert letter.paragraphs[3].section == "Decision"


def test_the_sequence_wins_over_a_candidate_that_would_break_it():
    text = "1. First paragraph.\n2. Second paragraph, which mentions\n4 people.\n3. Third.\n4. Fourth.\n"
    assert [p.number for p in split(text).paragraphs] == ["1", "2", "3", "4"]


def test_a_skipped_paragraph_number_is_allowed_and_reported():
    text = "1. First.\n2. Second.\n3. Third.\n5. Fifth, as the Home Office numbered it.\n6. Sixth.\n"
    letter = split(text)
    assert [p.number for p in letter.paragraphs] == ["1", "2", "3", "5", "6"]
    assert letter.missing_numbers == ("4",)


def test_an_address_line_starting_with_1_is_not_paragraph_1():
    text = "1 Station Road\nLeeds LS1 4AB\n\nDear Mr Tesfay,\n\n1.\tFirst.\n2.\tSecond.\n3.\tThird.\n"
    letter = split(text)
    assert [p.text for p in letter.paragraphs] == ["First.", "Second.", "Third."]
    assert letter.preamble.startswith("1 Station Road")


def test_a_number_alone_in_a_hanging_margin_starts_its_paragraph():
    text = "1\nThe first paragraph\nruns on.\n2\nThe second.\n3\n“A quotation.”\n"
    letter = split(text)
    assert [(p.number, p.text) for p in letter.paragraphs] == [
        ("1", "The first paragraph runs on."),
        ("2", "The second."),
        ("3", "“A quotation.”"),
    ]


def test_a_single_pasted_paragraph_keeps_the_home_office_number():
    letter = split("23.\tIt is noted that you did not claim asylum in France.")
    assert letter.numbered
    assert [p.number for p in letter.paragraphs] == ["23"]


def test_a_heading_that_wraps_onto_a_second_line_is_one_section():
    text = (
        "1. First.\n2. Second ends here.\n"
        "Section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act\n2004\n"
        "3. You travelled through France.\n"
    )
    letter = split(text)
    assert letter.paragraphs[2].section == (
        "Section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004"
    )
    assert letter.paragraphs[1].text == "Second ends here."
    assert letter.paragraphs[2].starts_section


@pytest.mark.parametrize(
    "footer",
    ["Page 2 of 3", "page 2 of 3", "2 of 3", "2/3", "- 2 -", "– 2 –", "Page 2", "p. 2", "Page 2 0f 3"],
)
def test_page_numbers_in_their_usual_forms_are_furniture(footer):
    text = f"1. The first paragraph runs\n{footer}\nacross the page.\n2. Second.\n3. Third.\n"
    letter = split(text)
    assert letter.paragraphs[0].text == "The first paragraph runs across the page."
    assert letter.furniture == (footer,)


def test_a_bare_page_number_is_furniture_only_at_page_edges_with_form_feeds():
    text = "1. First runs\n1\fon.\n2. Second runs\n2\fon.\n3. Third.\n"
    letter = split(text)
    assert [p.text for p in letter.paragraphs] == ["First runs on.", "Second runs on.", "Third."]
    assert letter.furniture == ("1", "2")


def test_a_running_header_misread_by_ocr_on_some_pages_is_still_removed():
    headers = ["Our ref: T1108822 Mr T Gebremedhin", "0ur ref: T1108822 Mr T Gebremedhin"]
    text = "\f".join(
        f"{headers[k % 2]}\n{2 * k + 1}. Paragraph {2 * k + 1} runs\non. {2 * k + 2}. Not a number.\n"
        f"{2 * k + 2}. Paragraph {2 * k + 2} too.\nPage {k + 1} of 6"
        for k in range(6)
    )
    letter = split(text)
    assert [p.number for p in letter.paragraphs] == [str(n) for n in range(1, 13)]
    assert not any("ref" in p.text for p in letter.paragraphs)
    assert letter.details.home_office_reference == "T1108822"


def test_the_office_named_in_the_letterhead_and_above_the_signature_is_not_furniture():
    source = make_letters.load("afghanistan_ngo_worker")
    letter = split(make_letters.render_text(source, "hanging", header="none", width=100).text)
    assert letter.closing.split("\n") == ["Yours sincerely", "Asylum Casework"]
    assert "Asylum Casework" in letter.preamble


def test_a_line_that_only_repeats_the_reference_is_furniture_even_on_a_short_letter():
    text = "Ref: B1234567\n\n1. First paragraph.\nB1234567\n2. Second paragraph.\n3. Third.\n"
    letter = split(text)
    assert [p.text for p in letter.paragraphs] == ["First paragraph.", "Second paragraph.", "Third."]
    assert "B1234567" in letter.furniture


def test_a_word_hyphenated_at_the_end_of_a_line_is_joined_keeping_the_hyphen():
    letter = split("1. Your account is inconsis-\ntent and not well-\nfounded.\n2. Next.\n3. Last.\n")
    assert letter.paragraphs[0].text == "Your account is inconsis-tent and not well-founded."


def test_ligatures_and_wide_spaces_from_pdfs_are_made_plain():
    letter = split("1.\u00a0The ﬁrst\u00a0paragraph.\n2. Next.\n3. Last.\n")
    assert letter.paragraphs[0].text == "The first paragraph."


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (
            "Home Office Reference: B1234567\nDate: 12 March 2024",
            Details("B1234567", None, date(2024, 3, 12)),
        ),
        (
            "HO Ref: B1234567\nPort Ref: LHR/123456\n12/03/2024",
            Details("B1234567", "LHR/123456", date(2024, 3, 12)),
        ),
        ("Our reference\nB1234567\nDated: 1st February 2023", Details("B1234567", None, date(2023, 2, 1))),
        ("Your ref: ABC/99\nOur ref: 1234-5678-9012-3456", Details("1234-5678-9012-3456", None, None)),
        (
            "Reference: B1234567\nDate of birth: 01/01/1990\nTuesday 5 March 2024",
            Details("B1234567", None, date(2024, 3, 5)),
        ),
        ("Mr X\nB1234567", Details("B1234567", None, None)),
    ],
)
def test_the_details_at_the_top_are_read_from_their_labels(top, expected):
    letter = split(top + "\n\nDear Mr X,\n\n1. First.\n2. Second.\n3. Third.\n")
    assert letter.details == expected


def test_to_dict_gives_the_documented_shape():
    letter = SplitLetter(
        Details("B1234567", "LHR/1", date(2024, 3, 12)),
        (Paragraph("7", "Nationality", "It is accepted."),),
        True,
    )
    assert letter.to_dict() == {
        "details": {
            "home_office_reference": "B1234567",
            "port_reference": "LHR/1",
            "letter_date": "2024-03-12",
        },
        "paragraphs": [
            {
                "number": "7",
                "section": "Nationality",
                "text": "It is accepted.",
                "footnotes": [],
                "headings": [],
                "unsure": False,
            }
        ],
        "numbered": True,
    }
    assert SplitLetter(Details(), (), False).to_dict()["details"] == {
        "home_office_reference": None,
        "port_reference": None,
        "letter_date": None,
    }


def test_empty_text_gives_an_empty_letter():
    for text in ("", "\n\n", "\f\f", "   \t"):
        letter = split(text)
        assert letter.paragraphs == ()
        assert not letter.numbered


# --- letters as they really come ---------------------------------------------------------------------


def assert_exact(letter: SplitLetter, source: SourceLetter, layout: str, furniture=()) -> None:
    assert make_letters.split_wrongly(letter, source, layout, furniture) == [], layout


@pytest.mark.parametrize("layout", make_letters.LETTER_LAYOUTS)
@pytest.mark.parametrize("name", make_letters.AS_THEY_COME)
def test_a_letter_as_it_really_comes_is_split_exactly(name, layout):
    source = make_letters.load(name)
    rendered = make_letters.render_layout(source, layout)
    assert_exact(split(rendered.text), source, layout, rendered.furniture)


@pytest.mark.parametrize("width", [66, 80, 100])
@pytest.mark.parametrize("layout", ["pdf-text", "viewer", "email"])
def test_page_breaks_falling_anywhere_leave_the_letter_exact(layout, width):
    source = make_letters.load("somalia_minority_clan")
    for page_lines in (30, 34, 38, 44):
        rendered = make_letters.render_layout(source, layout, width=width, page_lines=page_lines)
        assert_exact(split(rendered.text), source, layout, rendered.furniture)


def test_footnotes_at_the_foot_of_a_page_are_kept_apart_from_the_paragraph_running_across_it():
    source = make_letters.load("somalia_minority_clan")
    rendered = make_letters.render_layout(source, "pdf-text", page_lines=40)
    assert "8" in rendered.crossings  # paragraph 8 runs across the page whose foot holds notes 1 and 2
    paragraph_8 = split(rendered.text).paragraphs[7]
    assert "Refugee Convention" not in paragraph_8.text and "Country Policy" not in paragraph_8.text
    assert "the work your family did as leather workers" in paragraph_8.text


def test_a_heading_phrased_as_a_question_starts_a_section():
    letter = split(
        "1. You claim to be Madhiban.\n"
        "Do you have a characteristic which could cause you to fear persecution for a Convention reason?\n"
        "2. Membership of a minority clan may be such a characteristic.\n"
    )
    assert letter.paragraphs[0].text == "You claim to be Madhiban."
    assert letter.paragraphs[1].section.startswith("Do you have a characteristic")


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_two_headings_in_a_row_are_both_kept_as_headings_and_the_last_is_the_section(between):
    letter = split(
        f"1. It is refused.\n\nConsideration of your claim{between}Nationality and identity\n"
        "2. Your nationality is accepted.\n"
    )
    assert letter.paragraphs[0].text == "It is refused."
    assert letter.paragraphs[1].all_headings == ("Consideration of your claim", "Nationality and identity")
    assert letter.paragraphs[1].section == "Nationality and identity"


def test_a_sign_off_without_yours_sincerely_is_the_closing():
    letter = split(
        "1. First.\n2. Your claim is refused.\nA. Caseworker\nSenior Caseworker\n"
        "On behalf of the Secretary of State\n"
    )
    assert letter.paragraphs[1].text == "Your claim is refused."
    assert letter.closing.split("\n") == [
        "A. Caseworker",
        "Senior Caseworker",
        "On behalf of the Secretary of State",
    ]


def test_a_signature_with_a_role_at_the_end_is_the_closing_even_without_on_behalf_of():
    letter = split("1. First.\n2. Your claim is refused.\nJ. Okafor\nSenior Caseworker\n")
    assert letter.paragraphs[1].text == "Your claim is refused."
    assert letter.closing == "J. Okafor\nSenior Caseworker"


@pytest.mark.parametrize(
    "top",
    [
        "Home Office    Our ref: B1234567\nManchester   Date: 03/06/2026\n",
        "Our ref: B1234567\tPort ref: MAN/1/2\tDate: 3 June 2026\n",
        "Mr A Person\tOur ref: B1234567\nDear Mr Person,\nMr A Person Date: 3 June 2026\n",
    ],
)
def test_the_letter_date_is_found_beside_other_text_on_its_line(top):
    letter = split(top + "1. First.\n2. Second.\n3. Third.\n")
    assert letter.details.letter_date == date(2026, 6, 3)
    assert letter.details.home_office_reference == "B1234567"


def test_a_date_of_birth_beside_the_address_is_not_the_letter_date():
    letter = split(
        "Mr A Person    Date of birth: 01/02/1990\nDate: 03/06/2026\n1. First.\n2. Second.\n3. Third.\n"
    )
    assert letter.details.letter_date == date(2026, 6, 3)


def test_markings_and_page_numbers_run_into_the_text_are_taken_out():
    text = (
        "1. You said that the men came OFFICIAL - SENSITIVE\n"
        "at night. Page 1 of 2\n"
        "OFFICIAL - SENSITIVE 2. You left the next day.\n"
        "Credibility Page 2 of 2\n"
        "3. It is not accepted.\n"
    )
    letter = split(text)
    assert [p.text for p in letter.paragraphs] == [
        "You said that the men came at night.",
        "You left the next day.",
        "It is not accepted.",
    ]
    assert letter.paragraphs[2].section == "Credibility"
    assert letter.furniture == ("OFFICIAL - SENSITIVE", "Page 1 of 2", "OFFICIAL - SENSITIVE", "Page 2 of 2")


def test_a_page_number_the_letter_quotes_in_lower_case_stays_in_the_text():
    letter = split("1. See page 3 of 9 of the interview record.\n2. It is refused.\n")
    assert letter.paragraphs[0].text == "See page 3 of 9 of the interview record."


def test_a_number_at_the_foot_of_a_page_that_the_text_never_calls_is_not_a_footnote():
    letter = split("1. You said that there were\n3 men at the door.\fPage 2\n2. It is refused.\n")
    assert letter.paragraphs[0].text == "You said that there were 3 men at the door."
    assert letter.paragraphs[0].footnotes == ()


# --- text read by OCR from photos ---------------------------------------------------------------------

OCR_PAGE = """Introduction
{one}         This letter gives the reasons for refusing your claim.
2        You had a screening interview on 11 September 2025.
3        You claim to be a national of Somalia.
{seven}      You were asked about the raid.
5        {specks}Your nationality is accepted.
6        It is refused.
"""


@pytest.mark.parametrize("misread", ["A.", "Sh", "The", "l."])
def test_a_paragraph_number_misread_by_ocr_is_recovered_from_the_sequence_and_marked_unsure(misread):
    letter = split(OCR_PAGE.format(one="1", seven=misread, specks=""))
    assert [(p.number, p.unsure) for p in letter.paragraphs] == [
        ("1", False),
        ("2", False),
        ("3", False),
        ("4", True),
        ("5", False),
        ("6", False),
    ]
    assert letter.paragraphs[3].text == "You were asked about the raid."
    assert letter.missing_numbers == ()
    assert misread in letter.furniture  # kept: what was read in the number's place


def test_a_run_starting_at_2_takes_a_misread_first_number_as_1():
    letter = split(OCR_PAGE.format(one="A.", seven="4", specks=""))
    assert [p.number for p in letter.paragraphs] == ["1", "2", "3", "4", "5", "6"]
    assert letter.paragraphs[0].unsure and letter.paragraphs[0].section == "Introduction"
    assert letter.paragraphs[0].text == "This letter gives the reasons for refusing your claim."


@pytest.mark.parametrize("specks", ["~+", "= ", "~—- ", "| "])
def test_specks_between_a_number_and_its_first_word_do_not_hide_the_number(specks):
    text = OCR_PAGE.format(one="1", seven="4", specks="").replace("5        ", f"5 {specks}")
    letter = split(text)
    assert [p.number for p in letter.paragraphs] == ["1", "2", "3", "4", "5", "6"]
    assert letter.paragraphs[4].text == f"{specks}Your nationality is accepted.".replace("  ", " ")


def test_a_word_in_a_wide_gap_that_the_sequence_does_not_need_stays_in_the_text():
    text = "1. First.\n2. Second, and:\nThe      Names are listed.\n3. Third.\n"
    letter = split(text)
    assert [p.number for p in letter.paragraphs] == ["1", "2", "3"]
    assert "The Names are listed." in letter.paragraphs[1].text


def test_footnotes_whose_calls_ocr_misread_are_still_kept_apart():
    text = (
        "1. The Refugee Convention applies.’ It is considered.\n"
        "You said that you fear the militia.\nYou said that they took the land.\nYou left in 2024.\n"
        "2. The background evidence says so.?\n"
        "1 Refugee Convention, Article 1A(2).\n"
        "2 Country Policy and Information Note, section 5.3.\n"
        "Page 1 of 2\f"
        "3. Your claim is refused.4\n"
        "4 Section 82 of the 2002 Act.\n"
        "Page 2 of 2\n"
    )
    letter = split(text)
    assert [p.text for p in letter.paragraphs] == [
        "The Refugee Convention applies.’ It is considered. You said that you fear the militia. "
        "You said that they took the land. You left in 2024.",
        "The background evidence says so.?",
        "Your claim is refused.4",
    ]
    assert letter.paragraphs[1].footnotes == (
        "1 Refugee Convention, Article 1A(2).",
        "2 Country Policy and Information Note, section 5.3.",
    )
    assert letter.paragraphs[2].footnotes == ("4 Section 82 of the 2002 Act.",)


# --- properties ------------------------------------------------------------------------------------------

VOCABULARY = (
    "you",
    "claim",
    "that",
    "the",
    "authorities",
    "would",
    "detain",
    "and",
    "question",
    "your",
    "family",
    "about",
    "church",
    "raid",
    "interview",
    "record",
    "statement",
    "evidence",
    "considered",
    "accepted",
    "inconsistent",
    "account",
    "journey",
    "border",
    "asylum",
    "country",
    "France",
    "Italy",
    "Sawa",
    "Asmara",
    "Kabul",
    "Tehran",
    "representatives",
    "letter",
    "document",
    "summons",
    "brother",
    "uncle",
    "village",
    "market",
    "army",
    "unit",
    "commander",
    "smuggler",
    "passport",
)
word = st.sampled_from(VOCABULARY)


@st.composite
def sentence(draw) -> str:
    body = draw(st.lists(word, min_size=3, max_size=14))
    return body[0].capitalize() + " " + " ".join(body[1:]) + "."


@st.composite
def awkward_line(draw, number: int) -> str:
    """A line of the paragraph that begins with a number which is not the next paragraph number."""
    choice = draw(st.integers(0, 4))
    if choice == 0:
        return f"{draw(st.integers(1990, 2024))} was when {draw(sentence())}"
    if choice == 1:
        return f"{draw(st.integers(2, 60))} men came to the house."
    if choice == 2:
        return f"{draw(st.integers(1, 28))} March {draw(st.integers(2000, 2024))} was the date you gave."
    if choice == 3:
        far = draw(st.integers(number + 4, number + 90))
        return f"{far} Eritrean soldiers were there, you said."
    return f"{draw(st.integers(100, 999))} dollars were paid to the agent."


@st.composite
def letters(draw) -> SourceLetter:
    reference = draw(st.from_regex(r"[A-Z][0-9]{7}", fullmatch=True))
    top = [
        "Home Office",
        "Asylum Decisions",
        "Mr A Person",
        f"{draw(st.integers(1, 200))} High Street",
        f"Home Office Reference: {reference}",
        "Date: 12 March 2024",
        "Dear Mr Person,",
        "REASONS FOR REFUSAL",
    ]
    count = draw(st.integers(3, 24))
    headings = draw(
        st.lists(
            st.lists(word, min_size=1, max_size=5).map(lambda w: " ".join(w).capitalize()),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    paragraphs = []
    section = ""
    for number in range(1, count + 1):
        new_section = number == 1 or (draw(st.booleans()) and draw(st.booleans()))
        if new_section:
            section = headings[number - 1]
        parts = [("open", " ".join(draw(st.lists(sentence(), min_size=1, max_size=4))))]
        for _ in range(draw(st.integers(0, 3))):
            kind = draw(st.sampled_from(["soft", "hard", "awkward", "points", "quote"]))
            if kind == "awkward":
                parts.append(("hard", draw(awkward_line(number))))
            elif kind == "points":
                letters_used = "abcdef"[: draw(st.integers(1, 4))]
                parts += [("point", f"{letter}. {draw(sentence())}") for letter in letters_used]
                parts.append(("after", draw(sentence())))
            elif kind == "quote":
                parts.append(("quote", f"“{draw(sentence())}”"))
                parts.append(("after", draw(sentence())))
            else:
                parts.append((kind, draw(sentence())))
        paragraphs.append(SourceParagraph(str(number), section, parts, new_section))
    # Real letters never repeat a line; with a small vocabulary made-up ones would, and a line repeated
    # at the top of half the pages is, by design, a running header. So every third word is preceded
    # by a made-up word of its own.
    made_up = ("".join(random.Random(k).choices("bcdfghjklmnpqrstvwxz", k=6)) for k in itertools.count())
    for paragraph in paragraphs:
        paragraph.parts = [
            (
                kind,
                " ".join((next(made_up) + " " if k % 3 == 2 else "") + w for k, w in enumerate(text.split())),
            )
            for kind, text in paragraph.parts
        ]
    meta = {"reference": reference, "date": "12 March 2024", "name": "Mr A Person", "port": ""}
    return SourceLetter("generated", meta, top, paragraphs, ["Yours sincerely", "A Caseworker"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    source=letters(),
    layout=st.sampled_from(["tab", "dot", "paren", "hanging", "spaces"]),
    width=st.integers(45, 110),
    page_lines=st.integers(12, 50),
    footer=st.sampled_from(list(make_letters.FOOTERS)),
    header=st.sampled_from(list(make_letters.HEADERS)),
    form_feeds=st.booleans(),
    blank_lines=st.booleans(),
)
def test_no_words_of_a_letter_are_lost_or_repeated_whatever_the_layout(
    source, layout, width, page_lines, footer, header, form_feeds, blank_lines
):
    rendered = make_letters.render_text(
        source,
        layout,
        width=width,
        page_lines=page_lines,
        footer=footer,
        header=header,
        form_feeds=form_feeds,
        blank_lines=blank_lines,
    )
    # A number alone at the foot of the only page, or of pages not marked by form feeds, cannot be
    # told from a paragraph number in a hanging margin.
    assume(footer != "bare" or (form_feeds and rendered.pages > 1))
    letter = split(rendered.text)
    assert_same_paragraphs(letter, source)
    assert words(letter.closing) == ["Yours", "sincerely", "A", "Caseworker"]
    assert letter.details.home_office_reference == source.reference
    # The preamble keeps the top block's words in order (with a running header that appears on one
    # page only, which cannot be told from the letterhead).
    given = iter(words(rendered.text))
    assert all(any(w == g for g in given) for w in words(letter.preamble))


def rebuilt(letter: SplitLetter) -> str:
    """Every word the splitter gave back, headings and (for numbered letters) numbers included."""
    parts = [letter.preamble]
    for paragraph in letter.paragraphs:
        parts.extend(paragraph.all_headings)
        if letter.numbered:
            parts.append(paragraph.number)
        parts.append(paragraph.text)
        parts.extend(paragraph.footnotes)  # kept apart from the text, but kept
    return " ".join([*parts, letter.closing, *letter.furniture, *letter.footnotes])


text_alphabet = st.sampled_from([*"abcdefgh ABCDE 0123456789 .,:;()\"“”'-\t\n\n\n\f", "Page ", "Dear "])


@settings(max_examples=400, deadline=None)
@given(st.lists(text_alphabet, max_size=400).map("".join))
def test_arbitrary_text_never_loses_or_repeats_a_character(text):
    letter = split(text)
    given_back = Counter("".join(rebuilt(letter).split()))
    original = Counter("".join(text.split()))
    assert given_back <= original  # nothing invented or repeated
    # Only the full stop or bracket after a paragraph number may be dropped.
    lost = original - given_back
    assert set(lost) <= {".", ")"}
    assert sum(lost.values()) <= len(letter.paragraphs)
