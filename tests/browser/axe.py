"""Accessibility checks with axe-core (bundled in axe-playwright-python: nothing is downloaded)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_22_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}


def violations(page):
    """axe's WCAG 2.2 AA violations on the page as it is now, as readable lines ([] when none)."""
    results = Axe().run(page, options=WCAG_22_AA)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} × {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]
