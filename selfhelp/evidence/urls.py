from django.urls import path

from selfhelp.evidence import views

app_name = "evidence"
urlpatterns = [
    path("evidence/", views.catalogue, name="catalogue"),
    path("evidence/<slug:slug>/", views.kind, name="kind"),
    path("evidence/<slug:slug>/pdf/", views.kind_pdf, name="kind_pdf"),
    path("evidence/<slug:slug>/sources/", views.kind_sources, name="kind_sources"),
    # The plan on a case. An item is addressed by its number on the case (1, 2, 3 …), never by its id.
    path("cases/<case:case_id>/evidence/", views.case_plan, name="case"),
    path("cases/<case:case_id>/evidence/suggestions/", views.suggestions, name="suggestions"),
    path("cases/<case:case_id>/evidence/add/", views.add, name="add"),
    path("cases/<case:case_id>/evidence/<int:item>/", views.edit, name="edit"),
    path("cases/<case:case_id>/evidence/<int:item>/delete/", views.delete, name="delete"),
    path("cases/<case:case_id>/evidence/evidence-plan.pdf", views.plan_pdf, name="plan_pdf"),
    path("cases/<case:case_id>/evidence/evidence-plan.csv", views.plan_csv, name="plan_csv"),
    path("cases/<case:case_id>/evidence/bundle-index.pdf", views.bundle_index, name="bundle_index"),
]
