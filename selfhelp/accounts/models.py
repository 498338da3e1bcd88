"""People with an account, and their sessions.

An account needs a username and a password only. Sessions are stored with the account they belong to,
so that "log out of every device" and "delete everything" can find and remove them all.
"""

from importlib import import_module

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    email = models.EmailField(
        _("email address (optional)"),
        blank=True,
        help_text=_("Only if you want one here. The site sends you nothing unless you ask."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"


class Session(AbstractBaseSession):
    user = models.ForeignKey(User, null=True, blank=True, on_delete=models.CASCADE, related_name="sessions")

    @classmethod
    def get_session_store_class(cls):
        """The configured session engine's store (selfhelp.accounts.sessions), found as Django finds it."""
        return import_module(settings.SESSION_ENGINE).SessionStore
