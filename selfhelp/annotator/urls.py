from django.urls import path

from selfhelp.annotator import views

app_name = "annotator"
urlpatterns = [
    path("letter/", views.start, name="start"),
    path("letter/correct/", views.correct, name="correct"),
    path("letter/reading/<uuid:job_id>/", views.reading, name="reading"),
    path("cases/<case:case_id>/letter/", views.case_letter, name="case"),
    path("cases/<case:case_id>/letter/import/", views.import_letter, name="import"),
    path("cases/<case:case_id>/letter/reading/<uuid:job_id>/", views.case_reading, name="case_reading"),
    # A paragraph by its position in the case's letter (1, 2, 3 …), never by its own id.
    path("cases/<case:case_id>/letter/<int:position>/", views.paragraph, name="paragraph"),
    path("cases/<case:case_id>/letter/<int:position>/join/", views.join_paragraph, name="join"),
    path("cases/<case:case_id>/letter/<int:position>/split/", views.split_paragraph, name="split"),
    # what-is-wrong-in-my-refusal-letter.pdf or .docx, refusal-letter-with-my-notes.pdf
    path("cases/<case:case_id>/letter/download/<str:export>", views.download, name="download"),
]
