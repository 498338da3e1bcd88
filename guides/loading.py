"""Load the guide texts from guides/content/ into the database, idempotently.

Each guide and glossary term is compared as a whole ("state": every field, every translation, every
section and checklist item) with what the files say:

- the same: nothing is written;
- the database still holds what the last load wrote (kept in `loaded_state`): it is updated from the files;
- the database differs from the last load: someone edited it in the admin. It is left alone and reported,
  unless `force` is given.

Checklist items and sections are updated in place by their key, so ticks saved on cases survive a reload.
A translation whose text changes loses its "reviewed" mark unless its file says it was reviewed.

A translation made from an older English text (its stamp in the file's [made_from] table names another
English: see selfhelp/i18n/content.py) is not loaded: the English stands in for it until the translator
updates it and stamps it again. Each one is reported.
"""

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from guides.models import Change, ChecklistItem, GlossaryTerm, Guide, Section, Source
from selfhelp import languages
from selfhelp.decisions import Decision
from selfhelp.i18n.checks import fingerprint
from selfhelp.i18n.content import STAMPS

CONTENT_DIR = Path(settings.BASE_DIR) / "guides" / "content"
CODES = [language.code for language in languages.LANGUAGES]
OTHER_CODES = [code for code in CODES if code != languages.DEFAULT]


class ContentError(Exception):
    """A content file is malformed. The message names the file and the problem."""


def column(name, code):
    return f"{name}_{code.replace('-', '_')}"


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    kept_edits: list = field(default_factory=list)
    not_in_files: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    stale: list = field(default_factory=list)  # "ar appeal-rights sections.time-limits.body"


def as_loaded(current, loaded):
    """Whether the database's `current` state still holds everything the last load wrote (`loaded`).

    Only what the load wrote is compared: a field added to the state later (by a new version of this
    loader or a migration) is not an edit made in the admin.
    """
    if isinstance(loaded, dict) and isinstance(current, dict):
        return all(key in current and as_loaded(current[key], value) for key, value in loaded.items())
    if isinstance(loaded, list) and isinstance(current, list):
        return len(loaded) == len(current) and all(map(as_loaded, current, loaded))
    return current == loaded


def _read(path):
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path}: {error}") from error


def _require(data, keys, where):
    missing = [key for key in keys if not data.get(key)]
    if missing:
        raise ContentError(f"{where}: missing {', '.join(missing)}")


def _translated(english, translations, getter, where=None, stale=None):
    """{code: text} with English and every language whose file gives a text made from this English.

    `where` is (file name, field path): a translation whose stamp names an older English is left out and
    listed in `stale`.
    """
    texts = {languages.DEFAULT: english.strip()}
    for code, data in translations.items():
        text = getter(data)
        if not (text and text.strip()):
            continue
        if where is not None:
            made_from = data.get(STAMPS, {}).get(where[1], "").partition(":")[0]
            if made_from and made_from != fingerprint(english):
                if stale is not None:
                    stale.append(f"{code} {where[0]} {where[1]}")
                continue
        texts[code] = text.strip()
    return texts


def _iso(value):
    return value.isoformat() if isinstance(value, date) else str(value)


# Reading the files ----------------------------------------------------------------------------------


COLLECTIONS = {"guides": "guides", "evidence": "evidence"}  # folder → Guide.collection


def read_guide_files(content_dir=CONTENT_DIR, stale=None):
    """{slug: (state, {code: reviewed})} for every guide and evidence page, and their translations.

    Translations made from an older English are left out and listed in `stale`.
    """
    guides = {}
    paths = [
        (path, collection)
        for folder, collection in COLLECTIONS.items()
        for path in sorted((content_dir / folder).glob("*.toml"))
    ]
    for path, collection in paths:
        data = _read(path)
        _require(data, ["slug", "title", "summary", "sections"], path)
        slug = data["slug"]
        if slug in guides:
            raise ContentError(f"{path}: a second guide with the slug {slug!r}")
        translations, reviewed = {}, {}
        for code in OTHER_CODES:
            translation_path = content_dir / "translations" / code / f"{slug}.toml"
            if translation_path.exists():
                translations[code] = _read(translation_path)
                reviewed[code] = bool(translations[code].get("reviewed", False))
        guides[slug] = (_guide_state(path, data, translations, collection, stale), reviewed)
    return guides


def _guide_state(path, data, translations, collection, stale=None):
    slug = data["slug"]
    sections, section_keys = [], set()
    for number, section in enumerate(data["sections"], start=1):
        _require(section, ["key", "heading"], f"{path}, section {number}")
        key = section["key"]
        if key in section_keys:
            raise ContentError(f"{path}: two sections with the key {key!r}")
        section_keys.add(key)
        items, item_keys = [], set()
        for item in section.get("items", []):
            _require(item, ["key", "text"], f"{path}, section {key!r}")
            if item["key"] in item_keys:
                raise ContentError(f"{path}: two items with the key {item['key']!r} in section {key!r}")
            item_keys.add(item["key"])
            items.append(
                {
                    "key": item["key"],
                    "text": _translated(
                        item["text"],
                        translations,
                        lambda t, s=key, i=item["key"]: (
                            t.get("sections", {}).get(s, {}).get("items", {}).get(i)
                        ),
                        (slug, f"sections.{key}.items.{item['key']}"),
                        stale,
                    ),
                }
            )
        sections.append(
            {
                "key": key,
                "heading": _translated(
                    section["heading"],
                    translations,
                    lambda t, s=key: t.get("sections", {}).get(s, {}).get("heading"),
                    (slug, f"sections.{key}.heading"),
                    stale,
                ),
                "body": _translated(
                    section.get("body", ""),
                    translations,
                    lambda t, s=key: t.get("sections", {}).get(s, {}).get("body"),
                    (slug, f"sections.{key}.body"),
                    stale,
                )
                if section.get("body", "").strip()
                else {},
                "items": items,
            }
        )
    return {
        "slug": data["slug"],
        "collection": collection,
        "order": int(data.get("order", 0)),
        "last_checked": _iso(guide_last_checked(path, data)),
        "title": _translated(data["title"], translations, lambda t: t.get("title"), (slug, "title"), stale),
        "summary": _translated(
            data["summary"], translations, lambda t: t.get("summary"), (slug, "summary"), stale
        ),
        "sources": [
            {"citation": s["citation"], "url": s.get("url", ""), "checked": _iso(s["checked"])}
            for s in data.get("sources", [])
        ],
        "sections": sections,
    }


def guide_last_checked(path, data):
    """A guide's "last checked" date: the oldest of its sources' dates.

    Each source's ``checked`` date is its own; a guide is only as fresh as its least recently checked
    source, so it never shows a newer date than that. A file may still give ``last_checked`` (needed
    when it has no sources), but never one newer than its oldest source: that stops the load.
    """
    checked = []
    for number, source in enumerate(data.get("sources", []), start=1):
        day = source.get("checked")
        if not isinstance(day, date):
            raise ContentError(f"{path}, source {number}: 'checked' must be a date like 2026-12-06")
        checked.append(day)
    given = data.get("last_checked")
    if given is not None and not isinstance(given, date):
        raise ContentError(f"{path}: 'last_checked' must be a date like 2026-12-06")
    if not checked:
        if given is None:
            raise ContentError(f"{path}: missing last_checked (a guide with no sources needs one)")
        return given
    oldest = min(checked)
    if given is not None and given > oldest:
        raise ContentError(
            f"{path}: last_checked {given.isoformat()} is newer than its oldest source "
            f"({oldest.isoformat()}). A guide's date is the oldest of its sources' dates: remove "
            "last_checked, or check that source again and change its date."
        )
    return min(oldest, given) if given is not None else oldest


def read_glossary_files(content_dir=CONTENT_DIR, stale=None):
    """{key: (state, {code: reviewed})} for every glossary term."""
    path = content_dir / "glossary.toml"
    if not path.exists():
        return {}
    data = _read(path)
    translations, reviewed_files = {}, {}
    for code in OTHER_CODES:
        translation_path = content_dir / "translations" / code / "glossary.toml"
        if translation_path.exists():
            translations[code] = _read(translation_path)
            reviewed_files[code] = bool(translations[code].get("reviewed", False))
    terms = {}
    for number, term in enumerate(data.get("terms", []), start=1):
        _require(term, ["key", "term", "definition"], f"{path}, term {number}")
        key = term["key"]
        if key in terms:
            raise ContentError(f"{path}: two terms with the key {key!r}")

        def translated_term(name, key=key):
            return lambda t: t.get("terms", {}).get(key, {}).get(name)

        def where(name, key=key):
            return ("glossary", f"terms.{key}.{name}")

        state = {
            "key": key,
            "term": _translated(term["term"], translations, translated_term("term"), where("term"), stale),
            "expansion": _translated(
                term.get("expansion", ""),
                translations,
                translated_term("expansion"),
                where("expansion"),
                stale,
            ),
            "definition": _translated(
                term["definition"], translations, translated_term("definition"), where("definition"), stale
            ),
            "guide": term.get("guide", ""),
        }
        if not state["expansion"][languages.DEFAULT]:
            state["expansion"] = {}
        terms[key] = (state, reviewed_files)
    return terms


CHANGE_KINDS = {kind.value for kind in Change.Kind}
# The kinds of decision a case can hold (a change's `decisions` must be among them).
DECISIONS = {decision.value for decision in Decision} | {"other"}


def read_change_files(content_dir=CONTENT_DIR):
    """{key: (state, {code: reviewed})} for every entry of changes.toml ("What changed")."""
    path = content_dir / "changes.toml"
    if not path.exists():
        return {}
    data = _read(path)
    translations, reviewed_files = {}, {}
    for code in OTHER_CODES:
        translation_path = content_dir / "translations" / code / "changes.toml"
        if translation_path.exists():
            translations[code] = _read(translation_path)
            reviewed_files[code] = bool(translations[code].get("reviewed", False))
    changes = {}
    for number, change in enumerate(data.get("changes", []), start=1):
        where = f"{path}, change {number}"
        _require(change, ["key", "kind", "date", "published", "title", "summary", "sources"], where)
        key = change["key"]
        if key in changes:
            raise ContentError(f"{path}: two changes with the key {key!r}")
        if change["kind"] not in CHANGE_KINDS:
            raise ContentError(f"{where}: kind must be one of {', '.join(sorted(CHANGE_KINDS))}")
        for name in ("date", "published"):
            if not isinstance(change[name], date):
                raise ContentError(f"{where}: {name!r} must be a date like 2026-12-06")
        unknown = [d for d in change.get("decisions", []) if d not in DECISIONS]
        if unknown:
            raise ContentError(f"{where}: unknown kinds of decision {unknown}")
        sources = []
        for source_number, source in enumerate(change["sources"], start=1):
            _require(source, ["citation", "url", "checked"], f"{where}, source {source_number}")
            if not isinstance(source["checked"], date):
                raise ContentError(f"{where}, source {source_number}: 'checked' must be a date")
            sources.append(
                {"citation": source["citation"], "url": source["url"], "checked": _iso(source["checked"])}
            )

        def translated(name, key=key):
            return lambda t: t.get("changes", {}).get(key, {}).get(name)

        state = {
            "key": key,
            "kind": change["kind"],
            "date": _iso(change["date"]),
            "published": _iso(change["published"]),
            "title": _translated(change["title"], translations, translated("title")),
            "summary": _translated(change["summary"], translations, translated("summary")),
            "sources": sources,
            "decisions": list(change.get("decisions", [])),
            "guides": sorted(change.get("guides", [])),
        }
        changes[key] = (state, reviewed_files)
    return changes


# Reading the database -------------------------------------------------------------------------------


def _db_texts(obj, name):
    return {code: text for code in CODES if (text := getattr(obj, column(name, code)) or "")}


def guide_db_state(guide):
    return {
        "slug": guide.slug,
        "collection": guide.collection,
        "order": guide.order,
        "last_checked": _iso(guide.last_checked),
        "title": _db_texts(guide, "title"),
        "summary": _db_texts(guide, "summary"),
        "sources": [
            {"citation": s.citation, "url": s.url, "checked": _iso(s.checked)} for s in guide.sources.all()
        ],
        "sections": [
            {
                "key": section.key,
                "heading": _db_texts(section, "heading"),
                "body": _db_texts(section, "body"),
                "items": [{"key": item.key, "text": _db_texts(item, "text")} for item in section.items.all()],
            }
            for section in guide.sections.all()
        ],
    }


def term_db_state(term):
    return {
        "key": term.key,
        "term": _db_texts(term, "term"),
        "expansion": _db_texts(term, "expansion"),
        "definition": _db_texts(term, "definition"),
        "guide": term.guide.slug if term.guide_id else "",
    }


def change_db_state(change):
    return {
        "key": change.key,
        "kind": change.kind,
        "date": _iso(change.date),
        "published": _iso(change.published),
        "title": _db_texts(change, "title"),
        "summary": _db_texts(change, "summary"),
        "sources": list(change.sources),
        "decisions": list(change.decisions),
        "guides": sorted(guide.slug for guide in change.guides.all()),
    }


def texts_in(state, code):
    """Every text of one language in a state, in order: what a reviewer of that language checked."""
    if isinstance(state, dict):
        if code in state and all(key in CODES for key in state):
            return [state[code]]
        return [text for key in sorted(state) for text in texts_in(state[key], code)]
    if isinstance(state, list):
        return [text for value in state for text in texts_in(value, code)]
    return []


def _reviewed(old_state, new_state, old_reviewed, file_reviewed):
    """Keep a reviewed mark only for languages whose text did not change, unless the file says reviewed."""
    reviewed = set()
    for code in OTHER_CODES:
        new_texts = texts_in(new_state, code)
        if not new_texts:
            continue
        if file_reviewed.get(code) or (
            old_state is not None and code in old_reviewed and texts_in(old_state, code) == new_texts
        ):
            reviewed.add(code)
    return sorted(reviewed)


# Writing ------------------------------------------------------------------------------------------


def _save(obj, where):
    """Save after checking every field against the model (lengths, slugs), as PostgreSQL would.

    SQLite stores a text that is too long without a word; the check makes a content mistake fail the
    same way, with the file's name, on every database.
    """
    try:
        obj.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        raise ContentError(
            f"{where}: {'; '.join(f'{k}: {v[0]}' for k, v in error.message_dict.items())}"
        ) from error
    obj.save()


def _set_texts(obj, name, texts):
    for code in CODES:
        setattr(obj, column(name, code), texts.get(code, ""))


def _write_guide(guide, state):
    guide.collection = state["collection"]
    guide.order = state["order"]
    guide.last_checked = date.fromisoformat(state["last_checked"])
    _set_texts(guide, "title", state["title"])
    _set_texts(guide, "summary", state["summary"])
    where = f"guide {guide.slug}"
    _save(guide, where)
    guide.sources.all().delete()
    for order, source in enumerate(state["sources"]):
        checked = date.fromisoformat(source["checked"])
        row = Source(
            guide=guide, order=order, citation=source["citation"], url=source["url"], checked=checked
        )
        _save(row, f"{where}, source {order + 1}")
    existing = {section.key: section for section in guide.sections.all()}
    for order, section_state in enumerate(state["sections"]):
        section = existing.pop(section_state["key"], None) or Section(guide=guide, key=section_state["key"])
        section.order = order
        _set_texts(section, "body", section_state["body"])
        _set_texts(section, "heading", section_state["heading"])
        _save(section, f"{where}, section {section.key}")
        items = {item.key: item for item in section.items.all()}
        for item_order, item_state in enumerate(section_state["items"]):
            item = items.pop(item_state["key"], None) or ChecklistItem(section=section, key=item_state["key"])
            item.order = item_order
            _set_texts(item, "text", item_state["text"])
            _save(item, f"{where}, item {section.key}/{item.key}")
        ChecklistItem.objects.filter(pk__in=[item.pk for item in items.values()]).delete()
    Section.objects.filter(pk__in=[section.pk for section in existing.values()]).delete()


def _write_term(term, state, guides_by_slug):
    _set_texts(term, "term", state["term"])
    _set_texts(term, "expansion", state["expansion"])
    _set_texts(term, "definition", state["definition"])
    term.guide = guides_by_slug.get(state["guide"])
    _save(term, f"glossary term {term.key}")


def _write_change(change, state, guides_by_slug):
    change.kind = state["kind"]
    change.date = date.fromisoformat(state["date"])
    change.published = date.fromisoformat(state["published"])
    _set_texts(change, "title", state["title"])
    _set_texts(change, "summary", state["summary"])
    change.sources = state["sources"]
    change.decisions = state["decisions"]
    _save(change, f"change {change.key}")
    change.guides.set([guides_by_slug[slug] for slug in state["guides"]])


def _sync(name, obj, new_state, file_reviewed, old_state, report, force, write):
    """Create, update, leave or keep one object, as the module docstring describes."""
    if obj.pk is not None and old_state == new_state:
        report.unchanged.append(name)
        if obj.loaded_state != new_state:
            obj.loaded_state = new_state
            obj.save(update_fields=["loaded_state"])
        return
    if obj.pk is not None and not as_loaded(old_state, obj.loaded_state) and not force:
        report.kept_edits.append(name)
        return
    created = obj.pk is None
    obj.reviewed_languages = _reviewed(
        None if created else old_state, new_state, obj.reviewed_languages, file_reviewed
    )
    obj.loaded_state = new_state
    write(obj, new_state)
    (report.created if created else report.updated).append(name)


@transaction.atomic
def load(content_dir=CONTENT_DIR, force=False):
    """Load every guide, glossary term and change ("What changed"); return a Report of what happened."""
    report = Report()
    guide_files = read_guide_files(content_dir, report.stale)
    term_files = read_glossary_files(content_dir, report.stale)

    guides = {guide.slug: guide for guide in Guide.objects.prefetch_related("sources", "sections__items")}
    for slug, (state, file_reviewed) in guide_files.items():
        guide = guides.get(slug) or Guide(slug=slug)
        old_state = guide_db_state(guide) if guide.pk else None
        _sync(f"guide {slug}", guide, state, file_reviewed, old_state, report, force, _write_guide)
        guides[slug] = guide
    report.not_in_files += [f"guide {slug}" for slug in guides if slug not in guide_files]

    terms = {term.key: term for term in GlossaryTerm.objects.select_related("guide")}
    for key, (state, file_reviewed) in term_files.items():
        if state["guide"] and state["guide"] not in guides:
            report.warnings.append(f"glossary term {key}: no guide {state['guide']!r}")
        term = terms.get(key) or GlossaryTerm(key=key)
        old_state = term_db_state(term) if term.pk else None
        _sync(
            f"glossary term {key}",
            term,
            state,
            file_reviewed,
            old_state,
            report,
            force,
            lambda obj, new_state: _write_term(obj, new_state, guides),
        )
    report.not_in_files += [f"glossary term {key}" for key in terms if key not in term_files]

    change_files = read_change_files(content_dir)
    for key, (state, _reviewed_files) in change_files.items():
        missing = [slug for slug in state["guides"] if slug not in guides]
        if missing:
            raise ContentError(f"changes.toml, change {key!r}: no guide {', '.join(missing)}")
    changes = {change.key: change for change in Change.objects.prefetch_related("guides")}
    for key, (state, file_reviewed) in change_files.items():
        change = changes.get(key) or Change(key=key)
        old_state = change_db_state(change) if change.pk else None
        _sync(
            f"change {key}",
            change,
            state,
            file_reviewed,
            old_state,
            report,
            force,
            lambda obj, new_state: _write_change(obj, new_state, guides),
        )
    report.not_in_files += [f"change {key}" for key in changes if key not in change_files]
    return report
