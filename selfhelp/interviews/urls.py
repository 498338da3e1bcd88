from django.urls import path

from selfhelp.interviews import views

app_name = "interviews"
urlpatterns = [
    path("interview-check/", views.check, name="check"),
    path("cases/<case:case_id>/interviews/", views.case_records, name="case"),
    path("cases/<case:case_id>/interviews/<str:kind>/", views.record, name="record"),
    path("cases/<case:case_id>/interviews/<str:kind>/delete/", views.delete, name="delete"),
    path("cases/<case:case_id>/letter/<int:position>/interview/", views.add_to_answer, name="add_to_answer"),
]
