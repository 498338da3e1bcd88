from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewsConfig(AppConfig):
    name = "selfhelp.interviews"
    verbose_name = _("Interview records")

    def ready(self):
        from selfhelp.cases import exports
        from selfhelp.interviews.exports import for_export

        exports.register(for_export)
