from django.urls import path

from selfhelp.printing import views

app_name = "printing"
urlpatterns = [
    path("print/", views.pack, name="pack"),
    path("print/making/<uuid:job_id>/", views.making, name="making"),
    path("print/worksheets/<slug:name>/", views.worksheet, name="worksheet"),
]
