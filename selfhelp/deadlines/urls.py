from django.urls import path

from selfhelp.deadlines import views

app_name = "deadlines"
urlpatterns = [
    path("", views.calculator, name="calculator"),
    path("calendar.ics", views.calendar, name="calendar"),
    path("pdf/", views.pdf, name="pdf"),
    path("passed/", views.passed, name="passed"),
]
