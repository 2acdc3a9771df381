import json

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

# As django.utils.html.json_script: no "</script>" or HTML comment can end the element early.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """schema.org data in a <script type="application/ld+json"> carrying the CSP nonce.

    Browsers never execute this type, but CSP still applies to every <script> element."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    nonce = getattr(context.get("request"), "csp_nonce", "")
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>', nonce, mark_safe(payload)
    )


@register.simple_tag
def lang_path(path):
    """A plain path in the current language ("/interesse/" -> "/en/interesse/" in English),
    for pages other parts of the site provide."""
    language = get_language()
    return path if language in (None, "nl") else f"/{language}{path}"


@register.filter
def km(distance):
    """A distance for people: "400 m", "2,3 km", "12 km"."""
    if not isinstance(distance, int | float):
        return ""
    if distance < 1:
        metres = max(100, round(distance * 10) * 100)
        return _("%(m)s m") % {"m": metres}
    if distance < 10:
        return _("%(km)s km") % {"km": number_format(round(distance, 1), 1)}
    return _("%(km)s km") % {"km": round(distance)}


@register.filter
def venue_places(group):
    """The towns a group meets in, from its prefetched schedules."""
    return list(dict.fromkeys(s.venue.city for s in group.schedules.all() if s.venue_id))


@register.simple_tag(takes_context=True)
def other_language_url(context):
    """This page in the other language, query string kept (a link: no cookie, no POST)."""
    request = context["request"]
    path = request.get_full_path()
    if get_language() == "en":
        return path[3:] if path.startswith("/en/") else path
    return "/en" + path


@register.simple_tag(takes_context=True)
def path_in(context, language):
    """This page's path (no query) in the given language, for hreflang alternates."""
    path = context["request"].path
    if path.startswith("/en/"):
        path = path[3:]
    return path if language == "nl" else "/en" + path


@register.filter
def printable(value):
    """Typed text shown back in a field, without control characters such as NUL."""
    return "".join(c for c in str(value) if c >= " " or c in "\t")


@register.filter
def language_names(codes):
    from groups.models import Group

    names = dict(Group.LANGUAGE_CHOICES)
    return ", ".join(str(names.get(code, code)) for code in codes or [])
