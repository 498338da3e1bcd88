from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvidenceConfig(AppConfig):
    name = "selfhelp.evidence"
    verbose_name = _("Evidence planner")

    def ready(self):
        from selfhelp.cases import tools
        from selfhelp.evidence import status
        from selfhelp.evidence.exports import for_export

        tools.register(
            tools.Tool(
                name="evidence",
                status=status.for_case,
                status_template="evidence/includes/case_status.html",
                documents=for_export,
                models=("evidence.Item", "evidence.Suggestion"),
            )
        )
