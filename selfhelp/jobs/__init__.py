"""Long work done in the background (Django's Tasks framework), and what a person sees meanwhile.

A :class:`~selfhelp.jobs.models.Job` is one piece of work asked for by one person: reading the photos or
scans of a letter (selfhelp.annotator.tasks), or laying out a workshop pack
(selfhelp.printing.tasks). It holds what the work needs (the uploaded files, kept in the database, which
nothing serves), what the person typed (so that nothing is lost if the work fails), how far the work
has got, and its result or what went wrong. The task itself is given only the job's id, so the task
queue (django-tasks-db's table) never holds anything a person sent.

Privacy: uploaded files are deleted as soon as the work has read them; a result is deleted when it is
collected (shown once) or an hour after the work finished, whichever is first (``work.expire``, run on
every new job and by ``manage.py expire_jobs``). A job is reached only by whoever started it: through
their session (no account needed), or through the case it belongs to (selfhelp.cases.access).
"""
