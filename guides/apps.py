from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Guides")

    def ready(self):
        # Cached PDFs and pages name the versions of the content they show (guides/versions.py).
        from guides import versions

        versions.connect()
