from django.urls import path

from selfhelp.deadlines import views

app_name = "deadlines"
urlpatterns = [
    path("", views.calculator, name="calculator"),
]
