from django import template
from django.urls import translate_url

from selfhelp import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_url(context, code):
    """This page in another language, keeping its query string (a calculator result stays a result)."""
    request = context["request"]
    url = translate_url(request.path, code)
    query = request.GET.urlencode()
    return f"{url}?{query}" if query else url


@register.filter
def language_info(code):
    return languages.get(code)
