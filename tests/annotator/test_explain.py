"""References and kinds of point explained in the reader's language, each linked to what helps."""

import pytest
from django.utils import translation

from guides.models import GlossaryTerm, Guide
from selfhelp.annotator.explain import Annotator, Links, annotate, explain, kind_help
from selfhelp.annotator.models import PointKind
from selfhelp.annotator.references import find_references

pytestmark = pytest.mark.django_db


def explained(text):
    """The one reference in ``text``, explained in English."""
    found = find_references(text)
    assert len(found) == 1, found
    with translation.override("en"):
        return explain(found[0], Links())


def urls(item):
    return [link.url for link in item.links]


@pytest.mark.parametrize(
    ("text", "kind", "meaning", "url"),
    [
        (
            "(AIR Q45)",
            "interview",
            "Question 45 of your asylum interview record (AIR): the record of your main interview.",
            "/en/glossary/air/",
        ),
        (
            "(AIR Q77-81)",
            "interview",
            "Questions 77 to 81 of your asylum interview record (AIR)",
            "/en/glossary/air/",
        ),
        (
            "(SCI 4.1)",
            "interview",
            "Question 4.1 of your screening interview record (SCI)",
            "/en/glossary/sci/",
        ),
        ("at Q12", "question", "Question 12 of an interview record.", "/en/glossary/question-number/"),
        ("(WS paragraph 9)", "statement", "Paragraph 9 of your witness statement (WS).", "/en/glossary/ws/"),
        (
            "the CPIN Eritrea: National service and illegal exit, version 6.0",
            "cpin",
            "A Home Office note about your country (CPIN): “Eritrea: National service and illegal exit”.",
            "/en/glossary/cpin/",
        ),
        (
            "MST and Others (national service – risk categories) Eritrea CG [2016] UKUT 00443 (IAC)",
            "country-guidance",
            "A country guidance case ([2016] UKUT 00443 (IAC)).",
            "/en/glossary/country-guidance-case/",
        ),
        (
            "the principles in Tanveer Ahmed",
            "case-law",
            "A decision of a court or tribunal (Tanveer Ahmed) that the Home Office relies on.",
            None,
        ),
        (
            "paragraph 339L of the Immigration Rules",
            "immigration-rules",
            "Paragraph 339L of the Immigration Rules: the rules the Home Office must follow. It is about "
            "when you should be believed even without proof.",
            "/en/glossary/credibility/",
        ),
        (
            "section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004",
            "act-section",
            "Section 8 of the Asylum and Immigration (Treatment of Claimants, etc.) Act 2004, a law made by "
            "Parliament.",
            "/en/glossary/section-8/",
        ),
        (
            "would not breach Article 3 ECHR",
            "echr",
            "Article 3 of the European Convention on Human Rights. It protects you from torture",
            "/en/glossary/article-3/",
        ),
        (
            "under Article 8",
            "echr",
            "It protects your family life and private life.",
            "/en/glossary/article-8/",
        ),
        (
            "on 12 March 2023",
            "date",
            "A date: 12 March 2023. Check it against your interviews",
            "/en/guides/reading-your-letter/#mistakes",
        ),
        (
            "you hid in Mendefera",
            "place",
            "A place: Mendefera. Check that it is the right place.",
            "/en/guides/reading-your-letter/#mistakes",
        ),
    ],
)
def test_each_kind_of_reference_is_explained_and_linked(guides, text, kind, meaning, url):
    item = explained(text)

    assert item.kind == kind
    assert meaning in item.meaning
    if url:
        assert url in urls(item)
    else:
        assert item.links == ()


def test_a_country_note_links_to_its_catalogue_page_only_when_that_page_exists(guides):
    text = "the CPIN Eritrea: National service and illegal exit, version 6.0"
    exists = Guide.objects.evidence().filter(slug="country-policy-notes").exists()

    with_page = urls(explained(text))
    Guide.objects.filter(slug="country-policy-notes").delete()
    without_page = urls(explained(text))

    assert ("/en/evidence/country-policy-notes/" in with_page) == exists
    assert without_page == ["/en/glossary/cpin/"]


def test_a_month_and_year_is_shown_as_such():
    assert "A date: March 2019." in explained("in March 2019").meaning


def test_a_section_of_an_act_not_named_asks_which_law():
    item = explained("under section 72 of it")

    assert "Section 72 of a law made by Parliament. The letter should say which law." in item.meaning
    assert item.links == ()


def test_the_link_to_the_glossary_uses_the_terms_own_words_in_the_readers_language(guides):
    found = find_references("(AIR Q45)")[0]

    with translation.override("ar"):
        item = explain(found, Links())

    assert item.links[0].url == "/ar/glossary/air/"
    term = GlossaryTerm.objects.get(key="section-8")
    assert term.term_ar and term.term_ar != term.term_en
    with translation.override("ar"):
        section = explain(find_references("under section 8")[0], Links())
    assert term.term_ar in section.links[0].text


def test_links_are_looked_up_once_for_a_whole_page(guides, django_assert_max_num_queries):
    text = "(AIR Q45) (SCI 4.1) on 12 March 2023 in Asmara, paragraph 339L, Article 3, the CPIN"
    links = Links()

    with django_assert_max_num_queries(3):
        for _ in range(40):
            annotate(text, links)


def test_the_pieces_of_a_paragraph_are_its_words_exactly_with_the_references_numbered():
    text = 'You said "March" at AIR Q45 <b>but</b> 12 March 2023 in WS paragraph 9.'

    result = annotate(text, Links())

    assert "".join(piece for piece, _ in result.pieces) == text
    assert [piece for piece, n in result.pieces if n] == ["AIR Q45", "12 March 2023", "WS paragraph 9"]
    assert [n for _, n in result.pieces if n] == [1, 2, 3]


def test_a_whole_letter_explains_each_kind_once_and_each_interview_record_once(guides):
    annotator = Annotator(grouped=True)

    first = annotator.pieces("At AIR Q45 and AIR Q52 you said 12 March 2023, then 1 May 2023, in Sawa.")
    second = annotator.pieces(
        "At SCI 4.1 and AIR Q88 you came from Asmara, contrary to paragraph 339L and 353."
    )

    assert [item.written for item in annotator.explained] == ["AIR", "", "", "SCI", ""]
    assert [item.label for item in annotator.explained] == [
        "Asylum interview",
        "Dates",
        "Places",
        "Screening interview",
        "Immigration Rules",
    ]
    numbers = {piece: n for piece, n in first + second if n}
    assert numbers["AIR Q45"] == numbers["AIR Q52"] == numbers["AIR Q88"] == 1
    assert numbers["Sawa"] == numbers["Asmara"] == 3
    assert numbers["paragraph 339L"] == 5
    assert "/en/guides/reading-your-letter/#words-in-the-letter" in urls(annotator.explained[4])


def test_every_kind_has_a_whole_letter_explanation_with_a_link(guides):
    from selfhelp.annotator.explain import explain_group
    from selfhelp.annotator.references import KINDS

    with translation.override("en"):
        found = [explain_group(kind, "", Links()) for kind in KINDS]

    assert all(item.meaning and item.label for item in found)
    assert all(item.links for item in found)


def test_each_kind_of_point_says_what_it_means(guides):
    with translation.override("en"):
        helps = {kind: kind_help(kind, Links()) for kind in PointKind.values}

    assert all(help.meaning for help in helps.values())
    assert helps["credibility"].label == "Whether you are believed (credibility)"
    assert "/en/glossary/credibility/" in [link.url for link in helps["credibility"].links]
    assert "/en/glossary/section-8/" in [link.url for link in helps["section-8"].links]
    assert "/en/glossary/article-8/" in [link.url for link in helps["article-8"].links]
    assert kind_help("nonsense", Links()).label == "Something else"
