"""One-line text (selfhelp.text): line breaks and control characters, wherever they come from."""

import pytest

from selfhelp.text import has_controls, one_line, without_controls


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Amira's appeal", "Amira's appeal"),
        ("Amira\r\nappeal", "Amira appeal"),
        ("Amira \n\n  appeal ", "Amira appeal"),
        ("Amira\tappeal", "Amira appeal"),
        ("Amira\u2028appeal\u2029", "Amira appeal"),
        ("Amira\x85appeal\x0b\x0c", "Amira appeal"),
        ("Ami\x00ra\x07\x1b[31m", "Amira[31m"),
        ("Two  spaces kept", "Two  spaces kept"),
    ],
)
def test_one_line_turns_breaks_into_spaces_and_drops_other_controls(typed, kept):
    assert one_line(typed) == kept


def test_the_characters_right_to_left_and_persian_text_need_are_kept():
    # Zero-width non-joiner (Persian), right-to-left mark, and an isolate around an English reference.
    text = "می\u200cخواهم \u200f\u2067H1234567\u2069"

    assert one_line(text) == text
    assert not has_controls(text)


def test_without_controls_keeps_line_breaks_as_line_feeds():
    assert without_controls("one\r\ntwo\rthree\u2028four\x00\t") == "one\ntwo\nthree\nfour "


@pytest.mark.parametrize("value", ["a\nb", "a\tb", "a\x00b", "a\x7fb", "a\u2029b"])
def test_has_controls_finds_every_kind(value):
    assert has_controls(value)
