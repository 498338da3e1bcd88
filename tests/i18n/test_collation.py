"""Each language's alphabetical order, as written in its alphabet (selfhelp/i18n/collation.py)."""

from selfhelp.i18n.collation import sort_key


def ordered(words, code):
    return sorted(words, key=lambda word: sort_key(word, code))


def test_english_ignores_case_and_accents_first():
    assert ordered(["Zebra", "apple", "Éclair", "eagle"], "en") == ["apple", "eagle", "Éclair", "Zebra"]


def test_turkish_puts_its_own_letters_after_their_plain_ones():
    assert ordered(["çay", "dere", "cam", "ılık", "iğne", "şeker", "su", "tuz"], "tr") == [
        "cam",
        "çay",
        "dere",
        "ılık",
        "iğne",
        "su",
        "şeker",
        "tuz",
    ]


def test_albanian_digraphs_are_letters_of_their_own():
    # d < dh < e, so "dhomë" comes after "dyqan"; l < ll < m
    assert ordered(["dhomë", "dyqan", "lule", "llamba", "mal"], "sq") == [
        "dyqan",
        "dhomë",
        "lule",
        "llamba",
        "mal",
    ]


def test_persian_letters_added_to_the_arabic_script_sort_in_the_persian_alphabet():
    # پ comes right after ب, and گ after ک, although Unicode encodes them later.
    assert ordered(["ت", "پ", "ب"], "fa") == ["ب", "پ", "ت"]
    assert ordered(["ل", "گ", "ک"], "fa") == ["ک", "گ", "ل"]
    assert ordered(["كتاب", "گل", "لب"], "fa") == ["كتاب", "گل", "لب"]  # Arabic kaf counts as Persian kaf


def test_arabic_counts_alef_with_hamza_as_alef():
    assert ordered(["باب", "أمل", "اسم"], "ar") == ["اسم", "أمل", "باب"]


def test_ethiopic_follows_its_traditional_order():
    assert ordered(["ለ", "ሀ", "መ"], "ti") == ["ሀ", "ለ", "መ"]
