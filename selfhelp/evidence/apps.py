from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvidenceConfig(AppConfig):
    name = "selfhelp.evidence"
    verbose_name = _("Evidence planner")

    def ready(self):
        from selfhelp.cases import exports
        from selfhelp.evidence.exports import for_export

        exports.register(for_export)
