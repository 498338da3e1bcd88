from django.apps import AppConfig
from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "selfhelp.jobs"
    verbose_name = _("Background work")

    def ready(self):
        from selfhelp.jobs import work

        # A case deleted takes its unfinished work (and any uploaded files) with it.
        pre_delete.connect(work.forget_case, sender="cases.Case", dispatch_uid="jobs-forget-case")
