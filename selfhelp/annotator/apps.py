from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnnotatorConfig(AppConfig):
    name = "selfhelp.annotator"
    verbose_name = _("Refusal letter annotator")

    def ready(self):
        from selfhelp.annotator.exports import for_export
        from selfhelp.cases import exports

        exports.register(for_export)
