"""Letters for the annotator's view, export and browser tests, made from the invented test letters."""

from tests.annotator.make_letters import load, render_text

ERITREA = "eritrea_national_service"


def letter_text(name: str = ERITREA, **options) -> str:
    """A test letter as a person would paste it (its text layer, with page furniture)."""
    source = load(name)
    if not source.numbered:
        options.setdefault("layout", "unnumbered")
        options.setdefault("blank_lines", True)
    return render_text(source, **options).text


def forty_paragraphs() -> str:
    """A letter of 40 numbered paragraphs: the Eritrea letter's 31, then the Iran letter's first 9."""
    eritrea, iran = load(ERITREA), load("iran_christian_convert")
    lines = list(eritrea.top)
    section = None
    paragraphs = [*eritrea.paragraphs, *iran.paragraphs[:9]]
    for number, paragraph in enumerate(paragraphs, start=1):
        if paragraph.section != section:
            section = paragraph.section
            lines += ["", section]
        lines += ["", f"{number}.\t{paragraph.text}"]
    return "\n".join([*lines, "", *eritrea.closing]) + "\n"


def save_letter(case, user=None, text: str | None = None):
    """A letter saved on the case, as the import page saves it."""
    from selfhelp.annotator import importing

    return importing.save(case, user, importing.from_text(text or letter_text()))


def saved_letter(case):
    """The case's letter, saved first if it has none (for the access tests' URL parameters)."""
    from selfhelp.annotator.status import letter_of

    return letter_of(case) or save_letter(case)


def export_name(case):
    """One of the letter's downloads, on a case that has a letter (saved first if need be)."""
    saved_letter(case)
    return "what-is-wrong-in-my-refusal-letter.pdf"
