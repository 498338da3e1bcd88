"""The pure modules import no Django, so they run (and are tested) without a settings file or database.

Each is imported in a fresh Python, and that process must not have loaded Django. The same list is
type-checked by `make typecheck` (pyproject.toml, [tool.mypy]).
"""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = sorted(
    f"selfhelp.deadlines.rules.{path.stem}" for path in (ROOT / "selfhelp/deadlines/rules").glob("[!_]*.py")
)
PURE = [
    "selfhelp.decisions",
    "selfhelp.deadlines.rules",
    *RULES,
    "selfhelp.annotator.splitter",
    "selfhelp.annotator.references",
    "selfhelp.annotator.kinds",
    "selfhelp.evidence.planning",
    "selfhelp.sar.tracking",
    "selfhelp.i18n.latin",
]


@pytest.mark.parametrize("module", PURE)
def test_a_pure_module_imports_no_django(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_the_type_checked_modules_are_the_pure_ones():
    checked = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["files"]
    as_modules = {path.removesuffix(".py").replace("/", ".") for path in checked}
    assert as_modules == {module for module in PURE if module not in RULES}
