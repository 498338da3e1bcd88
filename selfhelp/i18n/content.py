"""The translated guide content, field by field, as the files in guides/content/ hold it. No Django.

Every text a guide, evidence page or glossary term has in English is a *field*, named by its path in the
translation file: ``title``, ``summary``, ``sections.<key>.heading``, ``sections.<key>.body``,
``sections.<key>.items.<key>``, ``terms.<key>.term`` (``expansion``, ``definition``).

A translation records what English it was made from in a ``[made_from]`` table at the end of its file,
written by ``manage.py translations stamp <code>``::

    [made_from]
    "sections.time-limits.body" = "3f2a9c1b0d:77aa01bc9e"   # English fingerprint : translation fingerprint

so that a change to the English shows, field by field, which translations were made from an older text
(*stale*): the site shows the English in their place until the translation is updated and stamped again.
A translation with no stamp yet (written before stamps existed) is shown, and counted as *unstamped*.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from selfhelp.i18n.checks import fingerprint

STAMPS = "made_from"
COLLECTIONS = ("guides", "evidence")


@dataclass(frozen=True)
class Field:
    file: str  # the translation file's name without .toml: a guide's slug, or "glossary"
    path: str
    english: str
    translation: str
    stamp: str | None

    @property
    def is_body(self):
        return self.path.endswith(".body")

    @property
    def status(self):
        """ "missing", "current", "stale" or "unstamped"."""
        if not self.translation:
            return "missing"
        if not self.stamp:
            return "unstamped"
        made_from = self.stamp.partition(":")[0]
        return "current" if made_from == fingerprint(self.english) else "stale"

    @property
    def shown(self):
        """Whether the site shows this translation (not missing, not made from an older English)."""
        return self.status in {"current", "unstamped"}

    @property
    def edited_since_stamp(self):
        return bool(self.stamp) and self.stamp.partition(":")[2] != fingerprint(self.translation)

    def new_stamp(self):
        return f"{fingerprint(self.english)}:{fingerprint(self.translation)}"


@dataclass
class File:
    name: str
    path: Path  # the translation file (it may not exist)
    data: dict  # the translation file, parsed ({} if it does not exist)
    fields: list

    @property
    def reviewed(self):
        return bool(self.data.get("reviewed", False))


def read_toml(path):
    with Path(path).open("rb") as f:
        return tomllib.load(f)


def _text(value):
    return value.strip() if isinstance(value, str) else ""


def english_guide_fields(data):
    """(path, English text) for every translatable text of a guide file."""
    yield "title", _text(data.get("title"))
    yield "summary", _text(data.get("summary"))
    for section in data.get("sections", []):
        key = section["key"]
        yield f"sections.{key}.heading", _text(section.get("heading"))
        if _text(section.get("body")):
            yield f"sections.{key}.body", _text(section.get("body"))
        for item in section.get("items", []):
            yield f"sections.{key}.items.{item['key']}", _text(item.get("text"))


def english_glossary_fields(data):
    for term in data.get("terms", []):
        for name in ("term", "expansion", "definition"):
            if _text(term.get(name)):
                yield f"terms.{term['key']}.{name}", _text(term.get(name))


def lookup(data, path):
    """The text at a field's path in a translation file ("" when it is not there)."""
    node = data
    parts = path.split(".")
    # sections.<key>.items.<key>: the item keys live in an "items" table
    for part in parts:
        if not isinstance(node, dict) or part not in node:
            return ""
        node = node[part]
    return _text(node)


def english_files(content_dir):
    """{name: (English data, fields)} for every guide, evidence page and the glossary."""
    found = {}
    for folder in COLLECTIONS:
        for path in sorted((Path(content_dir) / folder).glob("*.toml")):
            data = read_toml(path)
            found[data["slug"]] = list(english_guide_fields(data))
    glossary = Path(content_dir) / "glossary.toml"
    if glossary.exists():
        found["glossary"] = list(english_glossary_fields(read_toml(glossary)))
    return found


def translation_files(content_dir, code, english=None):
    """Every content file in one language: each English field with its translation and stamp."""
    english = english if english is not None else english_files(content_dir)
    folder = Path(content_dir) / "translations" / code
    files = []
    for name, fields in english.items():
        path = folder / f"{name}.toml"
        data = read_toml(path) if path.exists() else {}
        stamps = data.get(STAMPS, {})
        files.append(
            File(
                name=name,
                path=path,
                data=data,
                fields=[Field(name, key, text, lookup(data, key), stamps.get(key)) for key, text in fields],
            )
        )
    return files


def translated_codes(content_dir):
    """The languages that have a folder of translated content."""
    folder = Path(content_dir) / "translations"
    return sorted(path.name for path in folder.iterdir() if path.is_dir()) if folder.exists() else []


# Writing stamps -------------------------------------------------------------------------------------


def _toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _without_stamps(text):
    """The file's text without its [made_from] table (which the stamp command writes last)."""
    lines = text.splitlines(keepends=True)
    kept, inside = [], False
    for line in lines:
        header = re.match(r"\s*\[([^\[\]]+)\]\s*(#.*)?$", line)
        if header:
            inside = header.group(1).strip() == STAMPS
            if inside:
                continue
        if inside and (line.strip().startswith(('"', "#")) or not line.strip() or "=" in line):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    if kept and kept[-1].startswith("# Written by `manage.py translations stamp"):
        kept.pop()
    return "".join(kept)


@dataclass
class StampReport:
    stamped: list  # (file, path): newly stamped or re-stamped after the translation was updated
    still_stale: list  # (file, path): made from an older English and not changed since
    confirmed: list  # (file, path): stale, confirmed by the translator as still right


def stamp(file, confirm=()):
    """Record, for every translated field of a file, the English it was made from; write the file.

    A field with no stamp, or whose translation changed since its stamp, is stamped with the English as
    it is now: the translator has just written it. A field made from an older English whose translation
    did not change keeps its old stamp (it stays stale), unless its path is in `confirm` (the translator
    checked that the English change does not touch it).
    """
    report = StampReport([], [], [])
    stamps = {}
    for field in file.fields:
        if not field.translation:
            continue
        key = (file.name, field.path)
        if field.status == "unstamped" or (field.status == "stale" and field.edited_since_stamp):
            stamps[field.path] = field.new_stamp()
            report.stamped.append(key)
        elif field.status == "stale" and f"{file.name}:{field.path}" in confirm:
            stamps[field.path] = field.new_stamp()
            report.confirmed.append(key)
        elif field.status == "stale":
            stamps[field.path] = field.stamp
            report.still_stale.append(key)
        else:  # current: keep the English fingerprint, follow small edits of the translation
            stamps[field.path] = field.new_stamp()
            if field.stamp != stamps[field.path]:
                report.stamped.append(key)
    if not file.path.exists() or stamps == file.data.get(STAMPS, {}):
        return report
    text = _without_stamps(file.path.read_text(encoding="utf-8"))
    lines = [
        "",
        "",
        "# Written by `manage.py translations stamp`: the English each text was made from. Do not edit.",
        f"[{STAMPS}]",
        *(f"{_toml_string(path)} = {_toml_string(value)}" for path, value in stamps.items()),
    ]
    new_text = text + "\n".join(lines) + "\n"
    before = {key: value for key, value in file.data.items() if key != STAMPS}
    after = tomllib.loads(new_text)
    if {key: value for key, value in after.items() if key != STAMPS} != before or after[STAMPS] != stamps:
        raise ValueError(f"{file.path}: could not add the stamps without changing the text; nothing written")
    file.path.write_text(new_text, encoding="utf-8")
    return report
