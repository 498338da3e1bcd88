"""The checks on translations (selfhelp/i18n/checks.py), on small texts written for the tests."""

import pytest

from selfhelp.i18n import checks
from tests.i18n.samples import SAMPLES

PO = r"""# header comment
msgid ""
msgstr ""
"Language: fr\n"
"Plural-Forms: nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % "
"1000000 == 0 ? 1 : 2;\n"

#: templates/x.html
msgid "You have %(days)s days."
msgstr "Vous avez %(days)s jours."

#, fuzzy
msgid "Send it by 4pm."
msgstr "Envoyez-le avant 16 h."

msgctxt "alt. month"
msgid "March"
msgstr "mars"

msgid "%(days)s day left"
msgid_plural "%(days)s days left"
msgstr[0] "%(days)s jour restant"
msgstr[1] "%(days)s jours restants"
msgstr[2] "%(days)s jours restants"

msgid ""
"A long message "
"on two lines with \"quotes\"."
msgstr ""

#~ msgid "Old"
#~ msgstr "Vieux"
"""


@pytest.fixture
def catalogue(tmp_path):
    path = tmp_path / "django.po"
    path.write_text(PO, encoding="utf-8")
    return checks.read_po(path)


def test_a_catalogue_is_read_with_its_header_plurals_context_fuzzy_flags_and_continued_lines(catalogue):
    assert catalogue.nplurals == 3
    assert [m.msgid for m in catalogue.messages] == [
        "You have %(days)s days.",
        "Send it by 4pm.",
        "March",
        "%(days)s day left",
        'A long message on two lines with "quotes".',
    ]
    by_id = {m.msgid: m for m in catalogue.messages}
    assert by_id["March"].msgctxt == "alt. month"
    assert by_id["Send it by 4pm."].fuzzy and not by_id["Send it by 4pm."].translated
    assert by_id["%(days)s day left"].msgstr_plural[2] == "%(days)s jours restants"
    assert not by_id['A long message on two lines with "quotes".'].translated
    assert [m.translated for m in catalogue.messages] == [True, False, True, True, False]


def test_a_translation_with_other_placeholders_is_a_problem():
    message = checks.Message("You have %(days)s days.", "Vous avez %(jours)s jours.")

    assert "placeholders" in checks.message_problems(message, 2)[0]


@pytest.mark.parametrize(
    ("english", "translation"),
    [
        ("within 14 days", "dans les 14 jours"),
        ("Aim for 4pm on the day.", "Visez 16:00 le jour même."),  # a 24-hour time
        ("Aim for 4pm on the day.", "Visez 4 heures de l'après-midi."),
        ("Three months is the outer limit.", "3 ወርሒ እቲ ዝለዓለ ገደብ እዩ።"),  # digits for an English number word
        ("section 4 support", "الدعم بموجب المادة 4 (section 4 support)"),  # repeated in brackets
        # A number word and a clock time with the same number: the time keeps its digit.
        ("There are two ways. Send it by 2pm.", "Il y a deux façons. Envoyez-le avant 2 h."),
        ("There are two ways. Send it by 2pm.", "Il y a 2 façons. Envoyez-le avant 14:00."),
    ],
)
def test_numbers_may_be_written_the_languages_way_but_stay_the_same(english, translation):
    assert checks.numbers_differ(english, translation) is None
    assert checks.text_problems(english, translation) == []


@pytest.mark.parametrize(
    ("english", "translation", "why"),
    [
        ("within 14 days", "dans les 15 jours", "numbers"),
        ("2 more months", "شهرين إضافيين", "numbers"),  # a dual instead of the digit
        ("within 14 days", "خلال ١٤ يومًا", "digits other than 0-9"),
        ("within 14 days", "১৪ দিনের মধ্যে", "digits other than 0-9"),
        (
            "See [time limits](guide:appeal-rights#time-limits).",
            "Voir [délais](guide:appeal-rights).",
            "links",
        ),
        ("Send <b>it</b>", "Envoyez-le", "HTML tags"),
    ],
)
def test_a_number_link_or_tag_unlike_the_english_is_a_problem(english, translation, why):
    problems = checks.text_problems(english, translation)

    assert any(why in problem for problem in problems), problems


def test_a_plural_message_needs_as_many_forms_as_the_header_says():
    message = checks.Message(
        "%(n)s day", msgid_plural="%(n)s days", msgstr_plural=["%(n)s jour", "%(n)s jours"]
    )

    assert "2 plural forms, the header says 3" in checks.message_problems(message, 3)[0]
    assert checks.message_problems(message, 2) == []


def test_the_french_plural_header_matches_cldr(catalogue):
    assert checks.plural_problems(catalogue, "fr") == []


@pytest.mark.parametrize(
    ("code", "header", "problem"),
    [
        ("bn", "nplurals=2; plural=(n != 1);", "wrong form for n=0"),  # Bengali: 0 takes the "one" form
        ("tr", "nplurals=2; plural=(n > 1);", "wrong form for n=0"),
        ("vi", "nplurals=2; plural=(n != 1);", "CLDR has 1 forms"),
        ("ar", "nplurals=2; plural=(n != 1);", "CLDR has 6 forms"),
        ("am", "", "no Plural-Forms header"),
    ],
)
def test_a_plural_header_unlike_cldr_is_found(tmp_path, code, header, problem):
    path = tmp_path / "django.po"
    forms = f'"Plural-Forms: {header}\\n"' if header else '""'
    path.write_text(f'msgid ""\nmsgstr ""\n{forms}\n', encoding="utf-8")

    problems = checks.plural_problems(checks.read_po(path), code)

    assert problems and problem in problems[0]


TERMS = checks.read_terms(
    {
        "terms": [
            {"english": "tribunal", "translation": "tribunal"},
            {"english": "First-tier Tribunal", "translation": "Tribunal de première instance"},
            {
                "english": "judicial review",
                "translation": "recours en révision judiciaire",
                "forms": ["révision"],
            },
            {"english": "ARE", "translation": "ARE", "keep_english": True},
            {"english": "further submissions", "translation": "nouvelles observations"},
        ]
    }
)


def test_a_term_in_the_english_must_be_in_the_translation():
    english = "Ask for a judicial review."

    assert checks.term_problems(english, "Demandez un contrôle judiciaire.", TERMS)
    assert checks.term_problems(english, "Demandez une révision judiciaire.", TERMS) == []
    assert checks.term_problems(english, "Demandez une révision.", TERMS) == []  # one of its forms
    assert checks.term_problems(english, "Demandez une judicial review.", TERMS) == []  # the English


def test_words_match_whole_and_in_any_case_but_abbreviations_only_in_capitals():
    assert checks.term_problems("What are your rights?", "Quels sont vos droits ?", TERMS) == []
    assert checks.term_problems("Your status is ARE now.", "Votre statut est épuisé.", TERMS)
    assert checks.term_problems("Send Further Submissions.", "Envoyez des documents.", TERMS)
    assert checks.term_problems("tribunals", "juges", TERMS) == []  # not the whole word


def test_a_word_used_in_another_sense_is_not_checked_as_the_term():
    terms = checks.read_terms(
        {
            "terms": [
                {"english": "case", "translation": "dossier"},
                {"english": "judge", "translation": "juge"},
            ]
        }
    )

    assert checks.term_problems("Keep a copy in case it is lost.", "Gardez une copie.", terms) == []
    assert checks.term_problems("Passwords are case-sensitive.", "Respectez les majuscules.", terms) == []
    assert checks.term_problems("It is hard to judge whether it wins.", "Difficile à dire.", terms) == []
    assert checks.term_problems("Your case is saved.", "Votre affaire est enregistrée.", terms)
    assert checks.term_problems("The judge decides.", "Le tribunal décide.", terms)


def test_a_longer_term_hides_the_shorter_one_inside_it():
    english = "The First-tier Tribunal decides."

    assert checks.term_problems(english, "Le Tribunal de première instance décide.", TERMS) == []


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_language_reads_as_itself(code):
    assert checks.identify(code, [SAMPLES[code]]).problems == []


@pytest.mark.parametrize(
    ("code", "written_in"),
    [("ti", "am"), ("am", "ti"), ("om", "so"), ("so", "om"), ("ckb", "ku"), ("fa-af", "fa"), ("fa", "fa-af"),
     ("ps", "fa")],
)  # fmt: skip
def test_a_text_in_the_neighbouring_language_is_found(code, written_in):
    problems = checks.identify(code, [SAMPLES[written_in]]).problems

    assert problems, f"{written_in} passed as {code}"


def test_langid_names_the_languages_it_knows_and_french_is_not_english():
    assert checks.identify("fr", ["Vous avez 14 jours pour faire appel. Gardez l'enveloppe."]).langid == "fr"
    assert checks.identify("fr", ["You have 14 days to appeal. Keep the envelope safe."]).problems


@pytest.mark.parametrize(
    ("english", "translation", "left"),
    [
        ("Keep the envelope the letter came in.", "Keep the envelope the letter came in.", True),
        ("Keep the envelope the letter came in.", "Gardez l'enveloppe de la lettre.", False),
        (
            "Ask the tribunal for more time.",
            "Demandez au tribunal plus de temps if you are late and the",
            True,
        ),
        ("Home Office", "Home Office", False),  # a name kept in English
        ("Write to the Home Office.", "اكتب إلى وزارة الداخلية (Home Office).", False),
    ],
)
def test_english_left_in_a_translation_is_found(english, translation, left):
    assert checks.english_left(english, translation) is left


def test_a_fingerprint_ignores_line_wrapping_but_not_words():
    assert checks.fingerprint("Keep the\n  envelope.") == checks.fingerprint("Keep the envelope.")
    assert checks.fingerprint("Keep the envelope.") != checks.fingerprint("Keep the letter.")
