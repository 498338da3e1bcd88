from django.urls import path

from selfhelp.deadlines import views

app_name = "deadlines"
urlpatterns = [
    path("deadlines/", views.calculator, name="calculator"),
    path("deadlines/calendar.ics", views.calendar, name="calendar"),
    path("deadlines/pdf/", views.pdf, name="pdf"),
    path("deadlines/passed/", views.passed, name="passed"),
]
