from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewsConfig(AppConfig):
    name = "selfhelp.interviews"
    verbose_name = _("Interview records")

    def ready(self):
        from selfhelp.cases import tools
        from selfhelp.interviews.exports import for_export, status

        tools.register(
            tools.Tool(
                name="interviews",
                status=status,
                status_template="interviews/includes/case_status.html",
                documents=for_export,
                models=("interviews.InterviewRecord", "interviews.InterviewQuestion"),
            )
        )
