import json

from django import template
from django.utils.formats import localize
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language

from groups import cards

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


@register.simple_tag
def group_card(group):
    """A result card (groups.cards: one data builder, one renderer for every list)."""
    return cards.render(cards.card_data(group))


@register.filter
def km(distance):
    return cards.km(distance)


@register.filter
def venue_places(group):
    return cards.venue_places(group)


@register.simple_tag
def facet_choices(facet):
    """The choices of one filter in the search page's panel, each with how many groups it
    would give: <option>s for a select, labelled inputs otherwise. The same markup the
    panel's template loop gave, built in Python: some sixty choices a page."""
    name, kind = escape(facet["name"]), facet["type"]
    out = []
    for n, (value, label, count, checked) in enumerate(facet["choices"], 1):
        text, value = escape(capfirst(label)), escape(value)
        if kind == "select":
            number = f" ({localize(count)})" if count is not None else ""
            selected = " selected" if checked else ""
            out.append(f'<option value="{value}"{selected}>{text}{number}</option>')
            continue
        number = f' <span class="count">({localize(count)})</span>' if count is not None else ""
        ticked = " checked" if checked else ""
        if kind == "flags":
            field = (
                f'<label class="check" for="filter-{value}"><input type="checkbox" '
                f'id="filter-{value}" name="{value}" value="ja" form="zoeken"{ticked}>'
            )
        else:
            field = (
                f'<label class="check" for="filter-{name}-{n}"><input type="{escape(kind)}" '
                f'id="filter-{name}-{n}" name="{name}" value="{value}" form="zoeken"{ticked}>'
            )
        out.append(f"{field} <span>{text}{number}</span></label>")
    separator = "" if kind == "select" else "\n          "
    # Every value in it is escaped above.
    return mark_safe(separator.join(out))


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
