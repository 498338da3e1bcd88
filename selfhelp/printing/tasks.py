"""Laying out a workshop pack in the background (selfhelp.jobs), for a pack not in the cache yet.

The task is given only the job's id; the job holds the choices and the language, host and scheme of
the request that asked for the pack, so that the pack is laid out, and cached, exactly as that request
would have (selfhelp.printing.packs.pack_pdf). Nothing in a pack is personal: the PDF stays in the cache,
where the pack's address finds it.
"""

from django.http import HttpRequest
from django.tasks import task

from selfhelp.jobs import work
from selfhelp.printing import packs

KIND = "pack"


@task
def make_pack(job_id: str) -> None:
    work.run(job_id, _make)


class _Request(HttpRequest):
    """A bare request to the host that asked for the pack (its links and cache key use the host)."""

    def __init__(self, host: str, secure: bool):
        super().__init__()
        self.method = "GET"
        self.path = self.path_info = "/"
        name, _, port = host.partition(":")
        self.META = {
            "HTTP_HOST": host,
            "SERVER_NAME": name,
            "SERVER_PORT": port or ("443" if secure else "80"),
        }
        self._secure = secure

    def _get_scheme(self):
        return "https" if self._secure else "http"


def _make(job, progress) -> dict:
    details = work.request_details(job)
    request = _Request(details.get("host", "localhost"), bool(details.get("secure")))
    packs.pack_pdf(request, job.fields["choices"], progress)
    return {"ready": True}
