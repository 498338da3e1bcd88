from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from selfhelp import offline, safety, views
from selfhelp.cases import offline as case_offline

urlpatterns = [
    path("health/", views.health, name="health"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("admin/", admin.site.urls),
]

# Every public page carries its language in its address (/ar/guides/…), so a link can be shared in
# the language it was read in. A visit to / goes to the browser's language.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
    path("safety/", safety.safety, name="safety"),
    path("offline/", offline.offline, name="offline"),
    path("cases/<case:case_id>/offline/", case_offline.keep_case, name="keep_case"),
    path("safety/no-trace/", safety.set_no_trace, name="safety_no_trace"),
    path("safety/forget/", safety.leave_and_forget, name="safety_forget"),
    path("language/", views.choose_language, name="language"),
    path("", include("guides.urls")),
    path("accounts/", include("selfhelp.accounts.urls")),
    path("cases/", include("selfhelp.cases.urls")),
    # Each tool's urls.py holds its public pages and its pages on a case (cases/<case:case_id>/…).
    path("", include("selfhelp.deadlines.urls")),
    path("", include("selfhelp.sar.urls")),
    path("", include("selfhelp.annotator.urls")),
    path("", include("selfhelp.interviews.urls")),
    path("", include("selfhelp.evidence.urls")),
    path("", include("selfhelp.printing.urls")),
    prefix_default_language=True,
)

# The error pages, in the reader's language, none of them needing the database (selfhelp/errors.py).
handler400 = "selfhelp.errors.bad_request"
handler403 = "selfhelp.errors.permission_denied"
handler404 = "selfhelp.errors.page_not_found"
handler500 = "selfhelp.errors.server_error"
