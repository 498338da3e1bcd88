"""Versions of the published content: a cached PDF or page is used only while its content is unchanged.

Every cached guide PDF, glossary PDF, pack and public page is stored under a key that holds the versions
of what it shows (see guides/pdfcache.py and guides/pagecache.py). A version is a random token kept in
the shared cache, one per scope:

- ``guide:<slug>``: a guide or an evidence page, its sections, checklist items and sources;
- ``lists``: the lists of guides and evidence pages (titles and summaries), the home page, the pack form;
- ``glossary``: the glossary's terms;
- ``all``: everything (a change in the law, a review of the site's wording, a renamed or deleted guide).

A save or delete of any of them, from the admin, `load_guides` or anywhere else, replaces the tokens of
the scopes it touches, so exactly the PDFs and pages that show it are made again; a token that is missing
(a cache that was cleared) is made afresh, so nothing stale is ever served. The code's own version (the
templates, the compiled translations, the stylesheets) is part of every key too: a release that changes
how a page looks makes it again.
"""

import hashlib
import uuid
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

ALL = "all"
LISTS = "lists"
GLOSSARY = "glossary"
PREFIX = "content-version:"


def guide(slug):
    return f"guide:{slug}"


def current(*scopes):
    """One string naming the present version of the scopes (and of everything, and of the code)."""
    wanted = [ALL, *scopes]
    keys = [PREFIX + scope for scope in wanted]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            # add(), not set(): two processes that both miss agree on the first one's token.
            cache.add(key, uuid.uuid4().hex, timeout=None)
            found[key] = cache.get(key) or uuid.uuid4().hex
    return ".".join([code_version(), *(found[key] for key in keys)])


def bump(*scopes):
    """A new version of each scope: whatever was cached under the old one is no longer used.

    Done at once and again when the transaction commits: a process that rendered the old content
    between the two stored it under the first new token, which the second replaces.
    """

    def replace():
        cache.set_many({PREFIX + scope: uuid.uuid4().hex for scope in scopes}, timeout=None)

    replace()
    transaction.on_commit(replace)


def key(kind, *parts):
    """A cache key short enough for every backend (memcached allows 250 characters)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f"{kind}:{digest}"


@lru_cache(maxsize=1)
def code_version():
    """A fingerprint of the files that shape a rendered page: templates, compiled translations, CSS,
    fonts and the Python code. Taken once per process (a release restarts the processes)."""
    base = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    patterns = [
        ("templates", "**/*.html"),
        ("locale", "**/*.mo"),
        ("static/css", "*.css"),
        ("static/fonts", "*"),
        ("guides", "**/*.py"),
        ("selfhelp", "**/*.py"),
    ]
    for folder, pattern in patterns:
        for path in sorted((base / folder).glob(pattern)):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(base)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


# What each save or delete touches -------------------------------------------------------------------


def _guide_slug(guide_id):
    from guides.models import Guide

    return Guide.objects.filter(pk=guide_id).values_list("slug", flat=True).first()


def _bump_guide(guide_id):
    slug = _guide_slug(guide_id)
    bump(guide(slug)) if slug else bump(ALL)


def guide_saving(sender, instance, raw=False, **kwargs):
    """A guide renamed (its address changes): every page that links to it changes."""
    if raw or instance.pk is None:
        return
    old = _guide_slug(instance.pk)
    if old is not None and old != instance.slug:
        bump(ALL)


def guide_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= {"loaded_state"}):
        return
    bump(guide(instance.slug), LISTS)


def guide_deleted(sender, instance, **kwargs):
    bump(guide(instance.slug), LISTS, ALL)


def section_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _bump_guide(instance.guide_id)


def item_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from guides.models import Section

    guide_id = Section.objects.filter(pk=instance.section_id).values_list("guide_id", flat=True).first()
    _bump_guide(guide_id) if guide_id else bump(ALL)


def term_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= {"loaded_state"}):
        return
    bump(GLOSSARY)
    if instance.guide_id:
        _bump_guide(instance.guide_id)


def everything_changed(sender, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= {"loaded_state"}):
        return
    bump(ALL)


def connect():
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

    from guides.models import Change, ChecklistItem, GlossaryTerm, Guide, InterfaceReview, Section, Source

    uid = "guides.versions"
    pre_save.connect(guide_saving, sender=Guide, dispatch_uid=f"{uid}.guide.pre")
    post_save.connect(guide_changed, sender=Guide, dispatch_uid=f"{uid}.guide")
    post_delete.connect(guide_deleted, sender=Guide, dispatch_uid=f"{uid}.guide.delete")
    for model, receiver in [
        (Section, section_changed),
        (Source, section_changed),
        (ChecklistItem, item_changed),
        (GlossaryTerm, term_changed),
        (Change, everything_changed),
        (InterfaceReview, everything_changed),
    ]:
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}.{model.__name__}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}.{model.__name__}.delete")
    m2m_changed.connect(everything_changed, sender=Change.guides.through, dispatch_uid=f"{uid}.changes")
