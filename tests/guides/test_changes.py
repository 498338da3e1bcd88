"""'What changed': the page, its loading from changes.toml, the line on each guide, and case notices."""

import html
import re
import textwrap
from datetime import UTC, datetime

import pytest
from django.utils.html import strip_tags

from guides.loading import ContentError, load
from guides.models import Change, Guide
from selfhelp.cases.models import DismissedChange, Membership


def words(markup):
    return " ".join(html.unescape(strip_tags(markup)).split())


def page(client, address):
    response = client.get(address)
    assert response.status_code == 200
    return response.content.decode()


# --- The page ---------------------------------------------------------------------------------------


def test_the_page_lists_every_change_newest_first_with_dates_and_dated_sources(client, guides):
    markup = page(client, "/en/changes/")
    keys = re.findall(r'<section class="change" id="([a-z0-9-]+)"', markup)
    expected = [
        c.key for c in sorted(Change.objects.all(), key=lambda c: (c.published, c.date), reverse=True)
    ]
    assert keys == expected
    assert keys.index("article-12a-in-force") < keys.index("certified-claims-have-no-appeal")
    certified = re.search(
        r'<section class="change" id="certified-claims-have-no-appeal".*?</section>', markup, re.S
    )
    text = words(certified.group(0))
    assert "The law changed: 28 June 2022" in text
    assert "Our advice changed: 6 December 2026" in text
    assert "section 94(3A)" in text and "(checked 6 Dec 2026)" in text
    assert "Can you appeal?" in text  # links the guide it changed


def test_every_page_links_to_what_changed_from_its_footer(client, guides):
    markup = page(client, "/en/guides/")
    footer = markup[markup.index('<footer class="site-footer">') :]
    assert '<a href="/en/changes/">What changed</a>' in footer


def test_a_translated_page_keeps_the_english_summary_beside_a_missing_translation(client, guides):
    markup = page(client, "/ar/changes/")
    assert 'dir="rtl"' in markup
    assert "Claims certified as clearly unfounded have no appeal" in markup  # English until translated


def test_each_changed_guide_shows_a_line_linking_to_its_newest_change(client, guides):
    markup = page(client, "/en/guides/appeal-rights/")
    line = re.search(r'<p class="notice changed">.*?</p>', markup, re.S).group(0)
    newest = Guide.objects.get(slug="appeal-rights").changes.first()
    assert f'href="/en/changes/#{newest.key}"' in line
    assert "Changed on 6 December 2026" in words(line)
    assert '<p class="notice changed">' not in page(client, "/en/guides/evidence/")


def test_the_page_and_a_changed_guide_weigh_less_than_14_kb_compressed(client, guides):
    import gzip

    for address in (
        "/en/changes/",
        "/ar/changes/",
        "/en/guides/inadmissibility/",
        "/ar/guides/inadmissibility/",
    ):
        assert len(gzip.compress(client.get(address).content)) < 14 * 1024, address


# --- Loading ----------------------------------------------------------------------------------------

GUIDE = """
slug = "envelope"
title = "Keep the envelope"
summary = "The postmark shows when the letter was sent."

[[sources]]
citation = "FTT (IAC) Rules 2014, rule 19"
url = "https://www.legislation.gov.uk/uksi/2014/2604/article/19"
checked = 2026-11-20

[[sections]]
key = "why"
heading = "Why it matters"
body = "Keep it."
"""

CHANGES = """
[[changes]]
key = "postmark"
kind = "advice"
date = 2026-12-01
published = 2026-12-06
title = "Count from the postmark"
summary = "We now count from the postmark."
decisions = ["refusal"]
guides = ["envelope"]

[[changes.sources]]
citation = "FTT (IAC) Rules 2014, rule 19(2)"
url = "https://www.legislation.gov.uk/uksi/2014/2604/article/19"
checked = 2026-12-06
"""

FRENCH = """
[changes.postmark]
title = "Comptez depuis le cachet"
summary = "Nous comptons depuis le cachet de la poste."
"""


@pytest.fixture
def content(tmp_path, db):
    Guide.objects.all().delete()
    Change.objects.all().delete()
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "envelope.toml").write_text(textwrap.dedent(GUIDE), encoding="utf-8")
    (tmp_path / "changes.toml").write_text(textwrap.dedent(CHANGES), encoding="utf-8")
    (tmp_path / "translations" / "fr").mkdir(parents=True)
    (tmp_path / "translations" / "fr" / "changes.toml").write_text(textwrap.dedent(FRENCH), encoding="utf-8")
    return tmp_path


@pytest.mark.django_db
def test_changes_load_with_their_translations_guides_and_sources_and_a_second_load_writes_nothing(content):
    report = load(content)
    assert "change postmark" in report.created
    change = Change.objects.get(key="postmark")
    assert change.title_en == "Count from the postmark"
    assert change.title_fr == "Comptez depuis le cachet"
    assert [g.slug for g in change.guides.all()] == ["envelope"]
    assert change.sources == [
        {
            "citation": "FTT (IAC) Rules 2014, rule 19(2)",
            "url": change.sources[0]["url"],
            "checked": "2026-12-06",
        }
    ]
    assert change.touches("refusal") and not change.touches("certified")

    assert load(content).unchanged == ["guide envelope", "change postmark"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "advice"', 'kind = "rumour"', "kind must be one of"),
        ('decisions = ["refusal"]', 'decisions = ["appeal-allowed"]', "unknown kinds of decision"),
        ('guides = ["envelope"]', 'guides = ["nowhere"]', "no guide nowhere"),
        ("checked = 2026-12-06", 'checked = "last week"', "'checked' must be a date"),
    ],
)
def test_a_mistake_in_changes_toml_stops_the_load_and_says_what_is_wrong(content, old, new, message):
    path = content / "changes.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load(content)


# --- Notices on a saved case ------------------------------------------------------------------------


def saved_on(case, day):
    type(case).objects.filter(pk=case.pk).update(created=datetime(*day, 12, tzinfo=UTC))
    case.refresh_from_db()


def home(client, case):
    return page(client, f"/en/cases/{case.public_id}/")


def notices(markup):
    return re.findall(r'<section class="notice change" id="change-([a-z0-9-]+)"', markup)


def test_a_case_saved_before_a_change_that_touches_its_decision_shows_a_notice(signed_in, case, guides):
    case.decision = "certified"
    case.save()
    saved_on(case, (2026, 12, 1))
    markup = home(signed_in, case)
    shown = notices(markup)
    assert "certified-claims-have-no-appeal" in shown
    assert "returns-to-france" not in shown  # not about this kind of decision
    assert "What changed on 6 December 2026: Claims certified as clearly unfounded have no appeal" in words(
        markup
    )
    assert 'href="/en/changes/#certified-claims-have-no-appeal"' in markup


def test_a_case_saved_after_the_change_was_published_shows_no_notice(signed_in, case, guides):
    saved_on(case, (2026, 12, 7))
    assert notices(home(signed_in, case)) == []


def test_hiding_a_notice_hides_it_for_that_member_only(client, signed_in, case, make_user, guides):
    saved_on(case, (2026, 12, 1))
    assert "leaving-ends-the-appeal" in notices(home(signed_in, case))
    supporter = make_user("supporter")
    Membership.objects.create(case=case, user=supporter, role=Membership.Role.SUPPORTER)

    response = signed_in.post(f"/en/cases/{case.public_id}/changes/leaving-ends-the-appeal/hide/")
    assert response.status_code == 302
    markup = home(signed_in, case)
    assert "leaving-ends-the-appeal" not in notices(markup)
    assert "The notice is hidden." in markup
    assert DismissedChange.objects.count() == 1

    client.force_login(supporter)
    assert "leaving-ends-the-appeal" in notices(home(client, case))


def test_hiding_needs_a_post_and_a_member_of_the_case(client, signed_in, case, other_user, guides):
    address = f"/en/cases/{case.public_id}/changes/leaving-ends-the-appeal/hide/"
    assert signed_in.get(address).status_code == 405
    client.force_login(other_user)
    assert client.post(address).status_code == 404
    assert signed_in.post(f"/en/cases/{case.public_id}/changes/no-such-change/hide/").status_code == 404
    assert not DismissedChange.objects.exists()


def test_the_case_pdf_shows_the_notice_without_its_button(signed_in, case, guides):
    import io

    from pypdf import PdfReader

    saved_on(case, (2026, 12, 1))
    response = signed_in.get(f"/en/cases/{case.public_id}/pdf/")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split())
    assert "Leaving the UK ends an appeal against a refusal" in text
    assert "Hide this notice" not in text
