from django import template

from guides import rendering

register = template.Library()


@register.filter
def markdown(text):
    """A section's Markdown as HTML (raw HTML in the text is escaped)."""
    return rendering.render(text)
