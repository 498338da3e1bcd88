from django.urls import path

from guides import views

app_name = "guides"
urlpatterns = [
    path("guides/", views.guide_list, name="list"),
    path("guides/<slug:slug>/", views.guide_detail, name="detail"),
    path("guides/<slug:slug>/pdf/", views.guide_pdf, name="pdf"),
    path("guides/<slug:slug>/sources/", views.guide_sources, name="sources"),
    path("changes/", views.changes, name="changes"),
    path("glossary/", views.glossary, name="glossary"),
    path("glossary/pdf/", views.glossary_pdf, name="glossary_pdf"),
    path("glossary/<slug:key>/", views.glossary_term, name="glossary_term"),
]
