"""The one place WeasyPrint is called.

A page and its PDF share one template: `render_pdf` renders the template once to a string with
`pdf=True` in its context, and WeasyPrint lays it out with the page's own print stylesheet plus the
bundled fonts. WeasyPrint fetches nothing from the network: static files are read from disk, `data:`
URLs are decoded, and any other address is refused.
"""

import atexit
import mimetypes
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

FONTS_CSS = "css/pdf-fonts.css"


class StaticFilesOnly:
    """A URL fetcher for WeasyPrint that reads the site's static files from disk and nothing else.

    It has the interface of weasyprint.urls.URLFetcher (callable, `fetch`, `_fail_on_errors`) without
    importing WeasyPrint when the site starts.
    """

    _fail_on_errors = False

    def __call__(self, url):
        return self.fetch(url)

    def fetch(self, url, headers=None):
        from weasyprint.urls import URLFetcher, URLFetcherResponse

        scheme, _, path, _, _ = urlsplit(url)
        if scheme == "data":
            return URLFetcher().fetch(url)
        if scheme in {"http", "https", "file"} and path.startswith(settings.STATIC_URL):
            found = static_path(path.removeprefix(settings.STATIC_URL))
            if found:
                content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, body=found.read_bytes(), headers={"Content-Type": content_type}
                )
        raise ValueError(f"PDFs load only the site's own static files, not {url}")


def static_path(name):
    """The file on disk for a static file's name, from the app folders or from collectstatic's output."""
    found = finders.find(name)
    if not found and settings.STATIC_ROOT:
        candidate = Path(settings.STATIC_ROOT) / name
        found = candidate if candidate.is_file() else None
    return Path(found) if found else None


@lru_cache(maxsize=1)
def _fonts():
    """One font configuration and font stylesheet per process: loading the fonts is the slow part."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    css = CSS(
        url=f"http://localhost{settings.STATIC_URL}{FONTS_CSS}",
        font_config=font_config,
        url_fetcher=StaticFilesOnly(),
    )
    return font_config, css


# Let the font configuration go while WeasyPrint's modules still exist, not during interpreter shutdown
# (where its clean-up would fail noisily).
atexit.register(_fonts.cache_clear)


def pdf_bytes(template_name, context, request=None):
    """A PDF of a page, from the page's own template."""
    from weasyprint import HTML

    html = render_to_string(template_name, {**context, "pdf": True}, request=request)
    base_url = request.build_absolute_uri("/") if request else "http://localhost/"
    font_config, fonts_css = _fonts()
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesOnly())
    return document.write_pdf(stylesheets=[fonts_css], font_config=font_config)


def render_pdf(request, template_name, context, filename):
    """An HTTP response that downloads the page as a PDF file."""
    response = HttpResponse(pdf_bytes(template_name, context, request), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response
