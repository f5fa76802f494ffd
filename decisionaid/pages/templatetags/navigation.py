"""The main navigation, marking where the learner is for screen readers and sighted users."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_link(context, href: str, label: str) -> str:
    """A nav link with aria-current: "page" on the section's own page, "true" anywhere inside it."""
    path = context["request"].path
    if path == href:
        current = "page"
    elif href != "/" and path.startswith(href):
        current = "true"
    else:
        return format_html('<a href="{}">{}</a>', href, label)
    return format_html('<a href="{}" aria-current="{}">{}</a>', href, current, label)
