from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnnotatorConfig(AppConfig):
    name = "selfhelp.annotator"
    verbose_name = _("Refusal letter annotator")

    def ready(self):
        from selfhelp.annotator import status
        from selfhelp.annotator.exports import for_export
        from selfhelp.cases import tools

        tools.register(
            tools.Tool(
                name="annotator",
                status=status.for_case,
                status_template="annotator/includes/case_status.html",
                documents=for_export,
                models=("annotator.Letter", "annotator.Paragraph"),
            )
        )
