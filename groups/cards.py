"""The result card every list of groups shows (search, themes, municipalities, contact
points, alternatives on a group's page): card_data() builds what one card says, render()
writes it. Lists load what the cards read with groups.lists.with_cards (or, on the search
page, GroupQuerySet.cards).

Built in Python, not the template engine: a search page shows 25 cards, and this renders
them about five times faster. Every value is escaped here, the fixed words once per
language when they are cached.
"""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import get_language
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class CardData:
    """What one card says, every field escaped HTML."""

    url: str
    name: str
    summary: str
    where: str
    next_time: str
    audience: str
    themes: str
    tags: str


def card_data(group) -> CardData:
    """What, where (and how far), when next, for whom, themes, newcomers and cost."""
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
    tags = words["newcomers"].get(group.newcomers, words["newcomers"]["closed"])
    if group.cost == "free":
        tags += words["free"]
    return CardData(
        url=escape(group.get_absolute_url()),
        name=escape(group.name),
        summary=escape(group.summary),
        where=where(group, words),
        next_time=escape(next_time),
        audience=words["audience"].get(group.audience, ""),
        themes=", ".join(escape(theme.display_name) for theme in _card_themes(group)),
        tags=tags,
    )


def render(card: CardData):
    """The card's markup: an <li> for an <ol class="cards">."""
    words = _card_words()
    themes_part = (
        f"<div>\n      <dt>{words['Thema']}</dt>\n      <dd>{card.themes}</dd>\n    </div>"
        if card.themes
        else ""
    )
    # Every value in it was escaped by card_data().
    return mark_safe(  # noqa: S308
        f"""<li class="card">
  <h3 class="card-title"><a href="{card.url}">{card.name}</a></h3>
  <p class="card-summary">{card.summary}</p>
  <dl class="card-facts">
    <div>
      <dt>{words["Waar"]}</dt>
      <dd>{card.where}</dd>
    </div>
    <div>
      <dt>{words["Volgende keer"]}</dt>
      <dd>{card.next_time}</dd>
    </div>
    <div>
      <dt>{words["Voor wie"]}</dt>
      <dd>{card.audience}</dd>
    </div>
    {themes_part}
  </dl>
  <p class="card-tags">
    {card.tags}
  </p>
</li>"""
    )


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


def where(group, words=None):
    """Where the group meets, as escaped HTML: online, by phone, or its towns (and how far)."""
    words = words or _card_words()
    if group.format == "online":
        text = words["Online"]
    elif group.format == "phone":
        text = words["Telefonisch"]
    else:
        places = venue_places(group)
        text = ", ".join(escape(p) for p in places) if places else words["op locatie"]
        if group.format == "hybrid":
            text += " " + words["en online"]
    distance = km(getattr(group, "distance_km", None))
    if distance:
        away = words["away"] % {"d": distance}
        text += f' <span class="distance">({escape(away)})</span>'
    return text


def venue_places(group):
    """The towns a group meets in, from its loaded (or prefetched) schedules."""
    places = getattr(group, "card_places", None)  # loaded by GroupQuerySet.cards
    if places is not None:
        return places
    schedules = getattr(group, "card_schedules", None)  # loaded by groups.lists.with_cards
    if schedules is None:
        schedules = group.schedules.all()
    return list(dict.fromkeys(s.venue.city for s in schedules if s.venue_id))


def _card_themes(group):
    themes = getattr(group, "card_themes", None)  # loaded by groups.lists.with_cards
    return group.themes.all() if themes is None else themes


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
