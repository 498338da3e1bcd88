"""The evidence planner's rules, without Django or a database: suggestions for each kind of point,
coverage, late items, costs and the bundle's page numbers."""

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from selfhelp.evidence.planning import (
    BUNDLE_ORDER,
    CATALOGUE,
    KINDS,
    REASONS,
    RULES,
    Document,
    Point,
    costs,
    coverage,
    is_overdue,
    paginate,
    suggest,
)

# The annotator's kinds of point (selfhelp.annotator.kinds.KINDS), written out: this file imports no Django.
POINT_KINDS = (
    "credibility",
    "accepted",
    "country-information",
    "section-8",
    "protection-relocation",
    "article-8",
    "decision",
    "other",
)


def kinds_for(text, kind="credibility", note=""):
    return [s.kind for s in suggest(Point(1, "1", kind, text, disputed=True, evidence_needed=note))]


def reasons_for(text, kind="credibility", note=""):
    return {s.kind: s.reason for s in suggest(Point(1, "1", kind, text, disputed=True, evidence_needed=note))}


def test_the_planning_module_imports_no_django():
    code = (
        "import sys, selfhelp.evidence.planning; print(any(m.split('.')[0] == 'django' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert out.stdout.strip() == "False"


# --- suggestions, one kind of point at a time ------------------------------------------------------------

# Paragraphs like those of real refusal letters (tests/annotator/letters), with the kind the person chose.
EXAMPLES = {
    "credibility": (
        "At your screening interview you said that you joined national service in 2019 (SCI 4.1), but at "
        "your asylum interview you said August 2019 (AIR Q45). You have not explained this discrepancy.",
        ["your-own-documents", "own-statement", "witness-statements"],
    ),
    "accepted": ("Your claimed nationality is therefore accepted.", []),
    "country-information": (
        "The Country Policy and Information Note: Eritrea, July 2023, says that deserters are not "
        "generally at risk on return.",
        ["country-policy-notes", "objective-reports", "country-guidance-cases", "expert-reports"],
    ),
    "section-8": (
        "You travelled through France and Italy, safe countries where you had a reasonable opportunity to "
        "claim asylum, and did not do so.",
        ["own-statement", "your-own-documents"],
    ),
    "protection-relocation": (
        "It is considered that you could relocate to Kabul, and that this would not be unduly harsh.",
        ["objective-reports", "country-guidance-cases", "own-statement", "expert-reports"],
    ),
    "article-8": (
        "You have a partner in the United Kingdom, but there are no very significant obstacles to your "
        "integration in Eritrea.",
        ["witness-statements", "letters-of-support", "your-own-documents"],
    ),
    "decision": ("Your asylum claim is therefore refused.", []),
    "other": ("Consideration has been given to your journey.", ["own-statement"]),
}


def test_every_kind_of_point_has_an_example():
    assert set(EXAMPLES) == set(POINT_KINDS)


@pytest.mark.parametrize("point_kind", POINT_KINDS)
def test_each_kind_of_point_suggests_the_evidence_that_usually_answers_it(point_kind):
    text, expected = EXAMPLES[point_kind]

    assert kinds_for(text, point_kind) == expected


def test_a_credibility_point_about_dates_suggests_the_interview_record_and_the_persons_statement():
    reasons = reasons_for("You said you left in March 2023 but later said April 2023. This is inconsistent.")

    assert reasons["your-own-documents"] == "interview-record"
    assert reasons["own-statement"] == "statement-dates"


def test_a_credibility_point_about_a_document_suggests_its_story_a_translation_and_an_expert():
    reasons = reasons_for(
        "The summons is a photocopy and the issuing office is illegible. In line with Tanveer Ahmed it "
        "cannot be relied on."
    )

    assert reasons["your-own-documents"] == "document-story"
    assert reasons["translations"] == "document-translation"
    assert reasons["expert-reports"] == "document-expert"


def test_an_account_found_vague_or_unlikely_suggests_detail_a_witness_and_reports():
    reasons = reasons_for(
        "Your description of the camp is vague and it is implausible that nobody stopped you."
    )

    assert reasons == {
        "own-statement": "statement-detail",
        "witness-statements": "witness-saw",
        "objective-reports": "reports-plausible",
    }


def test_reliance_on_a_cpin_in_any_kind_of_paragraph_suggests_the_note_and_recent_reports():
    for point_kind in ("credibility", "protection-relocation", "other"):
        reasons = reasons_for("The CPIN, version 6.0, says otherwise.", point_kind)
        assert reasons["country-policy-notes"] == "cpin-read"
        assert reasons["objective-reports"] == "cpin-reports"


def test_a_country_guidance_case_suggests_checking_it_new_reports_and_an_expert():
    reasons = reasons_for(
        "According to MST and Others (national service – risk categories) Eritrea CG [2016] UKUT 00443 (IAC) "
        "some people leave lawfully.",
        "country-information",
    )

    assert reasons["country-guidance-cases"] == "cg-check"
    assert reasons["objective-reports"] == "cg-new-evidence"
    assert reasons["expert-reports"] == "cg-expert"


@pytest.mark.parametrize(
    "words",
    [
        "scars on your back",
        "your injuries",
        "a letter from your doctor",
        "mental health",
        "PTSD",
        "depression",
        "the trauma you describe",
        "a psychiatric report",
        "medical evidence",
    ],
)
@pytest.mark.parametrize("point_kind", POINT_KINDS)
def test_a_medical_matter_in_any_kind_of_paragraph_suggests_a_medical_report(words, point_kind):
    reasons = reasons_for(f"It is noted that you mentioned {words}.", point_kind)

    assert reasons["medical-reports"] == "medical"


def test_words_that_only_look_like_medical_words_or_abbreviations_suggest_nothing_of_the_kind():
    assert "medical-reports" not in kinds_for("It is scarcely credible that you were not seen.")
    # "by air" is not an asylum interview record, nor "you may" a month.
    assert (
        reasons_for("You travelled by air and you may have had help.")["own-statement"] == "statement-answer"
    )


def test_the_persons_own_words_about_the_evidence_come_first():
    suggestions = suggest(
        Point(
            9,
            "9",
            "credibility",
            "You were vague.",
            True,
            "A letter from my church and my brother's statement",
        )
    )

    assert [(s.kind, s.reason, s.words, s.in_note) for s in suggestions[:2]] == [
        ("witness-statements", "from-note", "my brother", True),
        ("letters-of-support", "from-note", "church", True),
    ]


def test_each_kind_of_evidence_is_suggested_once_with_the_first_reason_that_applies():
    suggestions = suggest(
        Point(1, "1", "credibility", "The CPIN says this. Your account of 2019 is vague.", True, "reports")
    )

    kinds = [s.kind for s in suggestions]
    assert len(kinds) == len(set(kinds))
    assert {s.kind: s.reason for s in suggestions}["objective-reports"] == "from-note"


def test_a_child_in_a_family_life_paragraph_suggests_an_independent_expert():
    assert "expert-reports" in kinds_for(
        "The best interests of your children have been considered.", "article-8"
    )
    assert "expert-reports" not in kinds_for("You have a partner here.", "article-8")


def test_every_suggestion_names_a_kind_of_evidence_with_a_catalogue_page():
    assert {rule.evidence for rule in RULES} <= set(KINDS)
    assert set(CATALOGUE) == set(KINDS)
    assert CATALOGUE["own-statement"] == "witness-statements"
    assert len(REASONS) == len(set(REASONS))


# --- coverage, late items, costs -----------------------------------------------------------------------


def test_coverage_counts_the_disputed_and_evidence_needed_paragraphs_with_and_without_evidence():
    points = [
        Point(1, "1", "other"),  # not answered
        Point(2, "2", "credibility", disputed=True),
        Point(3, "3", "credibility", disputed=True),
        Point(4, "4", "accepted", evidence_needed="  "),  # blank words are not a note
        Point(5, "5", "section-8", evidence_needed="My tickets"),
        Point(6, "6", "article-8", disputed=True),
    ]

    found = coverage(points, planned={3, 4, 6})

    assert (found.done, found.total) == (2, 4)
    assert [p.number for p in found.uncovered] == ["2", "5"]
    assert not found.complete
    assert coverage(points, {2, 3, 5, 6}).complete


def test_an_item_is_late_only_after_its_day_and_only_while_it_is_still_to_get():
    today = date(2026, 12, 1)
    assert is_overdue("idea", date(2026, 11, 30), today)
    assert is_overdue("asked", date(2026, 11, 30), today)
    assert not is_overdue("asked", today, today)
    assert not is_overdue("received", date(2026, 11, 1), today)
    assert not is_overdue("sent", date(2026, 11, 1), today)
    assert not is_overdue("idea", None, today)


def test_costs_add_up_by_way_of_paying_and_say_what_is_not_paid_for():
    found = costs(
        [
            (Decimal(400), ""),
            (Decimal("49.50"), "fundraising"),
            (Decimal(350), "legal-aid"),
            (None, ""),
            (Decimal(0), "free"),
            (Decimal(100), ""),
        ]
    )

    assert found.total == Decimal("899.50")
    assert found.unfunded == Decimal(500)
    assert list(found.by_funding) == ["legal-aid", "fundraising", ""]
    assert costs([]).unfunded == 0


# --- the bundle ----------------------------------------------------------------------------------------


def test_documents_of_several_pages_are_numbered_on_from_each_other():
    bundle = paginate(
        [
            Document(1, "own-statement", 3),
            Document(2, "witness-statements", 1),
            Document(3, "objective-reports", 12),
        ]
    )

    assert [(e.tab, e.first_page, e.last_page, e.pages) for e in bundle.entries] == [
        (1, 1, 3, "1–3"),
        (2, 4, 4, "4"),
        (3, 5, 16, "5–16"),
    ]
    assert bundle.total_pages == 16


def test_the_bundle_puts_items_in_its_order_whatever_order_they_were_added_in():
    bundle = paginate(
        [
            Document(1, "objective-reports", 5),
            Document(2, "expert-reports", 20),
            Document(3, "translations", 2),
            Document(4, "your-own-documents", 1),
            Document(5, "medical-reports", 8),
            Document(6, "witness-statements", 2),
            Document(7, "own-statement", 6),
            Document(8, "country-guidance-cases", 40),
            Document(9, "letters-of-support", 1),
        ]
    )

    assert [e.document.number for e in bundle.entries] == [7, 6, 9, 4, 3, 5, 2, 8, 1]
    assert [(e.document.number, e.pages) for e in bundle.entries][:4] == [
        (7, "1–6"),
        (6, "7–8"),
        (9, "9"),
        (4, "10"),
    ]
    assert [part for part, _ in bundle.parts] == ["statements", "documents", "reports", "country"]
    assert bundle.total_pages == 85


def test_a_place_given_in_a_part_puts_a_translation_straight_after_its_document():
    bundle = paginate(
        [
            Document(1, "your-own-documents", 2),  # an identity card
            Document(2, "your-own-documents", 1, order=1),  # a summons
            Document(3, "translations", 1, order=2),  # the summons in English
            Document(4, "translations", 1),  # the identity card in English
        ]
    )

    assert [e.document.number for e in bundle.entries] == [2, 3, 1, 4]
    assert [e.pages for e in bundle.entries] == ["1", "2", "3–4", "5"]


def test_items_of_one_kind_keep_the_order_they_were_added_in():
    bundle = paginate([Document(5, "witness-statements", 1), Document(2, "witness-statements", 1)])
    assert [e.document.number for e in bundle.entries] == [2, 5]


def test_the_numbers_can_start_after_front_pages_if_asked():
    bundle = paginate([Document(1, "own-statement", 2)], first_page=3)
    assert bundle.entries[0].pages == "3–4"


def test_an_item_without_pages_cannot_be_numbered():
    with pytest.raises(ValueError, match="item 4"):
        paginate([Document(4, "own-statement", 0)])


def test_every_kind_of_evidence_has_one_place_in_the_bundle():
    assert sorted(BUNDLE_ORDER) == sorted(KINDS)
    assert BUNDLE_ORDER[0] == "own-statement"


@pytest.mark.parametrize("kind", ["country-information", "section-8", "other"])
def test_a_paragraph_resting_on_a_numbered_interview_question_suggests_the_interview_record(kind):
    point = Point(position=9, number="9", kind=kind, text="At AIR Q45 you said you were never arrested.")

    assert "interview-record" in {s.reason for s in suggest(point)}
