from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SARConfig(AppConfig):
    name = "selfhelp.sar"
    verbose_name = _("Subject access requests")

    def ready(self):
        from selfhelp.cases import exports
        from selfhelp.sar.documents import for_export

        exports.register(for_export)
