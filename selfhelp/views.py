from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render

from guides.models import Guide


def home(request):
    return render(request, "home.html", {"guides": Guide.objects.guides()})


def privacy(request):
    return render(request, "privacy.html")


def health(request):
    """For a load balancer: the app answers and its database does."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
