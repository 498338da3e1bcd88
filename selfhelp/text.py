"""Text that must stay on one line, or free of control characters, wherever it goes next.

No Django. A name, a title or a reference typed into a one-line field is written later into places
where a line break or a control character means something: a calendar file (a line break ends a
property and starts a new one), a spreadsheet, a Word document, the header of a letter. Every one-line
field reads what is typed through :func:`one_line` (selfhelp.forms.OneLineField), and every writer of
such files can use the same two functions.
"""

import re

# Line breaks, in every form a reader may take as one: CR LF, CR, LF, vertical tab, form feed, the
# file/group/record separators, NEL, and Unicode's line and paragraph separators.
LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
# Control characters (Unicode category Cc), but for the tab and the line feed. The formatting
# characters that right-to-left and Persian text need (U+200C to U+200F, U+202A to U+202E) are not
# controls and are kept.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_BREAK_AND_SPACES = re.compile(r"[ \t]*(?:\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029\t])\s*")


def one_line(value: str) -> str:
    """The text on one line: each line break or tab (with the spaces around it) becomes one space, and
    other control characters are dropped."""
    return CONTROLS.sub("", _BREAK_AND_SPACES.sub(" ", value)).strip()


def without_controls(value: str) -> str:
    """The text with its line breaks made "\\n" and its other control characters (tabs too) dropped."""
    return CONTROLS.sub("", LINE_BREAKS.sub("\n", value).replace("\t", " "))


def has_controls(value: str) -> bool:
    """Whether the text holds a line break, a tab or another control character."""
    return bool(CONTROLS.search(value) or "\n" in value or "\t" in value)
