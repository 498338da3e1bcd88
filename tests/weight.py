"""What a phone downloads for the first view of a page, against the 14 KB budget (about what arrives in the
first round trip of a new connection): the HTML compressed with gzip as GZipMiddleware sends it, plus
the stylesheets it is drawn with and its scripts, compressed with Brotli as WhiteNoise serves them to
every browser that asks for it (all current phone browsers do). Not in the first view, because the
browser fetches them after the page, at the lowest priority: the print stylesheet (``media="print"``),
the icon, the manifest and the service worker. The same measure as `make bench` (benchmarks/run.py)."""

import gzip
import re

import brotli
from django.conf import settings

LIMIT = 14 * 1024
FIRST_VIEW = re.compile(r'<link rel="stylesheet" href="/static/([^"]+)">|<script src="/static/([^"]+)"')


def first_view_assets(html: str) -> list[str]:
    """The stylesheets (not print-only) and scripts the page links, as paths under static/."""
    return [sheet or script for sheet, script in FIRST_VIEW.findall(html)]


def weight(html: str) -> int:
    total = len(gzip.compress(html.encode(), compresslevel=6))
    for address in first_view_assets(html):
        total += len(brotli.compress((settings.BASE_DIR / "static" / address).read_bytes()))
    return total
