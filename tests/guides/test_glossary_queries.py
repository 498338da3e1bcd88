"""The glossary page costs one query for its terms, reading only what the list shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.models import GlossaryTerm


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_the_glossary_page_reads_the_terms_in_one_query_without_other_languages_or_load_records(
    client, guides, code, settings
):
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"  # so the page is made, not cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/{code}/glossary/")

    assert response.status_code == 200
    terms = [query["sql"] for query in queries.captured_queries if "guides_glossaryterm" in query["sql"]]
    assert len(terms) == 1
    assert "loaded_state" not in terms[0]
    assert '"definition_fr"' not in terms[0] and '"term_so"' not in terms[0]
    assert len(queries) <= 3  # the terms, the session, the interface review
    for term in GlossaryTerm.objects.all():
        assert f'id="{term.key}"' in response.content.decode()
