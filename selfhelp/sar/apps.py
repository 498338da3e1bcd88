from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SARConfig(AppConfig):
    name = "selfhelp.sar"
    verbose_name = _("Subject access requests")
