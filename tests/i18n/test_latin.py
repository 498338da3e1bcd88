"""English kept inside a translation in another script is marked as English (selfhelp/i18n/latin.py)."""

import pytest

from selfhelp.i18n import latin


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("بشري ساتنې (humanitarian protection) غوښتنه", ["humanitarian protection"]),
        ("وزارت کشور (Home Office).", ["Home Office"]),  # the full stop is the sentence's
        ("بند section 94(3A) ببینید", ["section 94(3A)"]),
        ("ወደ First-tier Tribunal ይላኩ", ["First-tier Tribunal"]),
        ("AIR Q45 ولولئ، RFRL هم", ["AIR Q45", "RFRL"]),
        ("14 দিনের মধ্যে", []),  # a number alone is not English
    ],
)
def test_a_run_of_latin_words_is_the_english_a_translation_keeps(text, english):
    assert [text[start:end] for start, end in latin.runs(text)] == english


def test_marked_text_is_escaped_and_gives_the_text_back():
    text = 'د <Home Office> "لیک" & RFRL'

    marked = latin.mark(text)

    assert (
        marked == 'د &lt;<bdi lang="en">Home Office</bdi>&gt; &quot;لیک&quot; &amp; <bdi lang="en">RFRL</bdi>'
    )
    assert "".join(piece for piece, _english in latin.pieces(text)) == text


def test_only_languages_in_another_script_mark_english():
    assert all(
        latin.marks_english(code) for code in ["ar", "fa", "fa-af", "ps", "ur", "ckb", "ti", "am", "bn"]
    )
    assert not any(
        latin.marks_english(code) for code in ["en", "fr", "tr", "so", "om", "sq", "vi", "ku", None]
    )
