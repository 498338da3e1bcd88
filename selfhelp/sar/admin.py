"""The recipients' details are content: an administrator keeps them up to date, with the date checked.

The requests themselves are people's personal data and are not shown in the admin.
"""

from django.contrib import admin

from selfhelp.sar.models import Recipient


@admin.register(Recipient)
class RecipientAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "last_checked", "unconfirmed"]
    readonly_fields = ["key"]
    fields = [
        "key",
        "name",
        "address",
        "email",
        "phone",
        "online_url",
        "guidance_url",
        "last_checked",
        "check_note",
    ]

    @admin.display(boolean=True, description="something to check")
    def unconfirmed(self, recipient):
        return bool(recipient.check_note)

    def has_add_permission(self, request):
        return False  # the letters know two recipients, by key

    def has_delete_permission(self, request, obj=None):
        return False
