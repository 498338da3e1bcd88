"""OCR in the background: seconds per page and pages a minute with one and with two workers, printed (not
asserted). `make bench` runs it; alone: `.venv/bin/python benchmarks/ocr_workers.py` (SQLite in a
temporary folder; set DATABASE_URL, e.g. under scripts/with-postgres, for PostgreSQL).

For each number of workers it queues LETTERS letters of PAGES_PER_LETTER phone photos each (the
Eritrea test letter's pages, made by tests/annotator/make_letters.py), as the upload page queues them
(selfhelp.jobs, django-tasks-db), then starts that many `manage.py db_worker --batch` processes, which
read everything queued and exit. The time from their start to the last exit, less a worker's start-up
(measured on an empty queue), gives the figures. Tesseract runs one thread a page, so on this 2-core
machine two workers should read nearly twice the pages a minute of one, if nothing else is running.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FOLDER = Path(tempfile.mkdtemp())
os.environ.setdefault("DATABASE_URL", f"sqlite:///{FOLDER / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfhelp.settings")
os.environ.pop("TESTING", None)  # the database backend, as in production

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from selfhelp.annotator import extract, tasks  # noqa: E402
from selfhelp.jobs.models import Job, Upload  # noqa: E402
from tests.annotator import make_letters  # noqa: E402

LETTERS = int(os.environ.get("BENCH_LETTERS", "4"))
PAGES_PER_LETTER = 2
WORKER = [
    sys.executable,
    str(ROOT / "manage.py"),
    "db_worker",
    "--batch",
    "--no-reload",
    "--no-startup-delay",
]
WORKER += ["--interval", "0.1", "--verbosity", "0"]


def queue(photos):
    jobs = []
    for _ in range(LETTERS):
        job = Job.objects.create(kind=tasks.KIND, fields={"_request": {"language": "en"}})
        Upload.objects.bulk_create(
            Upload(job=job, position=n, name=path.name, data=path.read_bytes())
            for n, path in enumerate(photos, start=1)
        )
        tasks.read_letter.enqueue(str(job.pk))
        jobs.append(job)
    return jobs


def run_workers(count):
    started = time.monotonic()
    workers = [subprocess.Popen(WORKER, cwd=ROOT) for _ in range(count)]  # noqa: S603 (fixed command)
    for worker in workers:
        worker.wait(timeout=900)
    return time.monotonic() - started


def main():
    if not extract.ocr_available():
        print("OCR benchmark skipped: Tesseract is not installed.")
        return
    database = "PostgreSQL" if os.environ["DATABASE_URL"].startswith("postgres") else "SQLite"
    call_command("migrate", verbosity=0)
    photos = make_letters.made_photos(FOLDER / "letters", "eritrea_national_service", (0, 1))
    assert len(photos) == PAGES_PER_LETTER
    start_up = min(run_workers(1) for _ in range(2))  # an empty queue: start, find nothing, exit
    print(f"\n## OCR in the background on {database} ({LETTERS} letters of {PAGES_PER_LETTER} photos)")
    print(f"a worker starts in {start_up:.1f} s")
    for count in (1, 2):
        jobs = queue(photos)
        wall = run_workers(count)
        states = [Job.objects.get(pk=job.pk) for job in jobs]
        pages = sum(job.total for job in states if job.state == Job.State.DONE)
        failed = sum(job.state != Job.State.DONE for job in states)
        working = max(wall - start_up, 0.001)
        per_page = working * count / max(pages, 1)
        print(
            f"{count} worker{'s' if count > 1 else ''}: {pages} pages in {working:.1f} s: "
            f"{per_page:.2f} s of a worker a page, {pages / working * 60:.0f} pages a minute"
            + (f" ({failed} letters failed)" if failed else "")
        )
        Job.objects.filter(pk__in=[job.pk for job in jobs]).delete()


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(FOLDER, ignore_errors=True)
