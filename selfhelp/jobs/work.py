"""Starting a job, running it in a task, finding it again for the person who started it, collecting its
result, and deleting what is no longer needed (see selfhelp.jobs)."""

import logging
from datetime import timedelta

from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, override

from selfhelp.jobs.models import Job, Upload

logger = logging.getLogger(__name__)

# A result (and anything else of a job) is deleted an hour after the work finished, or an hour after it
# was asked for if no worker has finished it by then; collecting it deletes the result at once.
EXPIRES = timedelta(hours=1)
SESSION_KEY = "jobs"
KEPT_IN_SESSION = 20  # the newest job ids a session remembers
REFRESH_SECONDS = 3  # how often the progress page reloads itself (no JavaScript needed)


class Failed(Exception):
    """The work could not be done, for a reason the person can be told: ``code`` and ``reason`` (as in
    selfhelp.annotator.extract and limits), the ``numbers`` the message needs, and anything else the
    message needs (``extra``). Never a message holding what the person sent."""

    def __init__(self, code: str, reason: str = "", numbers: dict | None = None, **extra):
        super().__init__(code)
        self.error = {"code": code, "reason": reason, "numbers": dict(numbers or {}), **extra}


def start(request, kind, task, *, files=(), fields=None, case=None) -> Job:
    """A new job of ``kind`` for the person making ``request``, with the uploaded ``files`` ((name,
    bytes) pairs) and the ``fields`` they typed; ``task`` (a django.tasks task taking the job's id) is
    enqueued to do it. Old jobs are deleted first (``expire``)."""
    expire()
    details = {"language": get_language(), "host": request.get_host(), "secure": request.is_secure()}
    job = Job.objects.create(kind=kind, case=case, fields={**(fields or {}), "_request": details})
    Upload.objects.bulk_create(
        Upload(job=job, position=position, name=name[:255], data=data)
        for position, (name, data) in enumerate(files, start=1)
    )
    remember(request, job)
    task.enqueue(str(job.pk))
    job.refresh_from_db()
    return job


def remember(request, job: Job) -> None:
    """The job is the session's: only this session finds it (unless it is on a case)."""
    ids = [known for known in request.session.get(SESSION_KEY, []) if known != str(job.pk)]
    request.session[SESSION_KEY] = [*ids, str(job.pk)][-KEPT_IN_SESSION:]


def working(request, kind: str) -> int:
    """How many jobs of ``kind`` this session has waiting or running."""
    ids = request.session.get(SESSION_KEY, [])
    states = [Job.State.WAITING, Job.State.RUNNING]
    return Job.objects.filter(pk__in=ids, kind=kind, state__in=states).count() if ids else 0


def find(request, job_id, kind: str, case=None) -> Job:
    """The job, for the person asking: a case's job through its case (the view has checked access to
    the case), any other through the session that started it. 404 for anyone else."""
    job = Job.objects.filter(pk=job_id, kind=kind).first()
    if job is None:
        raise Http404
    if case is not None:
        if job.case_id != case.pk:
            raise Http404
    elif job.case_id is not None or str(job.pk) not in request.session.get(SESSION_KEY, []):
        raise Http404
    return job


def run(job_id: str, work) -> None:
    """Do the job's work, in a task: ``work(job, progress)`` returns the result (JSON) or raises
    ``Failed``; ``progress(done, total)`` records how far it has got. The uploaded files are deleted as
    soon as the work is over, whatever its outcome. An unexpected error is logged by its kind only (its
    message could quote what the person sent) and the person is told the work failed."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None or job.state != Job.State.WAITING:
        return  # deleted meanwhile (expired, or its case deleted), or already done
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING)

    def progress(done: int, total: int) -> None:
        Job.objects.filter(pk=job.pk).update(done=done, total=total)

    result, error = None, None
    try:
        with override(job.fields.get("_request", {}).get("language")):
            result = work(job, progress)
    except Failed as failure:
        error = failure.error
    except Exception as unexpected:
        logger.error("Background work (%s) failed: %s", job.kind, type(unexpected).__name__)
        error = {"code": "internal", "reason": "", "numbers": {}}
    finally:
        Upload.objects.filter(job_id=job.pk).delete()
    Job.objects.filter(pk=job.pk).update(
        state=Job.State.FAILED if error else Job.State.DONE,
        result=result,
        error=error,
        finished=timezone.now(),
    )


def collect(job: Job):
    """The job's result, deleted from the database as it is handed over (it is shown once)."""
    result = job.result
    Job.objects.filter(pk=job.pk).update(state=Job.State.COLLECTED, result=None, fields={}, error=None)
    Upload.objects.filter(job_id=job.pk).delete()
    return result


def expire(now=None) -> int:
    """Delete every job (with its files and result) finished more than an hour ago, or asked for more
    than an hour ago and never finished. Returns how many."""
    cutoff = (now or timezone.now()) - EXPIRES
    old = Job.objects.filter(Q(finished__lt=cutoff) | Q(finished__isnull=True, created__lt=cutoff))
    return old.delete()[1].get("jobs.Job", 0)


def forget_case(sender, instance, **kwargs) -> None:
    """A case deleted: its jobs go first (connected in apps.py)."""
    Job.objects.filter(case=instance).delete()


def wants_status(request) -> bool:
    """Whether the progress page's script asks for the job's state (JSON), not the page."""
    return request.headers.get("Accept") == "application/json"


def status_json(job: Job, status: str = "") -> JsonResponse:
    """The job's state for the progress page's script: it shows ``status`` in place while the job
    works, and loads the page again once it does not (the page then shows the result, and collects
    it: the state alone never does)."""
    return JsonResponse({"working": job.is_working, "done": job.done, "total": job.total, "status": status})


def progress_page(request, job: Job, context: dict):
    """The page that shows how far a job has got and reloads itself every few seconds, without
    JavaScript (``<meta http-equiv="refresh">``, which the site's content security policy allows). The
    person can stop the reloading (``?still=1``: WCAG 2.2.1), and check by hand. With JavaScript
    (static/js/progress.js) the page does not reload: the meta tag is inside ``<noscript>``, and the
    script updates the status in place from ``status_json``."""
    still = bool(request.GET.get("still"))
    context = {"job": job, "refresh": None if still else REFRESH_SECONDS, "still": still, **context}
    return render(request, "jobs/progress.html", context)


def request_details(job: Job) -> dict:
    """The language, host and scheme of the request that started the job (for work that builds links
    or cache keys as that request would)."""
    return job.fields.get("_request", {})
