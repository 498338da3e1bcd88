from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "selfhelp.cases"
    verbose_name = _("Cases")

    def ready(self):
        from django.urls import register_converter

        from selfhelp.cases.converters import CaseIdConverter

        register_converter(CaseIdConverter, "case")
