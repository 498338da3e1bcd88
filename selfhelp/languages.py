"""The languages the site offers.

PDFs print each script with the fonts in static/fonts (see static/css/print.css).

This list is fixed in code: django-modeltranslation makes one database column per language for every
translated field, so adding a language is a deliberate change with its own migration (see README,
"Adding a language"). Nothing here imports Django, so settings can read it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the code in URLs (/ar/…), in locale/ folder names and in column names (title_ar)
    english: str
    native: str
    rtl: bool = False

    @property
    def direction(self):
        return "rtl" if self.rtl else "ltr"


LANGUAGES = (
    Language("en", "English", "English"),
    Language("ar", "Arabic", "العربية", rtl=True),
    Language("fa", "Farsi", "فارسی", rtl=True),
    # Dari as fa-af: browsers send "fa-AF" for it, and Django falls back to Persian for any string
    # that has no Dari translation, which readers of Dari understand better than English.
    Language("fa-af", "Dari", "دری", rtl=True),
    Language("ps", "Pashto", "پښتو", rtl=True),
    Language("ur", "Urdu", "اردو", rtl=True),
    Language("ckb", "Kurdish (Sorani)", "کوردی سۆرانی", rtl=True),
    # Kurmanji as "ku": it is what browsers send for Kurdish written in Latin letters.
    Language("ku", "Kurdish (Kurmanji)", "Kurmancî"),
    Language("ti", "Tigrinya", "ትግርኛ"),
    Language("am", "Amharic", "አማርኛ"),
    Language("om", "Oromo", "Afaan Oromoo"),
    Language("so", "Somali", "Soomaali"),
    Language("bn", "Bengali", "বাংলা"),
    Language("vi", "Vietnamese", "Tiếng Việt"),
    Language("sq", "Albanian", "Shqip"),
    Language("tr", "Turkish", "Türkçe"),
    Language("fr", "French", "Français"),
)

BY_CODE = {language.code: language for language in LANGUAGES}
DEFAULT = "en"

# Languages Django's own table (django.conf.locale.LANG_INFO) lacks, or names differently.
# Settings merge these in, so that get_language_info() and the bidi check know them.
EXTRA_LANG_INFO = {
    language.code: {
        "bidi": language.rtl,
        "code": language.code,
        "name": language.english,
        "name_local": language.native,
    }
    for language in LANGUAGES
    if language.code in {"fa-af", "ps", "ku", "ti", "am", "om", "so", "ckb"}
}


def get(code):
    """The Language for a code, or English for a code the site does not offer."""
    return BY_CODE.get(code, BY_CODE[DEFAULT])
