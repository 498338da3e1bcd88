"""Page weights and PDF timings, printed (`make bench`). Nothing here passes or fails: it measures.

For each page: the bytes a phone downloads for its first view with compression on (the HTML as the site
sends it with `Accept-Encoding: gzip`, plus the stylesheets it is drawn with and its scripts, compressed
with Brotli as WhiteNoise serves them; not the print stylesheet or the icon, fetched after the page: see
tests/weight.py), against the 14 KB target (about what arrives in the first round trip of a new connection).
Then the median time to render a guide's PDF in a warm process, and the first (cold) render.

The site runs on a throwaway SQLite database with the real guide content, a user and a case.
"""

import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfhelp.settings")

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from selfhelp.languages import LANGUAGES  # noqa: E402
from tests.weight import first_view_assets  # noqa: E402

TARGET = 14 * 1024
LANGUAGE_CODES = [language.code for language in LANGUAGES]


def asset_bytes(html):
    """Compressed size of each stylesheet and script of the page's first view (tests/weight.py: not the
    print stylesheet or the icon, which the browser fetches after the page), with Brotli as WhiteNoise
    serves them to browsers that ask for it."""
    return {
        path: len(brotli.compress(Path(finders.find(path)).read_bytes())) for path in first_view_assets(html)
    }


def pages(case_id, guide_slugs, evidence_slugs):
    yield "home", "/en/"
    for code in LANGUAGE_CODES:
        for slug in guide_slugs:
            yield f"guide {slug} ({code})", f"/{code}/guides/{slug}/"
        for slug in evidence_slugs:
            yield f"evidence {slug} ({code})", f"/{code}/evidence/{slug}/"
    yield "guide list", "/en/guides/"
    for code in ("en", "ar", "ti"):
        yield f"glossary ({code})", f"/{code}/glossary/"
        yield f"glossary term ({code})", f"/{code}/glossary/rfrl/"
    for code in ("en", "ar"):
        yield f"what changed ({code})", f"/{code}/changes/"
    yield "privacy", "/en/privacy/"
    yield "choose a language", "/en/language/?next=/en/"
    yield "workshop pack form", "/en/print/"
    yield "deadlines: step 1", "/en/deadlines/"
    yield "deadlines: result", "/en/deadlines/?decision=refusal&letter_date=2026-11-10&sent=2026-11-12"
    outside = "decision=refusal&letter_date=2026-11-10&sent=2026-11-12&outside_uk=on&departed=2026-11-14"
    yield "deadlines: refusal outside the UK (ar)", f"/ar/deadlines/?{outside}"
    abroad = "decision=out-of-country-appeal&departed=2026-11-14"
    yield "deadlines: out-of-country appeal", f"/en/deadlines/?{abroad}"
    for code in LANGUAGE_CODES[1:]:
        yield f"deadlines: result ({code})", f"/{code}/deadlines/?decision=ftt-dismissed&sent=2026-11-12"
    yield "file request", "/en/file-request/"
    yield "log in (not logged in)", "/en/accounts/login/"
    yield "sign up (not logged in)", "/en/accounts/signup/"
    yield "case list", "/en/cases/"
    yield "case home", f"/en/cases/{case_id}/"
    for code in LANGUAGE_CODES[1:]:
        yield f"case home ({code})", f"/{code}/cases/{case_id}/"
    yield "case checklists", f"/en/cases/{case_id}/checklists/"
    yield "case checklist", f"/en/cases/{case_id}/checklists/{guide_slugs[0]}/"
    yield "case deadlines", f"/en/cases/{case_id}/deadlines/"
    yield "letter: start", "/en/letter/"
    yield "letter on a case (40 paragraphs)", f"/en/cases/{case_id}/letter/"
    yield "letter on a case (40 paragraphs, ar)", f"/ar/cases/{case_id}/letter/"
    yield "a paragraph to answer", f"/en/cases/{case_id}/letter/9/"
    yield "a paragraph to answer (ar)", f"/ar/cases/{case_id}/letter/9/"
    yield "file request on a case", f"/en/cases/{case_id}/file-request/"
    yield "evidence catalogue", "/en/evidence/"
    yield "evidence plan (20 items)", f"/en/cases/{case_id}/evidence/"
    yield "evidence plan (20 items, ar)", f"/ar/cases/{case_id}/evidence/"
    yield "evidence suggestions (40 disputed)", f"/en/cases/{case_id}/evidence/suggestions/"
    yield "evidence suggestions (40 disputed, ar)", f"/ar/cases/{case_id}/evidence/suggestions/"
    yield "an evidence item", f"/en/cases/{case_id}/evidence/1/"


def fill_the_case(case, user):
    """A case as a busy one looks: a 40-paragraph letter, every paragraph disputed, 20 evidence items."""
    from selfhelp.annotator import importing
    from selfhelp.evidence.models import Item
    from tests.annotator.helpers import forty_paragraphs

    letter = importing.save(case, user, importing.from_text(forty_paragraphs()))
    letter.paragraphs.update(response="disagree", comment="This is wrong: the interview says otherwise.")
    kinds = ["objective-reports", "expert-reports", "witness-statements", "your-own-documents"]
    paragraphs = list(letter.paragraphs.all())
    for number in range(1, 21):
        item = Item.objects.create(case=case, number=number, kind=kinds[number % 4], shows="What it shows")
        item.paragraphs.add(paragraphs[number])


def main():
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_guides", verbosity=0)
    from guides.models import Guide
    from selfhelp.accounts.models import User
    from selfhelp.cases.models import Case, Membership

    user = User.objects.create_user("bench")  # no password: the client logs in directly
    case = Case.objects.create(
        name="Bench case", decision="refusal", sent="2026-11-12", letter_date="2026-11-10"
    )
    sys.path.insert(0, str(ROOT))  # the test helpers' sample letters
    Membership.objects.create(case=case, user=user, role="owner")
    anonymous = Client(HTTP_ACCEPT_ENCODING="gzip")
    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    client.force_login(user)
    slugs = list(Guide.objects.guides().values_list("slug", flat=True))
    evidence = list(Guide.objects.evidence().values_list("slug", flat=True))

    fill_the_case(case, user)

    print(f"Page weight, compressed (target {TARGET // 1024} KB: HTML + CSS + JS)")
    print(f"{'page':<48} {'HTML':>7} {'CSS+JS':>7} {'total':>7}")
    worst = 0
    for name, url in pages(case.public_id, slugs, evidence):
        try:
            response = (anonymous if "not logged in" in name else client).get(url)
        except Exception as error:  # a tool half-built in this checkout: measure the rest
            print(f"{name:<48} (failed: {type(error).__name__})")
            continue
        if response.status_code == 404:
            print(f"{name:<48} (not built yet: {url})")
            continue
        body = response.content
        html = gzip.decompress(body).decode() if response.get("Content-Encoding") == "gzip" else body.decode()
        assets = sum(asset_bytes(html).values())
        total = len(body) + assets
        worst = max(worst, total)
        flag = "" if total <= TARGET else "  OVER"
        print(f"{name:<48} {len(body):>7} {assets:>7} {total:>7}{flag}")
    # The one page whose size follows the letter: the public reading of a pasted letter, in full.
    from tests.annotator.helpers import forty_paragraphs

    for name, who, url in [
        ("letter read, 40 paragraphs (not logged in)", anonymous, "/en/letter/"),
        ("letter read, 40 paragraphs (not logged in, ar)", anonymous, "/ar/letter/"),
        ("letter read, 40 paragraphs, save buttons", client, "/en/letter/"),
        ("letter read, 40 paragraphs, save buttons (ar)", client, "/ar/letter/"),
    ]:
        response = who.post(url, {"text": forty_paragraphs()})
        body = response.content
        html = gzip.decompress(body).decode() if response.get("Content-Encoding") == "gzip" else body.decode()
        assets = sum(asset_bytes(html).values())
        total = len(body) + assets
        worst = max(worst, total)
        print(f"{name:<48} {len(body):>7} {assets:>7} {total:>7}{'' if total <= TARGET else '  OVER'}")
    print(f"Heaviest page: {worst} bytes ({worst / 1024:.1f} KB)")

    print("\nGuide PDFs (WeasyPrint)")
    for code in ("en", "ar", "ti"):
        guide = Guide.objects.get(slug="reading-your-letter")
        timings = []
        for _ in range(6):
            started = time.perf_counter()
            size = len(client.get(f"/{code}/guides/{guide.slug}/pdf/").content)
            timings.append(time.perf_counter() - started)
        print(
            f"reading-your-letter ({code}): first {timings[0] * 1000:.0f} ms, "
            f"median of the next 5 {statistics.median(timings[1:]) * 1000:.0f} ms, {size // 1024} KB"
        )


if __name__ == "__main__":
    main()
