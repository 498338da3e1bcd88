from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SARConfig(AppConfig):
    name = "selfhelp.sar"
    verbose_name = _("Subject access requests")

    def ready(self):
        from selfhelp.cases import tools
        from selfhelp.sar import status
        from selfhelp.sar.documents import for_export

        tools.register(
            tools.Tool(
                name="sar",
                status=status.for_case,
                status_template="sar/includes/case_status.html",
                calendar_events=status.case_calendar_events,
                documents=for_export,
                models=("sar.SubjectAccessRequest",),
            )
        )
