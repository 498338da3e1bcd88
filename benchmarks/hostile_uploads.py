"""What each hostile upload of issue 18 costs the letter reader now: seconds, Python's peak and the
growth of resident memory, with the message the person gets.

Run with ``TESTING=1 .venv/bin/python benchmarks/hostile_uploads.py`` (add ``-O`` to run it with asserts
stripped). It prints figures and asserts nothing; tests/annotator/test_limits.py holds the budgets.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.annotator import hostile  # noqa: E402

if __name__ == "__main__":
    hostile.main()
