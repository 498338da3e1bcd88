"""Sorting words in each language's own alphabetical order, without ICU (PyICU is not installed).

`sort_key(text, code)` gives a key for `sorted()`. It is a simple, explainable collation, not the full
Unicode Collation Algorithm:

- Languages whose alphabet puts letters where Unicode does not (Turkish ç ğ ı ö ş ü after c g h o s u;
  Albanian digraphs dh, gj, ll, nj, rr, sh, th, xh, zh as letters of their own; Kurmanji ç ê î ş û;
  Persian, Dari, Pashto, Urdu and Sorani letters added to the Arabic script, like پ چ ژ گ, which
  Unicode encodes after the Arabic ones) sort by their alphabet as written below. Letters not in the
  alphabet sort after it, by code point.
- Arabic: the forms of alef with hamza or madda count as alef, alef maqsura as yeh, teh marbuta as
  heh; the rest follow Unicode, which encodes the Arabic letters in alphabetical order.
- Ethiopic (Tigrinya, Amharic) and Bengali: Unicode encodes them in their traditional order, so code
  points are the order.
- Latin-script languages without a table (English, French, Somali, Oromo, Vietnamese): case and
  accents are ignored first, then break ties (é after e). For Vietnamese this is an approximation:
  its letters ă â đ ê ô ơ ư are separate letters in its own order.

Pure: no Django.
"""

import unicodedata

_ALPHABETS = {
    "tr": "a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z",
    "ku": "a b c ç d e ê f g h i î j k l m n o p q r s ş t u û v w x y z",
    "sq": "a b c ç d dh e ë f g gj h i j k l ll m n nj o p q r rr s sh t th u v x xh y z zh",
    "fa": "ا آ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی",
    "ps": "ا آ ب پ ت ټ ث ج ځ چ څ ح خ د ډ ذ ر ړ ز ژ ږ س ش ښ ص ض ط ظ ع غ ف ق ک ګ ل م ن ڼ و ه ی ې ۍ ئ",
    "ur": "ا آ ب پ ت ٹ ث ج چ ح خ د ڈ ذ ر ڑ ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن ں و ہ ھ ء ی ے",
    "ckb": "ئ ا ب پ ت ج چ ح خ د ر ڕ ز ژ س ش ع غ ف ڤ ق ک گ ل ڵ م ن و ۆ ه ە ی ێ",
}
_ALPHABETS["fa-af"] = _ALPHABETS["fa"]

# Letters written two ways (Arabic and Persian forms of kaf, yeh, heh; hamza and madda on alef).
_SAME = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا"})
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_ARABIC_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # harakat, tatweel


def _letters(text: str, code: str) -> str:
    if code == "ar":
        text = text.translate(_ARABIC)
    elif code in ("fa", "fa-af", "ps", "ur", "ckb"):
        text = text.translate(_SAME)
    return "".join(c for c in text if c not in _ARABIC_MARKS)


def _plain(text: str) -> str:
    """Case and accents removed (é → e), for Latin letters."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def _by_alphabet(text: str, alphabet: list[str]) -> tuple[int, ...]:
    index = {letter: n for n, letter in enumerate(alphabet)}
    longest = max(len(letter) for letter in alphabet)
    text = unicodedata.normalize("NFC", text.casefold())
    key, position = [], 0
    while position < len(text):
        for size in range(longest, 0, -1):
            piece = text[position : position + size]
            if piece in index:
                key.append(index[piece])
                position += size
                break
        else:
            key.append(len(alphabet) + ord(text[position]))
            position += 1
    return tuple(key)


def sort_key(text: str, code: str):
    """A key that sorts `text` in the language's alphabetical order (see the module's notes)."""
    text = _letters(text.strip(), code)
    if code in _ALPHABETS:
        return (_by_alphabet(text, _ALPHABETS[code].split()), text)
    return (_plain(text), text.casefold(), text)
