"""load_guides: idempotent, keeps edits made in the admin, keeps ticks' items, loads translations."""

import textwrap

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guides.loading import ContentError, load
from guides.models import ChecklistItem, GlossaryTerm, Guide, Section

GUIDE = """
slug = "envelope"
order = 3
title = "Keep the envelope"
summary = "The postmark shows when the letter was sent."

[[sources]]
citation = "FTT (IAC) Rules 2014, rule 19"
url = "https://www.legislation.gov.uk/uksi/2014/2604/article/19"
checked = 2026-11-20

[[sections]]
key = "why"
heading = "Why it matters"
body = "The time to appeal runs from the day the letter was **sent**. See [RFRL](glossary:rfrl)."

[[sections]]
key = "action"
heading = "What to do"
[[sections.items]]
key = "keep"
text = "Keep the envelope."
[[sections.items]]
key = "write-date"
text = "Write the date you got it next to the postmark."
"""

GLOSSARY = """
[[terms]]
key = "rfrl"
term = "RFRL"
expansion = "Reasons for Refusal Letter"
definition = "The letter that explains why your claim was refused."
guide = "envelope"
"""

ARABIC = """
title = "احتفظ بالظرف"
summary = "يبين ختم البريد متى أرسلت الرسالة."
reviewed = false
[sections.action]
heading = "ماذا تفعل"
[sections.action.items]
keep = "احتفظ بالظرف."
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def content(tmp_path, db):
    """A small content folder of its own, loaded into a database without the real guides."""
    Guide.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    write(tmp_path / "guides" / "envelope.toml", GUIDE)
    write(tmp_path / "glossary.toml", GLOSSARY)
    write(tmp_path / "translations" / "ar" / "envelope.toml", ARABIC)
    return tmp_path


def edit(content, name, old, new):
    path = content / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.django_db
def test_loading_creates_the_guide_its_sections_items_sources_and_glossary(content):
    report = load(content)

    assert report.created == ["guide envelope", "glossary term rfrl"]
    guide = Guide.objects.get(slug="envelope")
    assert guide.title_en == "Keep the envelope"
    assert [s.key for s in guide.sections.all()] == ["why", "action"]
    assert [i.key for i in ChecklistItem.objects.filter(section__key="action")] == ["keep", "write-date"]
    assert guide.sources.get().checked.isoformat() == "2026-11-20"
    assert GlossaryTerm.objects.get(key="rfrl").guide == guide


@pytest.mark.django_db
def test_loading_twice_writes_nothing_the_second_time(content, django_assert_max_num_queries):
    load(content)

    with django_assert_max_num_queries(12):  # reads only: guides, sections, items, sources, terms
        report = load(content)

    assert report.created == report.updated == report.kept_edits == []
    assert report.unchanged == ["guide envelope", "glossary term rfrl"]
    assert Guide.objects.count() == 1
    assert Section.objects.count() == 2
    assert ChecklistItem.objects.count() == 2


@pytest.mark.django_db
def test_a_changed_file_updates_items_in_place_so_ticks_keep_their_item(content):
    load(content)
    keep = ChecklistItem.objects.get(key="keep")

    edit(content, "guides/envelope.toml", 'text = "Keep the envelope."', 'text = "Keep the envelope safe."')
    report = load(content)

    assert report.updated == ["guide envelope"]
    keep.refresh_from_db()
    assert keep.text_en == "Keep the envelope safe."


@pytest.mark.django_db
def test_an_item_removed_from_the_file_is_removed(content):
    load(content)
    edit(
        content,
        "guides/envelope.toml",
        '[[sections.items]]\nkey = "write-date"',
        '[[sections.items]]\nkey = "photo"',
    )

    load(content)

    assert sorted(ChecklistItem.objects.values_list("key", flat=True)) == ["keep", "photo"]


@pytest.mark.django_db
def test_an_edit_made_in_the_admin_is_kept_and_reported_not_overwritten(content):
    load(content)
    Guide.objects.filter(slug="envelope").update(title_en="Keep the envelope (edited by staff)")
    edit(content, "guides/envelope.toml", "The postmark shows", "The date stamped on it shows")

    report = load(content)

    assert report.kept_edits == ["guide envelope"]
    guide = Guide.objects.get(slug="envelope")
    assert guide.title_en == "Keep the envelope (edited by staff)"
    assert guide.summary_en == "The postmark shows when the letter was sent."


@pytest.mark.django_db
def test_force_replaces_an_edit_made_in_the_admin(content):
    load(content)
    Guide.objects.filter(slug="envelope").update(title_en="Edited")

    report = load(content, force=True)

    assert report.updated == ["guide envelope"]
    assert Guide.objects.get(slug="envelope").title_en == "Keep the envelope"


@pytest.mark.django_db
def test_translations_fill_their_columns_and_missing_ones_stay_empty(content):
    load(content)

    guide = Guide.objects.get(slug="envelope")
    assert guide.title_ar == "احتفظ بالظرف"
    assert guide.title_fr == ""
    action = guide.sections.get(key="action")
    assert action.heading_ar == "ماذا تفعل"
    assert action.items.get(key="keep").text_ar == "احتفظ بالظرف."
    assert action.items.get(key="write-date").text_ar == ""
    assert guide.translation_status("ar") == "unreviewed"
    assert guide.translation_status("fr") == "missing"


@pytest.mark.django_db
def test_a_reviewed_mark_survives_a_reload_but_not_a_change_to_that_translation(content):
    load(content)
    Guide.objects.filter(slug="envelope").update(reviewed_languages=["ar"])

    load(content)
    assert Guide.objects.get(slug="envelope").translation_status("ar") == "reviewed"

    edit(content, "translations/ar/envelope.toml", "احتفظ بالظرف.", "احتفظ بالظرف دائما.")
    load(content)
    assert Guide.objects.get(slug="envelope").translation_status("ar") == "unreviewed"


@pytest.mark.django_db
def test_a_translation_file_can_say_it_was_reviewed(content):
    edit(content, "translations/ar/envelope.toml", "reviewed = false", "reviewed = true")

    load(content)

    assert Guide.objects.get(slug="envelope").translation_status("ar") == "reviewed"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('slug = "envelope"', "", "missing slug"),
        ('key = "write-date"', 'key = "keep"', "two items with the key 'keep'"),
        ('summary = "The', "summary = The", "envelope.toml"),
    ],
)
def test_a_malformed_file_stops_the_load_with_its_name_and_the_problem(content, old, new, message):
    edit(content, "guides/envelope.toml", old, new)

    with pytest.raises(ContentError, match=message):
        load(content)
    assert not Guide.objects.exists()


@pytest.mark.django_db
def test_the_command_loads_the_real_content_and_reports_a_second_run_as_unchanged(capsys):
    Guide.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    call_command("load_guides")
    first = capsys.readouterr().out
    call_command("load_guides")
    second = capsys.readouterr().out

    total = Guide.objects.count() + GlossaryTerm.objects.count()
    assert f"{total} created, 0 updated, 0 unchanged" in first
    assert f"0 created, 0 updated, {total} unchanged" in second


@pytest.mark.django_db
def test_the_command_turns_a_content_error_into_a_clear_failure(settings, monkeypatch):
    def broken(**kwargs):
        raise ContentError("guides/content/guides/x.toml: missing title")

    monkeypatch.setattr("guides.management.commands.load_guides.load", broken)
    with pytest.raises(CommandError, match=r"x\.toml: missing title"):
        call_command("load_guides")


@pytest.mark.django_db
def test_pages_in_the_evidence_folder_become_the_evidence_catalogue(content):
    write(content / "evidence" / "expert.toml", GUIDE.replace('slug = "envelope"', 'slug = "expert-report"'))

    load(content)

    assert Guide.objects.get(slug="expert-report").collection == "evidence"
    assert Guide.objects.get(slug="envelope").collection == "guides"
    assert list(Guide.objects.guides().values_list("slug", flat=True)) == ["envelope"]


@pytest.mark.django_db
def test_a_text_too_long_for_its_column_is_refused_on_every_database_not_only_postgresql(content):
    edit(content, "guides/envelope.toml", 'heading = "Why it matters"', f'heading = "{"x" * 201}"')

    with pytest.raises(ContentError, match=r"guide envelope, section why: heading"):
        load(content)


@pytest.mark.django_db
def test_something_new_in_what_is_loaded_is_not_mistaken_for_an_edit_in_the_admin(content):
    load(content)
    # As if the guide had been loaded by an older version that did not load `collection` yet.
    guide = Guide.objects.get(slug="envelope")
    del guide.loaded_state["collection"]
    guide.save(update_fields=["loaded_state"])
    edit(content, "guides/envelope.toml", "The postmark shows", "The date stamped on it shows")

    report = load(content)

    assert report.updated == ["guide envelope"]
    assert report.kept_edits == []


# --- "Last checked": a guide is only as fresh as its least recently checked source --------------------


@pytest.mark.django_db
def test_a_guides_last_checked_date_is_the_oldest_of_its_sources_dates(content):
    edit(
        content,
        "guides/envelope.toml",
        '[[sections]]\nkey = "why"',
        '[[sources]]\ncitation = "Newer"\nurl = "https://www.gov.uk/"\nchecked = 2026-12-06\n\n'
        '[[sections]]\nkey = "why"',
    )
    load(content)

    guide = Guide.objects.get(slug="envelope")
    assert [s.checked.isoformat() for s in guide.sources.all()] == ["2026-11-20", "2026-12-06"]
    assert guide.last_checked.isoformat() == "2026-11-20"


@pytest.mark.django_db
def test_rechecking_every_source_moves_the_guides_date_on_at_the_next_load(content):
    load(content)
    edit(content, "guides/envelope.toml", "checked = 2026-11-20", "checked = 2026-12-06")

    load(content)

    assert Guide.objects.get(slug="envelope").last_checked.isoformat() == "2026-12-06"


@pytest.mark.django_db
def test_a_last_checked_date_newer_than_the_oldest_source_stops_the_load(content):
    edit(content, "guides/envelope.toml", "order = 3\n", "order = 3\nlast_checked = 2026-12-06\n")

    with pytest.raises(
        ContentError, match=r"last_checked 2026-12-06 is newer than its oldest source \(2026-11-20\)"
    ):
        load(content)
    assert not Guide.objects.exists()


@pytest.mark.django_db
def test_an_older_last_checked_date_is_kept_and_a_guide_without_sources_needs_one(content):
    edit(content, "guides/envelope.toml", "order = 3\n", "order = 3\nlast_checked = 2026-11-01\n")
    load(content)
    assert Guide.objects.get(slug="envelope").last_checked.isoformat() == "2026-11-01"

    text = (content / "guides" / "envelope.toml").read_text(encoding="utf-8")
    start = text.index("[[sources]]")
    end = text.index("[[sections]]")
    (content / "guides" / "envelope.toml").write_text(text[:start] + text[end:], encoding="utf-8")
    edit(content, "guides/envelope.toml", "last_checked = 2026-11-01\n", "")
    with pytest.raises(ContentError, match="missing last_checked"):
        load(content)


@pytest.mark.django_db
def test_no_real_guide_shows_a_newer_date_than_its_oldest_source():
    load()

    for guide in Guide.objects.prefetch_related("sources"):
        dates = [source.checked for source in guide.sources.all()]
        assert dates, guide.slug
        assert guide.last_checked == min(dates), guide.slug


ARABIC_BODY = """
[sections.why]
heading = "لماذا يهم"
body = "يبدأ وقت الاستئناف من يوم **إرسال** الرسالة. انظر [RFRL](glossary:rfrl)."
"""


@pytest.mark.django_db
def test_a_translated_body_fills_its_column_and_the_english_stays_the_authoritative_text(content):
    edit(content, "translations/ar/envelope.toml", "[sections.action]", ARABIC_BODY + "\n[sections.action]")

    load(content)

    why = Section.objects.get(key="why")
    assert why.body_ar.startswith("يبدأ وقت الاستئناف")
    assert why.body_en.startswith("The time to appeal")
    assert why.body_fr == ""


@pytest.mark.django_db
def test_a_translation_made_from_an_older_english_is_not_loaded_until_it_is_stamped_again(content):
    from selfhelp.i18n import content as files

    edit(content, "translations/ar/envelope.toml", "[sections.action]", ARABIC_BODY + "\n[sections.action]")
    english = files.english_files(content)
    for file in files.translation_files(content, "ar", english):
        files.stamp(file)
    assert load(content).stale == []
    assert Section.objects.get(key="why").body_ar

    edit(content, "guides/envelope.toml", "was **sent**", "was **posted**")
    report = load(content)

    assert report.stale == ["ar envelope sections.why.body"]
    why = Section.objects.get(key="why")
    assert why.body_ar == ""  # the English stands in
    assert why.heading_ar == "لماذا يهم"  # its heading was made from an English that did not change
    assert Guide.objects.get(slug="envelope").english_parts("ar") > 0

    edit(content, "translations/ar/envelope.toml", "من يوم **إرسال**", "من يوم **إرسال** (posted)")
    for file in files.translation_files(content, "ar", files.english_files(content)):
        files.stamp(file)
    assert load(content).stale == []
    assert "(posted)" in Section.objects.get(key="why").body_ar


@pytest.mark.django_db
def test_a_changed_body_clears_the_reviewed_mark_of_that_language(content):
    edit(content, "translations/ar/envelope.toml", "[sections.action]", ARABIC_BODY + "\n[sections.action]")
    load(content)
    Guide.objects.filter(slug="envelope").update(reviewed_languages=["ar"])
    load(content)
    assert Guide.objects.get(slug="envelope").translation_status("ar") == "reviewed"

    edit(content, "translations/ar/envelope.toml", "يبدأ وقت", "يبدأ الوقت")
    load(content)

    assert Guide.objects.get(slug="envelope").translation_status("ar") == "unreviewed"
