"""Background jobs (selfhelp.jobs.work): what is deleted and when, and what a task does with a job."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from selfhelp.jobs import work
from selfhelp.jobs.models import Job, Upload


def finished(minutes_ago, **fields):
    job = Job.objects.create(kind="letter", state=Job.State.DONE, result={"text": "personal"}, **fields)
    Job.objects.filter(pk=job.pk).update(finished=timezone.now() - timedelta(minutes=minutes_ago))
    return job


@pytest.mark.django_db
def test_a_result_is_deleted_an_hour_after_the_work_finished_and_not_before():
    old, recent = finished(61), finished(59)

    call_command("expire_jobs", verbosity=0)

    assert not Job.objects.filter(pk=old.pk).exists()
    assert Job.objects.get(pk=recent.pk).result == {"text": "personal"}


@pytest.mark.django_db
def test_work_never_done_is_deleted_with_its_files_an_hour_after_it_was_asked_for():
    stuck = Job.objects.create(kind="letter", created=timezone.now() - timedelta(minutes=61))
    Upload.objects.create(job=stuck, position=1, name="page-1.jpg", data=b"photo")
    waiting = Job.objects.create(kind="letter", created=timezone.now() - timedelta(minutes=5))

    assert work.expire() == 1

    assert Upload.objects.count() == 0 and list(Job.objects.all()) == [waiting]


@pytest.mark.django_db
def test_the_command_says_how_many_it_deleted(capsys):
    finished(120)

    call_command("expire_jobs")

    assert "1 old jobs deleted." in capsys.readouterr().out


@pytest.mark.django_db
def test_collecting_a_result_deletes_it_and_what_the_person_typed():
    job = Job.objects.create(
        kind="letter", state=Job.State.DONE, result={"text": "x"}, fields={"replace": True}
    )

    assert work.collect(job) == {"text": "x"}

    job.refresh_from_db()
    assert (job.state, job.result, job.fields) == (Job.State.COLLECTED, None, {})


@pytest.mark.django_db
def test_a_task_for_a_job_deleted_meanwhile_does_nothing():
    job = Job.objects.create(kind="letter")
    job_id = str(job.pk)
    job.delete()

    work.run(job_id, lambda job, progress: pytest.fail("no work for a deleted job"))

    assert not Job.objects.exists()


@pytest.mark.django_db
def test_a_task_records_progress_and_its_result_and_deletes_the_files_whatever_happens():
    job = Job.objects.create(kind="letter")
    Upload.objects.create(job=job, position=1, name="page-1.jpg", data=b"photo")
    seen = []

    def read(job, progress):
        seen.append(job.files())
        progress(1, 4)
        assert Job.objects.get(pk=job.pk).state == Job.State.RUNNING
        raise work.Failed("timeout", "ocr-time", {"seconds": 60})

    work.run(str(job.pk), read)

    job.refresh_from_db()
    assert seen == [[("page-1.jpg", b"photo")]]
    assert (job.state, job.done, job.total) == (Job.State.FAILED, 1, 4)
    assert job.error == {"code": "timeout", "reason": "ocr-time", "numbers": {"seconds": 60}}
    assert job.finished is not None and Upload.objects.count() == 0
