"""Reading a letter's photos or scanned pages (OCR) in the background (selfhelp.jobs).

The task is given only the job's id; the files are in the job (deleted as soon as they are read), and
the text read goes back in the job's result, which the reading page collects (and so deletes) or which
is deleted an hour later. Splitting the text is quick, so it is done again when the result is
collected, in the reader's language, exactly as for a letter read in the request.
"""

from django.conf import settings
from django.tasks import task

from selfhelp.annotator import extract, importing, limits
from selfhelp.jobs import work

KIND = "letter"


@task
def read_letter(job_id: str) -> None:
    work.run(job_id, _read)


def _read(job, progress) -> dict:
    files = job.files()
    try:
        reading = importing.from_files(files, limits.Limits.from_settings(settings), progress=progress)
    except (extract.ExtractError, limits.OverBudget) as error:
        raise work.Failed(
            error.code, error.reason, error.numbers, names=[name for name, _ in files]
        ) from None
    return {"text": reading.text, "source": reading.source, "pages": reading.pages}
