"""Finding the references in a paragraph: interview records, questions, statements, country notes,
case law, Immigration Rules, Acts, ECHR articles, dates and places."""

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfhelp.annotator.references import KINDS, find_dates, find_references, parse_date
from tests.annotator import make_letters


def found(text: str) -> list[tuple[str, str, str]]:
    return [(r.kind, r.text, r.value) for r in find_references(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at SCI 4.1 you said", ("interview", "SCI 4.1", "SCI 4.1")),
        ("(SCI Q4.3)", ("interview", "SCI Q4.3", "SCI 4.3")),
        ("(AIR Q45)", ("interview", "AIR Q45", "AIR 45")),
        ("at AIR question 45", ("interview", "AIR question 45", "AIR 45")),
        ("AIR Q77-81", ("interview", "AIR Q77-81", "AIR 77-81")),
        ("in your asylum interview record", ("interview", "asylum interview record", "AIR")),
        ("at your screening interview", ("interview", "screening interview", "SCI")),
        ("(AIR)", ("interview", "AIR", "AIR")),
        ("see Q77-81", ("question", "Q77-81", "77-81")),
        ("see Q77–81", ("question", "Q77–81", "77-81")),
        ("at questions 12 to 15", ("question", "questions 12 to 15", "12-15")),
        ("at question 58 you said", ("question", "question 58", "58")),
        ("(Q.45)", ("question", "Q.45", "45")),
        ("WS paragraph 9", ("statement", "WS paragraph 9", "WS 9")),
        ("(WS para 9)", ("statement", "WS para 9", "WS 9")),
        ("your witness statement", ("statement", "witness statement", "WS")),
        ("your statement of evidence form", ("statement", "statement of evidence form", "SEF")),
        ("at SEF Q12", ("statement", "SEF Q12", "SEF 12")),
    ],
)
def test_interview_records_questions_and_statements_are_found(text, expected):
    assert found(text) == [expected]


def test_a_country_policy_note_is_found_with_its_title():
    note = (
        "Country Policy and Information Note: Eritrea: National service and illegal exit, "
        "version 6.0, July 2023"
    )
    assert found(f"See the {note}.") == [("cpin", note, "Eritrea: National service and illegal exit")]


def test_the_abbreviation_cpin_is_found_and_a_section_of_the_note_is_not_an_act():
    text = "(CPIN Eritrea: National service and illegal exit, version 6.0, July 2023, section 4)"
    kinds = [(kind, value) for kind, _, value in found(text)]
    assert kinds[0] == ("cpin", "Eritrea: National service and illegal exit")
    assert "act-section" not in [kind for kind, _ in kinds]
    assert found("the CPIN states")[0] == ("cpin", "CPIN", "CPIN")


def test_a_country_guidance_case_is_found_by_its_name_and_citation_together():
    case = "MST and Others (national service – risk categories) Eritrea CG [2016] UKUT 00443 (IAC)"
    assert found(f"In {case} the Tribunal") == [("country-guidance", case, "[2016] UKUT 00443 (IAC)")]


def test_a_country_guidance_case_named_without_its_citation_is_found():
    assert found("following MST and Others (national service – risk categories) Eritrea CG, it is") == [
        (
            "country-guidance",
            "MST and Others (national service – risk categories) Eritrea CG",
            "MST and Others (national service – risk categories) Eritrea CG",
        )
    ]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("[2011] UKUT 00105 (IAC)", "case-law", "[2011] UKUT 00105 (IAC)"),
        ("[2023] EWCA Civ 123", "case-law", "[2023] EWCA Civ 123"),
        ("HJ (Iran) v SSHD [2010] UKSC 31", "case-law", "[2010] UKSC 31"),
        ("Soering v UK (1989) 11 EHRR 439", "case-law", "(1989) 11 EHRR 439"),
        ("in line with Devaseelan", "case-law", "Devaseelan"),
    ],
)
def test_case_law_is_found_by_neutral_citation_report_or_a_well_known_name(text, kind, value):
    assert [(r.kind, r.value) for r in find_references(text)] == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("paragraph 339L", "339L"),
        ("paragraph 339O", "339O"),
        ("para 353", "353"),
        ("paragraph 276ADE(1)(vi)", "276ADE(1)(vi)"),
        ("paragraph 12 of the Immigration Rules", "12"),
        ("under Appendix FM", "Appendix FM"),
    ],
)
def test_immigration_rules_are_found(text, value):
    assert [(r.kind, r.value) for r in find_references(text)] == [("immigration-rules", value)]


def test_a_paragraph_of_the_letter_itself_is_not_a_rule():
    assert find_references("as set out at paragraph 12 above") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004", "8 AITOCA 2004"),
        ("section 72", "72"),
        ("certified under s.94", "94"),
        ("s94B", "94B"),
        ("section 8(4)", "8(4)"),
        ("section 117B of the Nationality, Immigration and Asylum Act 2002", "117B NIAA 2002"),
        ("section 8 of the 2004 Act", "8 AITOCA 2004"),
        ("section 3 of the Immigration Act 1971", "3 IA 1971"),
    ],
)
def test_sections_of_acts_are_found_with_a_short_name_for_the_act(text, value):
    assert [(r.kind, r.value) for r in find_references(text)] == [("act-section", value)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Article 3", ["3"]),
        ("Article 8 ECHR", ["8"]),
        ("Article 8 of the European Convention on Human Rights", ["8"]),
        ("Articles 2 and 3 of the ECHR", ["2", "3"]),
        ("Article 1A(2) of the Refugee Convention", []),
        ("Article 15(c) of the Qualification Directive", []),
        ("Article 33 of the Refugee Convention", []),
    ],
)
def test_echr_articles_are_found_but_not_articles_of_other_instruments(text, values):
    assert [r.value for r in find_references(text) if r.kind == "echr"] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on 12 March 2023", "2023-03-12"),
        ("on 12th March 2023", "2023-03-12"),
        ("on 12/03/2023", "2023-03-12"),
        ("on 12.03.2023", "2023-03-12"),
        ("on March 12, 2023", "2023-03-12"),
        ("in March 2019", "2019-03"),
    ],
)
def test_dates_are_found_day_first(text, value):
    assert [(r.kind, r.value) for r in find_references(text)] == [("date", value)]


def test_impossible_dates_and_two_digit_years_are_not_dates():
    assert find_dates("31/02/2023 and 12/03/23") == []
    assert parse_date("Date: 31 February 2024") is None
    assert parse_date("Date: 29 February 2024") == date(2024, 2, 29)


def test_places_are_found_after_a_preposition_when_nothing_says_otherwise():
    text = (
        "You travelled from Asmara to Sawa, then through Libya to the United Kingdom and lived in El Geneina."
    )
    assert [r.value for r in find_references(text) if r.kind == "place"] == [
        "Asmara",
        "Sawa",
        "Libya",
        "United Kingdom",
        "El Geneina",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Asmara you said",  # the first word of a sentence is capitalised anyway
        "in March you said",
        "in Article 8",
        "to the First-tier Tribunal",
        "in line with Tanveer Ahmed",
        "from the Taliban",
        "to the Home Office",
        "in English",
    ],
)
def test_capitalised_words_that_are_not_places_are_left_alone(text):
    assert [r for r in find_references(text) if r.kind == "place"] == []


def test_references_never_overlap_and_come_in_order():
    for name in make_letters.NUMBERED:
        for paragraph in make_letters.load(name).paragraphs:
            references = find_references(paragraph.text)
            for reference in references:
                assert paragraph.text[reference.start : reference.end] == reference.text
                assert reference.kind in KINDS
            for before, after in itertools.pairwise(references):
                assert before.end <= after.start


def test_every_kind_is_found_somewhere_in_the_test_letters():
    kinds = set()
    for name in make_letters.NUMBERED:
        for paragraph in make_letters.load(name).paragraphs:
            kinds.update(r.kind for r in find_references(paragraph.text))
    assert kinds == set(KINDS)


PIECES = [*"AIRSCQWS 0123456789.-–()[]/:ofthe ", "CG", "UKUT", "Article", "section", "paragraph", "in "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_any_text_gives_references_that_are_slices_of_it(text):
    position = 0
    for reference in find_references(text):
        assert text[reference.start : reference.end] == reference.text
        assert reference.start >= position
        position = reference.end
