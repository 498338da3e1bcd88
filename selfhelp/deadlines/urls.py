from django.urls import path

from selfhelp.deadlines import views

app_name = "deadlines"
urlpatterns = [
    path("deadlines/", views.calculator, name="calculator"),
    path("deadlines/calendar.ics", views.calendar, name="calendar"),
    path("deadlines/pdf/", views.pdf, name="pdf"),
    path("deadlines/passed/", views.passed, name="passed"),
    path("deadlines/save/", views.save, name="save"),
    # On a case: every view goes through selfhelp.cases.access.case_view.
    path("cases/<case:case_id>/deadlines/", views.case_deadlines, name="case"),
    path("cases/<case:case_id>/deadlines/calendar.ics", views.case_calendar, name="case_calendar"),
    path("cases/<case:case_id>/deadlines/pdf/", views.case_pdf, name="case_pdf"),
    path("cases/<case:case_id>/deadlines/dates/new/", views.own_date_new, name="own_date_new"),
    path("cases/<case:case_id>/deadlines/dates/<int:date_id>/", views.own_date_edit, name="own_date_edit"),
    path(
        "cases/<case:case_id>/deadlines/dates/<int:date_id>/delete/",
        views.own_date_delete,
        name="own_date_delete",
    ),
]
