import json

from django import template
from django.utils.formats import localize, number_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timezone import localtime
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


@register.simple_tag
def group_card(group):
    """A result card: what, where (and how far), when next, for whom, themes, newcomers.

    The markup and words the card template had, built in Python: a search page shows 25
    cards, and this renders them about five times faster than the template engine did."""
    words = _card_words()
    if getattr(group, "next_meeting", None):
        when = localtime(group.next_meeting)
        next_time = words["next"] % {
            "date": f"{words['days'][when.weekday()]} {when.day} {words['months'][when.month]}",
            "time": f"{when.hour:02d}.{when.minute:02d}",
        }
        if getattr(group, "next_meeting_place", ""):  # only for groups with several places
            next_time = words["next at"] % {"when": next_time, "place": group.next_meeting_place}
    elif getattr(group, "no_fixed_schedule", False):
        next_time = words["by arrangement"]
    else:
        next_time = words["no date"]
    themes = ", ".join(escape(theme.display_name) for theme in _card_themes(group))
    tag = words["newcomers"].get(group.newcomers, words["newcomers"]["closed"])
    if group.cost == "free":
        tag += words["free"]
    themes_part = f"<div>\n      <dt>{words['Thema']}</dt>\n      <dd>{themes}</dd>\n    </div>"
    # Every value in it is escaped: the words when they were cached, the rest here.
    return mark_safe(
        f"""<li class="card">
  <h3 class="card-title"><a href="{escape(group.get_absolute_url())}">{escape(group.name)}</a></h3>
  <p class="card-summary">{escape(group.summary)}</p>
  <dl class="card-facts">
    <div>
      <dt>{words["Waar"]}</dt>
      <dd>{_card_where(group, words)}</dd>
    </div>
    <div>
      <dt>{words["Volgende keer"]}</dt>
      <dd>{escape(next_time)}</dd>
    </div>
    <div>
      <dt>{words["Voor wie"]}</dt>
      <dd>{words["audience"].get(group.audience, "")}</dd>
    </div>
    {themes_part if themes else ""}
  </dl>
  <p class="card-tags">
    {tag}
  </p>
</li>"""
    )


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


_CARD_WORDS = {}


def _card_words():
    """The card's fixed words in the active language, translated and escaped once."""
    language = get_language()
    words = _CARD_WORDS.get(language)
    if words is None:
        from django.utils.dates import MONTHS, WEEKDAYS

        from groups.models import Group

        # Literal _() calls, so makemessages finds every word.
        words = {
            "Waar": escape(_("Waar")),
            "Volgende keer": escape(_("Volgende keer")),
            "Voor wie": escape(_("Voor wie")),
            "Thema": escape(_("Thema")),
            "Online": escape(_("Online")),
            "Telefonisch": escape(_("Telefonisch")),
            "op locatie": escape(_("op locatie")),
            "en online": escape(_("en online")),
        }
        words["next"] = _("%(date)s, %(time)s uur")
        words["no date"] = _("nog geen datum bekend")
        words["by arrangement"] = _("wisselend, in overleg")
        words["next at"] = _("%(when)s in %(place)s")
        words["away"] = _("%(d)s hiervandaan")
        words["days"] = [str(WEEKDAYS[day]) for day in range(7)]
        words["months"] = {month: str(name) for month, name in MONTHS.items()}
        words["audience"] = {
            value: escape(capfirst(str(label))) for value, label in Group.Audience.choices
        }
        tags = {
            "welcome": ("tag tag-ok", _("Nieuwe deelnemers welkom")),
            "waiting_list": ("tag tag-warn", _("Wachtlijst")),
            "closed": ("tag", _("Groep is nu vol")),
        }
        words["newcomers"] = {
            key: f'<span class="{css}">{escape(text)}</span>' for key, (css, text) in tags.items()
        }
        words["free"] = f'\n    <span class="tag">{escape(_("Gratis"))}</span>'
        _CARD_WORDS[language] = words
    return words


def _card_where(group, words):
    if group.format == "online":
        where = words["Online"]
    elif group.format == "phone":
        where = words["Telefonisch"]
    else:
        places = venue_places(group)
        where = ", ".join(escape(p) for p in places) if places else words["op locatie"]
        if group.format == "hybrid":
            where += " " + words["en online"]
    distance = km(getattr(group, "distance_km", None))
    if distance:
        away = words["away"] % {"d": distance}
        where += f' <span class="distance">({escape(away)})</span>'
    return where


def _card_themes(group):
    themes = getattr(group, "card_themes", None)  # loaded by groups.lists.with_cards
    return group.themes.all() if themes is None else themes


@register.filter
def venue_places(group):
    """The towns a group meets in, from its loaded (or prefetched) schedules."""
    places = getattr(group, "card_places", None)  # loaded by GroupQuerySet.cards
    if places is not None:
        return places
    schedules = getattr(group, "card_schedules", None)  # loaded by groups.lists.with_cards
    if schedules is None:
        schedules = group.schedules.all()
    return list(dict.fromkeys(s.venue.city for s in schedules if s.venue_id))


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
