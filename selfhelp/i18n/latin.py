"""English kept inside a translation, marked as English.

A translated text keeps some English on purpose: the names the person will meet on their papers, in
brackets after the translation ("(Home Office)", "(judicial review)"), abbreviations (AIR, RFRL), laws and
section numbers. In a language written in another script, a run of Latin letters is that English: it is
wrapped in ``<bdi lang="en">`` so that a screen reader reads it with an English voice and a right-to-left
line lays it out left to right, isolated from the letters and brackets around it. In a language written
in Latin letters, English cannot be told from the language by its letters, so nothing is marked there.

Pure: no Django.
"""

import re
from html import escape

#: The languages whose own script is not Latin.
OTHER_SCRIPTS = frozenset({"ar", "fa", "fa-af", "ps", "ur", "ckb", "ti", "am", "bn"})

_WORD = r"[A-Za-z0-9][A-Za-z0-9'’./-]*(?:\([A-Za-z0-9]{1,4}\))*"
#: A run of Latin words: it starts with a letter; "section 94(3A)", "First-tier Tribunal", "Q45".
RUN = re.compile(rf"[A-Za-z][A-Za-z0-9'’./-]*(?:\([A-Za-z0-9]{{1,4}}\))*(?:[ \u00a0]+{_WORD})*")
_TRAILING = ".,;:'’/-"

OPEN = '<bdi lang="en">'
CLOSE = "</bdi>"


def marks_english(code: str | None) -> bool:
    return code in OTHER_SCRIPTS


def runs(text: str) -> list[tuple[int, int]]:
    """Where the runs of Latin words are in a text, without the punctuation that ends a sentence."""
    found = []
    for match in RUN.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            found.append((start, end))
    return found


def pieces(text: str) -> list[tuple[str, bool]]:
    """The text cut into (piece, is English) in order; the pieces joined give the text back."""
    parts, position = [], 0
    for start, end in runs(text):
        if start > position:
            parts.append((text[position:start], False))
        parts.append((text[start:end], True))
        position = end
    if position < len(text):
        parts.append((text[position:], False))
    return parts


def mark(text: str) -> str:
    """The text as HTML, escaped, with each run of Latin words marked English."""
    return "".join(
        f"{OPEN}{escape(piece)}{CLOSE}" if english else escape(piece) for piece, english in pieces(text)
    )
