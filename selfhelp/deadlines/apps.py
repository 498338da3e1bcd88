from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "selfhelp.deadlines"
    verbose_name = _("Deadlines")

    def ready(self):
        from selfhelp.cases import exports
        from selfhelp.deadlines.documents import case_documents

        exports.register(case_documents)
