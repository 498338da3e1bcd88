"""Suggesting what kind of point a paragraph makes, and finding what it accepts."""

import pytest

from selfhelp.annotator.kinds import (
    KINDS,
    MARKERS,
    PRECEDENCE,
    accepted_points,
    explain_kind,
    sentences,
    suggest_kind,
)
from tests.annotator import make_letters


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Your account of the raid was vague and lacking in detail, and inconsistent with what "
            "you said at your screening interview.",
            "credibility",
        ),
        ("It is considered implausible that you were able to leave without being stopped.", "credibility"),
        ("It is accepted that you are a national of Eritrea.", "accepted"),
        ("Your nationality has been accepted.", "accepted"),
        (
            "The CPIN and the country guidance in MST and Others (national service – risk categories) "
            "Eritrea CG [2016] UKUT 00443 (IAC) describe the treatment of returnees.",
            "country-information",
        ),
        (
            "You travelled through France, a safe country, and did not claim asylum there. "
            "Section 8 applies.",
            "section-8",
        ),
        (
            "There is a sufficiency of protection in Albania and in any event you could relocate "
            "internally to Tirana; it would not be unduly harsh.",
            "protection-relocation",
        ),
        (
            "You have a partner in the United Kingdom. Your family and private life has been "
            "considered under Appendix FM and paragraph 276ADE(1)(vi).",
            "article-8",
        ),
        ("Your claim is refused. You have a right of appeal to the First-tier Tribunal.", "decision"),
        ("You were interviewed on 12 January 2024 with a Tigrinya interpreter.", "other"),
    ],
)
def test_a_paragraph_gets_the_kind_its_words_point_to(text, kind):
    assert suggest_kind(text) == kind


def test_a_paragraph_that_accepts_one_thing_and_rejects_another_is_a_credibility_point():
    text = (
        "It is accepted that you worked for a non-governmental organisation, but it is not accepted that you "
        "were targeted by the Taliban."
    )
    assert suggest_kind(text) == "credibility"
    assert accepted_points(text) == ["It is accepted that you worked for a non-governmental organisation"]


def test_not_accepted_is_never_an_accepted_point():
    for text in (
        "It is not accepted that you deserted.",
        "Your account cannot be accepted.",
        "Your claim has not been accepted.",
        "The Secretary of State does not accept that you are a convert.",
    ):
        assert accepted_points(text) == []
        assert suggest_kind(text) == "credibility"


def test_accepted_points_are_whole_sentences_and_initials_do_not_end_them():
    text = (
        "You were asked about the church. The letter from the Reverend D. Campbell confirms that you attend. "
        "It is accepted that you were baptised on 9 April 2023 (AIR Q.96). However, little weight can be "
        "placed on the letter."
    )
    assert sentences(text)[1] == "The letter from the Reverend D. Campbell confirms that you attend."
    assert accepted_points(text) == ["It is accepted that you were baptised on 9 April 2023 (AIR Q.96)."]


def test_a_point_not_held_against_the_person_is_an_accepted_point():
    text = "The discrepancy about the year has not been held against you."
    assert accepted_points(text) == [text]


def test_a_specific_legal_test_wins_over_the_decision_words_in_its_conclusion():
    text = (
        "There are no exceptional circumstances which would make your removal unjustifiably harsh. "
        "Your claim under Article 8 is therefore refused."
    )
    assert suggest_kind(text) == "article-8"


def test_the_section_heading_tips_the_balance():
    text = "Consideration has been given to your journey to the United Kingdom."
    assert suggest_kind(text) == "other"
    assert suggest_kind(
        text, "Section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004"
    ) == ("section-8")
    assert suggest_kind("Details of how to appeal are enclosed.", "Your right of appeal") == "decision"


def test_a_heading_about_a_claimed_event_does_not_stop_an_accepted_point():
    text = "It is therefore accepted that you worked as a driver between 2016 and 2021."
    assert suggest_kind(text, "Your claimed employment") == "accepted"


def test_a_certificate_of_baptism_is_not_a_certification():
    text = "You said that baptism is when you get a certificate from the church."
    assert suggest_kind(text) != "decision"


def test_ties_go_to_the_kind_listed_first_and_the_reasons_say_which_words_counted():
    suggestion = explain_kind("Your account is vague. The background information says otherwise.")
    assert suggestion.scores["credibility"] == suggestion.scores["country-information"]
    assert suggestion.kind == "credibility"
    assert ("credibility", "vague") in suggestion.reasons
    assert ("country-information", "background information") in suggestion.reasons


def test_the_kinds_are_stable_keys_and_every_kind_has_a_place_in_the_precedence():
    assert KINDS == (
        "credibility",
        "accepted",
        "country-information",
        "section-8",
        "protection-relocation",
        "article-8",
        "decision",
        "other",
    )
    assert set(PRECEDENCE) == set(MARKERS) == set(KINDS) - {"other"}


# Hand-read expectations for the test letters: the paragraphs whose kind is beyond doubt.
EXPECTED = {
    "eritrea_national_service": {
        "5": "accepted",
        "7": "credibility",
        "9": "credibility",
        "15": "country-information",
        "19": "section-8",
        "20": "section-8",
        "26": "article-8",
        "29": "decision",
        "30": "decision",
    },
    "iran_christian_convert": {
        "6": "accepted",
        "10": "credibility",
        "18": "accepted",
        "24": "country-information",
        "28": "section-8",
        "34": "article-8",
        "36": "decision",
    },
    "afghanistan_ngo_worker": {
        "8": "accepted",
        "14": "credibility",
        "20": "section-8",
        "21": "protection-relocation",
        "22": "protection-relocation",
        "24": "article-8",
        "27": "decision",
    },
    "sudan_darfur": {"12": "credibility", "15": "country-information", "19": "article-8", "20": "decision"},
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_the_test_letters_paragraphs_get_the_kinds_a_reader_would_give_them(name):
    paragraphs = {p.number: p for p in make_letters.load(name).paragraphs}
    got = {
        number: suggest_kind(paragraphs[number].text, paragraphs[number].section) for number in EXPECTED[name]
    }
    assert got == EXPECTED[name]
