"""Checks on translations: the interface catalogues (gettext .po files) and the translated guide content.

Pure functions, no Django: the `translations` command, the tests and the guide loader share them.

- `read_po` reads a catalogue; `message_problems` finds a translation whose placeholders, digits or
  plural forms differ from the English; `plural_problems` checks the catalogue's Plural-Forms header
  against CLDR.
- `term_problems` checks a translation against the language's term list (terms.toml): wherever an
  English term occurs, the translation must hold the agreed word (or one of its forms, or the English).
- `identification_problems` tells whether a language's text, taken together, is that language: langid
  for the languages it knows, and letter and word signatures for the pairs it confuses.
- `english_left` finds a message left in English.

Decisions these checks hold (see guides/content/LANGUAGES.md): every language writes the digits 0-9
exactly as the English does, so that a date or a number of days can be matched against English papers.
"""

import gettext
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path


def _words(text):
    """A set of words written as one string (easier to read and edit than a list of quoted words)."""
    return frozenset(text.split())


def _words_in_order(text):
    return text.split()


# Messages -------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%\([A-Za-z_0-9]+\)[sdifr]|%[sdif]|\{[A-Za-z_0-9]*\}")
DIGITS = re.compile(r"[0-9]+")
# Digits of other scripts: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), Bengali, Ethiopic.
FOREIGN_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u1369-\u137c]")
TAG = re.compile(r"<[^>]*>")
ENTITY = re.compile(r"&[a-zA-Z]+;|&#[0-9]+;")
URL = re.compile(r"https?://\S+")
LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)")  # a Markdown link's address: [words](guide:slug#section)


@dataclass
class Message:
    """One entry of a catalogue."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    fuzzy: bool = False

    @property
    def translations(self):
        return self.msgstr_plural if self.msgid_plural else [self.msgstr]

    @property
    def translated(self):
        """Translated and usable: every form written, not marked fuzzy (gettext ignores fuzzy entries)."""
        return not self.fuzzy and bool(self.translations) and all(self.translations)

    @property
    def english(self):
        return [self.msgid] + ([self.msgid_plural] if self.msgid_plural else [])


@dataclass
class Catalogue:
    path: Path
    header: dict
    messages: list[Message]

    @property
    def nplurals(self):
        match = re.search(r"nplurals\s*=\s*(\d+)", self.header.get("Plural-Forms", ""))
        return int(match.group(1)) if match else None

    @property
    def plural_expression(self):
        match = re.search(r"plural\s*=\s*([^;]+);?", self.header.get("Plural-Forms", ""))
        return match.group(1).strip() if match else None


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text):
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a quoted string: {text[:40]}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def read_po(path):
    """A gettext catalogue: its header and its live (not obsolete) messages."""
    path = Path(path)
    messages, current, key, flags = [], {}, None, set()

    def finish():
        nonlocal current, flags
        if "msgid" in current:
            plural = [current[k] for k in sorted(k for k in current if isinstance(k, int))]
            messages.append(
                Message(
                    msgid=current["msgid"],
                    msgstr=current.get("msgstr", ""),
                    msgctxt=current.get("msgctxt"),
                    msgid_plural=current.get("msgid_plural"),
                    msgstr_plural=plural,
                    fuzzy="fuzzy" in flags,
                )
            )
        current, flags = {}, set()

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#~"):
            continue  # obsolete
        if line.startswith("#,"):
            if "msgid" in current and key is not None:
                finish()
            flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            current[key] += _unquote(line)
            continue
        word, _, rest = line.partition(" ")
        plural = re.fullmatch(r"msgstr\[(\d+)\]", word)
        if word in {"msgctxt", "msgid"} and ("msgstr" in current or any(isinstance(k, int) for k in current)):
            finish()
        key = int(plural.group(1)) if plural else word
        if key not in {"msgctxt", "msgid", "msgid_plural", "msgstr"} and not plural:
            raise ValueError(f"{path}: cannot read the line {line[:60]!r}")
        current[key] = _unquote(rest)
    finish()
    header = {}
    body = []
    for message in messages:
        if message.msgid == "" and message.msgctxt is None:
            for row in message.msgstr.splitlines():
                name, _, value = row.partition(":")
                header[name.strip()] = value.strip()
        else:
            body.append(message)
    return Catalogue(path=path, header=header, messages=body)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def digits(text):
    """The numbers written in a text, in order of size, leaving out placeholders and addresses."""
    text = PLACEHOLDER.sub(" ", URL.sub(" ", text))
    return sorted(DIGITS.findall(text))


NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        _words_in_order("zero one two three four five six seven eight nine ten eleven twelve")
    )
}
#: A clock time in English: 4pm, 4.30pm, 10 am.
ENGLISH_TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\b", re.IGNORECASE)


def numbers_differ(english, translation):
    """The numbers of a translation against the English's, or None when they agree.

    Every number in the English must be in the translation and the translation may add none; how often
    each is written may differ (a number repeated beside English kept in brackets). A clock time may be
    written the language's way: "4pm" as 4 or 16, with or without ":00".
    """
    times = ENGLISH_TIME.findall(english)
    wanted = set(digits(ENGLISH_TIME.sub(" ", english)))
    found = set(digits(translation))
    for hour, minutes, half in times:
        hour = int(hour)
        ways = {str(hour), f"{hour:02d}"}
        if half.lower() == "p" and hour < 12:
            ways |= {str(hour + 12)}
        if not found & ways:
            wanted.add(str(hour))
        found -= ways
        if minutes:
            wanted.add(minutes)
        else:
            found.discard("00")
    # A number the English writes as a word ("Three months") may be written in digits. Taken after the
    # clock times: "two ways … by 2pm" keeps its 2 for the time.
    written = {str(NUMBER_WORDS[w]) for w in re.findall(r"[a-z]+", english.lower()) if w in NUMBER_WORDS}
    found -= written - wanted
    if found - wanted or wanted - found:
        return sorted(found), sorted(wanted)
    return None


def link_targets(text):
    return sorted(LINK_TARGET.findall(text))


def text_problems(english, translation):
    """What differs between an English text and its translation: placeholders, numbers, links."""
    found = []
    if placeholders(translation) != placeholders(english):
        found.append(
            f"placeholders {placeholders(translation)} differ from the English {placeholders(english)}"
        )
    if FOREIGN_DIGITS.search(translation):
        found.append("digits other than 0-9 (every language writes numbers as the English does)")
    elif differ := numbers_differ(english, translation):
        found.append(f"numbers {differ[0]} differ from the English {differ[1]}")
    if link_targets(translation) != link_targets(english):
        found.append(f"links {link_targets(translation)} differ from the English {link_targets(english)}")
    tags = sorted(re.findall(r"</?([a-z0-9]+)", " ".join(TAG.findall(english))))
    if sorted(re.findall(r"</?([a-z0-9]+)", " ".join(TAG.findall(translation)))) != tags:
        found.append("HTML tags differ from the English")
    return found


def message_problems(message, nplurals):
    """Problems with one translated message (placeholders, numbers, tags, plural forms)."""
    if not message.translated:
        return []
    found = []
    if message.msgid_plural:
        if nplurals is not None and len(message.msgstr_plural) != nplurals:
            found.append(f"{len(message.msgstr_plural)} plural forms, the header says {nplurals}")
        allowed = set(placeholders(message.msgid)) | set(placeholders(message.msgid_plural))
        for form in message.msgstr_plural:
            # One form may leave out the count ("one day" written without %(days)s), never add a name.
            if not set(placeholders(form)) <= allowed:
                found.append(f"placeholders {placeholders(form)} are not in the English {sorted(allowed)}")
            if FOREIGN_DIGITS.search(form):
                found.append("digits other than 0-9")
    else:
        found += text_problems(message.msgid, message.msgstr)
    return [f"{problem} | {message.msgid[:70]!r}" for problem in found]


# Plural forms (CLDR) ---------------------------------------------------------------------------------

#: The gettext plural rule of each language, from CLDR's cardinal plural rules (integers only: the site
#: counts days, paragraphs and items). Languages whose CLDR "one" includes 0 (i = 0 or n = 1) use n > 1.
PLURAL_FORMS = {
    "en": (2, "n != 1"),
    "ar": (6, "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5"),
    "fa": (2, "n > 1"),
    "fa-af": (2, "n > 1"),
    "ps": (2, "n != 1"),
    "ur": (2, "n != 1"),
    "ckb": (2, "n != 1"),
    "ku": (2, "n != 1"),
    "ti": (2, "n > 1"),
    "am": (2, "n > 1"),
    "om": (2, "n != 1"),
    "so": (2, "n != 1"),
    "bn": (2, "n > 1"),
    "vi": (1, "0"),
    "sq": (2, "n != 1"),
    "tr": (2, "n != 1"),
    "fr": (3, "(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2"),
}


def plural_problems(catalogue, code):
    """Whether the catalogue's Plural-Forms header has CLDR's number of forms and picks them as CLDR does."""
    expected_n, expected_rule = PLURAL_FORMS[code]
    if catalogue.nplurals is None or catalogue.plural_expression is None:
        return ["no Plural-Forms header"]
    if catalogue.nplurals != expected_n:
        return [
            f"the header says nplurals={catalogue.nplurals}; CLDR has {expected_n} forms ({expected_rule})"
        ]
    try:
        rule = gettext.c2py(catalogue.plural_expression)
    except (ValueError, SyntaxError):
        return [f"the plural rule {catalogue.plural_expression!r} cannot be read"]
    expected = gettext.c2py(expected_rule)
    numbers = [*range(301), 1000, 10_000, 100_000, 1_000_000, 2_000_000]
    wrong = [n for n in numbers if rule(n) != expected(n)]
    if wrong:
        return [f"the plural rule {catalogue.plural_expression!r} picks the wrong form for n={wrong[0]}"]
    return []


# Term lists ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    english: str
    translation: str
    forms: tuple[str, ...] = ()
    keep_english: bool = False

    @property
    def pattern(self):
        """Whole words; an all-caps abbreviation (AIR, ARE) matches only in capitals."""
        words = r"\b" + re.escape(self.english).replace(r"\ ", r"\s+") + r"\b"
        if self.english.isupper():
            return re.compile(words)
        return re.compile(words, re.IGNORECASE)

    @property
    def accepted(self):
        return [text for text in (self.translation, *self.forms, self.english) if text]


def read_terms(data):
    """The terms of a terms.toml file (already parsed), longest English first."""
    terms = []
    for number, row in enumerate(data.get("terms", []), start=1):
        if not row.get("english") or not row.get("translation"):
            raise ValueError(f"term {number}: needs english and translation")
        forms = row.get("forms", [])
        if isinstance(forms, str):
            forms = [forms]
        terms.append(Term(row["english"], row["translation"], tuple(forms), bool(row.get("keep_english"))))
    return sorted(terms, key=lambda term: len(term.english), reverse=True)


# English phrases where a term's word does not carry the term's meaning: "in case" is not a person's
# case, "to judge whether" is not a judge. A match inside one of these is not checked.
NOT_THE_TERM = {
    "case": re.compile(
        r"\b(?:just\s+)?in\s+case\b|\bcase[- ]sensitive\b|\b(?:upper|lower)(?:\s*/\s*lower)?\s+case\b"
        r"|\bcase\s+law\b|\bin\s+any\s+case\b|\bin\s+(?:that|this|which)\s+case\b",
        re.IGNORECASE,
    ),
    "judge": re.compile(r"\bto\s+judge\b|\bjudges?\s+(?:whether|how|if|what)\b", re.IGNORECASE),
}


def term_problems(english, translation, terms):
    """The terms that occur in the English but whose agreed translation is missing from the translation.

    A longer term hides the shorter ones inside it ("First-tier Tribunal" is not also checked as "tribunal").
    """
    taken = []
    missing = []
    folded = unicodedata.normalize("NFC", translation).casefold()
    for term in terms:
        other_sense = NOT_THE_TERM.get(term.english.lower())
        elsewhere = [m.span() for m in other_sense.finditer(english)] if other_sense else []
        for match in term.pattern.finditer(english):
            if any(start < match.end() and match.start() < end for start, end in taken + elsewhere):
                continue
            taken.append(match.span())
            if not any(unicodedata.normalize("NFC", text).casefold() in folded for text in term.accepted):
                missing.append(term)
            break
    return [f"{term.english!r} is not translated as {term.translation!r}" for term in missing]


# Language identification -----------------------------------------------------------------------------

#: The languages langid 1.1.6 knows among the site's, and what it should say for each. It has no model
#: of Dari or Tigrinya: it reads them as Persian and Amharic, and the signatures below tell them apart.
LANGID_EXPECTS = {
    code: code for code in ("am", "ar", "bn", "fa", "fr", "ku", "ps", "sq", "tr", "ur", "vi")
} | {"fa-af": "fa", "ti": "am"}


@dataclass(frozen=True)
class Signature:
    """Letters and short words typical of a language, against a language it is confused with."""

    letters: str = ""
    words: frozenset = frozenset()

    def hits(self, text):
        letters = sum(text.count(letter) for letter in self.letters)
        counts = Counter(tokens(text))
        return letters + sum(counts[word] for word in self.words)


SIGNATURES = {
    # Dari as written in Afghanistan against Iranian Persian: Gregorian months from English, not French;
    # Afghan words for court, police, hospital, ministry of the interior, telephone.
    "fa-af": Signature(
        words=_words(
            "جنوری فبروری مارچ اپریل جون جولای اگست سپتمبر اکتوبر نومبر دسمبر محکمه محکمهٔ محاکم "
            "پولیس شفاخانه داخله تیلفون پوهنتون ولسوالی"
        )
    ),
    "fa": Signature(
        words=_words(
            "ژانویه فوریه مارس آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر دادگاه دادگاهِ "
            "پلیس بیمارستان تلفن دانشگاه"
        )
    ),
    # Pashto against Persian: Pashto's own letters, and its short words.
    "ps": Signature(letters="ټډړږښګڼېۍځڅ", words=_words("د په او چې ته کې دی ده یې")),
    "fa (against ps)": Signature(letters="گ", words=_words("در از را است این با می")),
    # Sorani (Arabic script) against Kurmanji (Latin script) and Persian.
    "ckb": Signature(letters="ەێۆڵڕ", words=_words("لە بۆ ئەم ئەو یان دەبێت هەیە نییە")),
    "ku": Signature(letters="êîûçş", words=_words("û di de ji bi ev yê ya jî")),
    "fa (against ckb)": Signature(letters="ًٌٍ", words=_words("در از را است این با")),
    # Tigrinya against Amharic: ኣ and the ቐ and ኸ rows are Tigrinya's; the short words differ.
    "ti": Signature(
        letters="ኣቐቑቒቓቔቕቖኸኹኺኻኼኽኾ",
        words=_words("እዩ እያ እዮም ኣብ ምስ ናይ እቲ እታ ከም ናብ ጥራይ እንተ ኣለካ ኣለኪ ኣለኩም"),
    ),
    "am": Signature(words=_words("ነው ናቸው እና ውስጥ ይህ ይህን ወደ ስለዚህ የለም ብቻ አለብዎት አለብህ ይችላሉ ይችላል")),
    # Oromo (Qubee) against Somali: their most frequent short words.
    "om": Signature(
        words=_words("fi akka yoo irratti keessatti hin ni isaa kee keessan dha jechuun booda garuu")
    ),
    "so": Signature(words=_words("iyo waa waxaa waxaad haddii ama sida laga kuu ayaa ee oo inaad loo ah")),
}

#: Each language checked by signature, and the languages it must not be mistaken for.
RIVALS = {
    "fa-af": [("fa-af", "fa")],
    "fa": [("fa", "fa-af")],
    "ps": [("ps", "fa (against ps)")],
    "ckb": [("ckb", "ku"), ("ckb", "fa (against ckb)")],
    "ku": [("ku", "ckb")],
    "ti": [("ti", "am")],
    "am": [("am", "ti")],
    "om": [("om", "so")],
    "so": [("so", "om")],
}
#: Fewer hits than this on both sides and a signature says nothing either way.
SIGNATURE_MINIMUM = 5


def tokens(text):
    """Words, lower-cased, in any script (a zero-width non-joiner stays inside a word)."""
    return re.findall(r"[\w\u200c\u0600-\u06ff'’]+", text.casefold())


def plain(text):
    """A translation with what is not its language taken out: placeholders, markup, addresses, link
    targets, English kept in brackets, abbreviations and numbers."""
    text = PLACEHOLDER.sub(" ", text)
    text = TAG.sub(" ", text)
    text = ENTITY.sub(" ", text)
    text = URL.sub(" ", text)
    text = LINK_TARGET.sub("] ", text)
    text = re.sub(r"\([^()]*[A-Za-z][^()]*\)", " ", text)  # (Home Office), (First-tier Tribunal)
    text = re.sub(r"\b[A-Z]{2,}[0-9]*\b", " ", text)  # AIR, SCI, CPIN
    text = re.sub(r"[0-9]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def _langid():
    from langid.langid import LanguageIdentifier, model

    identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    identifier.set_languages(sorted(set(LANGID_EXPECTS.values()) | {"en", "de", "es", "it", "pt", "nl"}))
    return identifier


@dataclass
class Identification:
    code: str
    langid: str | None = None  # what langid says, for languages it knows
    signatures: dict = field(default_factory=dict)  # "ti/am" → (hits of ti, hits of am)
    problems: list = field(default_factory=list)


def identify(code, texts):
    """Whether a language's translations, taken together, read as that language."""
    text = "\n".join(plain(text) for text in texts)
    result = Identification(code)
    if not text.strip():
        return result
    if code in LANGID_EXPECTS:
        try:
            result.langid = _langid().classify(text)[0]
        except ImportError:
            result.problems.append("langid is not installed (pip install -r requirements-dev.txt)")
            return result
        if result.langid != LANGID_EXPECTS[code]:
            expected = LANGID_EXPECTS[code]
            result.problems.append(f"langid reads the text as {result.langid!r}, not {expected!r}")
    for own, rival in RIVALS.get(code, []):
        mine, theirs = SIGNATURES[own].hits(text), SIGNATURES[rival].hits(text)
        result.signatures[f"{own}/{rival}"] = (mine, theirs)
        if max(mine, theirs) >= SIGNATURE_MINIMUM and theirs >= mine:
            result.problems.append(
                f"the text looks more like {rival.split()[0]!r} than {code!r} "
                f"({theirs} typical letters and words against {mine})"
            )
    return result


# English left in a translation ----------------------------------------------------------------------

ENGLISH_WORDS = _words(
    "the and of you your are for with this that will not if have has what from by does they their which "
    "when was were should must would could there these those we our us been about after before into "
    "than then them only also who how"
)


def english_left(english, translation):
    """Whether a translation is (mostly) the English: the same long text, or mostly English words.

    English kept on purpose is not counted: names in brackets "(Home Office)", abbreviations, addresses.
    """
    if not translation.strip():
        return False
    long_english = len(re.findall(r"[A-Za-z]+", plain(english))) >= 4
    if long_english and translation.strip() == english.strip():
        return True
    words = tokens(plain(translation))
    if len(words) < 4:
        return False
    english_words = sum(word in ENGLISH_WORDS for word in words)
    return english_words >= 3 and english_words / len(words) >= 0.25


# Stamps: what English a translation was made from ---------------------------------------------------


def fingerprint(text):
    """A short hash of a text, blind to line wrapping: recorded with a translation (`translations stamp`)
    so that a change to the English shows which translations were made from an older text."""
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode()).hexdigest()[:10]
