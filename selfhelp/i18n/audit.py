"""Everything the checks find about one language, from its files. No Django: paths in, findings out.

Used by `manage.py translations` (which prints it, and fails CI with --check) and by the tests
(tests/i18n/test_translations.py), so that both judge a translation the same way.
"""

from dataclasses import dataclass, field
from pathlib import Path

from selfhelp.i18n import checks, content

DOMAINS = ("django", "djangojs")
#: What --check fails on. The guides' full texts ("bodies") are translated in a later round: --bodies adds
#: them. The rest ("terms", "language", "english") are judged by the tests, and by `--check --strict`:
#: they rest on word lists and statistics, and a person should look.
HARD = ("interface", "content", "placeholders", "plurals")


def locale_folder(code):
    """The gettext folder name of a language: fa-af → fa_AF (as Django's to_locale does)."""
    language, _, country = code.partition("-")
    return f"{language}_{country.upper()}" if country else language


@dataclass
class Audit:
    code: str
    messages: list = field(default_factory=list)  # (English, translation) of every translated message
    interface: tuple = (0, 0)  # translated, in all
    content: tuple = (0, 0)  # titles, summaries, headings, checklist items, glossary: shown, in all
    bodies: tuple = (0, 0)  # the full texts of guide sections: shown, in all
    stale: int = 0
    unstamped: int = 0
    content_reviewed: int = 0  # shown texts in files marked reviewed = true
    texts: list = field(default_factory=list)  # (where, English, translation) of every shown content text
    terms: list = field(default_factory=list)
    problems: dict = field(default_factory=dict)  # kind → [message]

    @property
    def has_translations(self):
        return bool(self.interface[0] or self.content[0])

    def add(self, kind, problem):
        self.problems.setdefault(kind, []).append(problem)

    def hard_problems(self):
        return {kind: found for kind, found in self.problems.items() if kind in HARD}


def catalogues(locale_dirs, code):
    return [
        path
        for folder in locale_dirs
        for domain in DOMAINS
        if (path := Path(folder) / locale_folder(code) / "LC_MESSAGES" / f"{domain}.po").exists()
    ]


def audit(code, content_dir, locale_dirs, english=None, identify=True):
    """Every finding about one language: completeness, placeholders and numbers, plural forms, terms,
    language identification and English left in, over its catalogues and its content files."""
    result = Audit(code)
    done = total = 0
    for path in catalogues(locale_dirs, code):
        catalogue = checks.read_po(path)
        for message in catalogue.messages:
            total += 1
            if not message.translated:
                continue
            done += 1
            result.messages.append((message.msgid, message.translations[0]))
            if message.msgid_plural:
                result.messages += [(message.msgid_plural, form) for form in message.translations[1:]]
            for problem in checks.message_problems(message, catalogue.nplurals):
                result.add("placeholders", f"{path.name}: {problem}")
        if done:
            for problem in checks.plural_problems(catalogue, code):
                result.add("plurals", f"{path.name}: {problem}")
    result.interface = (done, total)
    if total and done < total:
        result.add("interface", f"{total - done} of {total} messages not translated (or fuzzy)")

    counts = {False: [0, 0], True: [0, 0]}  # is a body → [shown, in all]
    for file in content.translation_files(content_dir, code, english):
        for item in file.fields:
            counts[item.is_body][1] += 1
            if item.status == "stale":
                result.stale += 1
            if item.status == "unstamped":
                result.unstamped += 1
            if not item.shown:
                continue
            counts[item.is_body][0] += 1
            result.content_reviewed += file.reviewed
            where = f"{file.name}: {item.path}"
            result.texts.append((where, item.english, item.translation))
            for problem in checks.text_problems(item.english, item.translation):
                result.add("placeholders", f"{where}: {problem}")
    result.content, result.bodies = tuple(counts[False]), tuple(counts[True])
    for kind, (shown, in_all) in [("content", result.content), ("bodies", result.bodies)]:
        if shown < in_all:
            result.add(kind, f"{in_all - shown} of {in_all} texts not translated (or from an older English)")

    terms_path = Path(content_dir) / "translations" / code / "terms.toml"
    if terms_path.exists():
        result.terms = checks.read_terms(content.read_toml(terms_path))
        for english_text, translation in result.messages:
            for problem in checks.term_problems(english_text, translation, result.terms):
                result.add("terms", f"{problem} | {english_text[:70]!r}")
        for where, english_text, translation in result.texts:
            for problem in checks.term_problems(english_text, translation, result.terms):
                result.add("terms", f"{where}: {problem}")

    pairs = result.messages + [(english_text, translation) for _, english_text, translation in result.texts]
    for english_text, translation in pairs:
        if checks.english_left(english_text, translation):
            result.add("english", f"left in English: {english_text[:70]!r}")
    if identify and pairs:
        for problem in checks.identify(code, [translation for _, translation in pairs]).problems:
            result.add("language", problem)
    return result
