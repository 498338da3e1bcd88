from django.urls import path

from selfhelp.sar import views

app_name = "sar"
urlpatterns = [
    path("file-request/", views.start, name="start"),
]
