from django.urls import path

from selfhelp.evidence import views

app_name = "evidence"
urlpatterns = [
    path("evidence/", views.catalogue, name="catalogue"),
    path("evidence/<slug:slug>/", views.kind, name="kind"),
    path("evidence/<slug:slug>/pdf/", views.kind_pdf, name="kind_pdf"),
]
