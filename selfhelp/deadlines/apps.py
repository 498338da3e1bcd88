from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "selfhelp.deadlines"
    verbose_name = _("Deadlines")

    def ready(self):
        from selfhelp.cases import tools
        from selfhelp.deadlines import case
        from selfhelp.deadlines.documents import case_documents

        tools.register(
            tools.Tool(
                name="deadlines",
                dates=case.at_a_glance,
                calendar_events=case.calendar_events,
                documents=case_documents,
                models=("deadlines.OwnDate",),
                prefetch=("own_dates",),
            )
        )
