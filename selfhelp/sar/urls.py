from django.urls import path

from selfhelp.sar import views

app_name = "sar"
urlpatterns = [
    path("file-request/", views.start, name="start"),
    path("file-request/download/", views.download, name="download"),
    path("cases/<case:case_id>/file-request/", views.case_page, name="case"),
    path("cases/<case:case_id>/file-request/edit/", views.edit, name="edit"),
    path("cases/<case:case_id>/file-request/dates/", views.dates, name="dates"),
    path("cases/<case:case_id>/file-request/delete/", views.delete, name="delete"),
    # A letter by its file name: subject-access-request.pdf, complaint-to-ico.docx…
    path("cases/<case:case_id>/file-request/<str:filename>", views.document, name="document"),
]
