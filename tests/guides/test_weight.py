"""Every guide and evidence page, in every language, fits the 14 KB first view (tests/weight.py).

A translated guide weighs more than its English (most scripts take two or three bytes a letter), so a
guide that fits in English can overflow in Bengali or Amharic: each language is measured with its own
translations, as readers get it.
"""

import pytest

from guides.models import Guide
from selfhelp.languages import LANGUAGES
from tests.weight import LIMIT, weight


@pytest.mark.parametrize("code", [language.code for language in LANGUAGES])
def test_every_guide_and_evidence_page_fits_the_first_view_in_the_language(client, guides, code):
    heavy = {}
    for guide in Guide.objects.all():
        address = guide.get_absolute_url().replace("/en/", f"/{code}/", 1)
        assert address.startswith(f"/{code}/")
        response = client.get(address)
        assert response.status_code == 200, address
        if (size := weight(response.content.decode())) > LIMIT:
            heavy[address] = size

    assert heavy == {}
