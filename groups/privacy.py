"""An address that stays private until contact (Group.address_after_contact).

Some groups do not publish where they meet: newcomers get the address once they have been in
touch (KISS Hamburg's directory publishes no meeting places at all). For such a group every
public representation — the group page, cards, referral card, theme overview, JSON-LD, the
calendar feed, the embed and the HSDS API — shows the place (village or district) and never
the street, house number, postcode or the venue's name; distances are measured from the
centre of the venue's four-digit postcode area, not from the venue.

One rule, applied in two places so that no page has to remember it:
- in Python, ``public_venue()`` / ``mask()`` swap a group's venues for in-memory copies that
  hold only the place (``shown_place()``); templates and serialisers read those as usual;
- in SQL, ``shown_latitude_sql()`` / ``shown_coordinates()`` pick the place's centre for
  distances and the search index's area.
"""

import hashlib
import hmac

from django.conf import settings
from django.db.models import Case, F, FloatField, Q, When

from contactpoints.models import PostcodeArea


def place_point(venue):
    """(latitude, longitude) of the centre of the venue's place: its PC4 area, else its
    municipality."""
    pc4 = (venue.postcode or "").replace(" ", "")[:4]
    found = PostcodeArea.objects.filter(pc4=pc4).values_list("latitude", "longitude").first()
    if found:
        return found
    if venue.municipality_id:
        municipality = venue.municipality
        return municipality.latitude, municipality.longitude
    return None, None


# A shown place gets a key of its own, so that nothing public (an HSDS id) carries the
# venue's key: another group meeting at the same venue would give the address away. Bit 30
# marks it; the rest is a keyed hash of group and venue, stable across pages and not
# reversible without SECRET_KEY.
SHOWN_KEY_BIT = 1 << 30


def shown_key(group, venue):
    message = f"groups.privacy:{group.pk}:{venue.pk}".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).digest()
    return SHOWN_KEY_BIT | int.from_bytes(digest[:4], "big") & (SHOWN_KEY_BIT - 1)


def shown_place(venue, key):
    """An unsaved copy of the venue with only what a private-address group may show: the
    place, its centre and the accessibility facts, under a key of its own. Never saved."""
    from groups.models import Venue

    latitude, longitude = venue.place_latitude, venue.place_longitude
    if latitude is None:
        latitude, longitude = place_point(venue)
    shown = Venue(
        pk=key,
        name=venue.city,
        street_address="",
        postcode="",
        city=venue.city,
        municipality_id=venue.municipality_id,
        latitude=latitude,
        longitude=longitude,
        place_latitude=latitude,
        place_longitude=longitude,
        wheelchair_accessible=venue.wheelchair_accessible,
        hearing_loop=venue.hearing_loop,
        ground_floor=venue.ground_floor,
        transport_note="",
    )
    if Venue.municipality.is_cached(venue):
        shown.municipality = venue.municipality
    shown.address_after_contact = True
    return shown


def mask(groups):
    """Swap the venues of private-address groups (schedules loaded or prefetched) for their
    shown places, in memory; idempotent. Returns the groups."""
    for group in groups:
        if group.address_after_contact and not hasattr(group, "shown_venues"):
            mask_schedules(group, group.schedules.all())
    return groups


def mask_schedules(group, schedules):
    """mask() for one group's schedules, loaded with it or on their own. Leaves
    group.shown_venues: {venue key: shown place}."""
    if not group.address_after_contact:
        return schedules
    shown = getattr(group, "shown_venues", None)
    if shown is None:
        shown = group.shown_venues = {}
    for schedule in schedules:
        venue = schedule.venue if schedule.venue_id else None
        if venue is None or getattr(venue, "address_after_contact", False):
            continue
        if venue.pk not in shown:
            shown[venue.pk] = shown_place(venue, shown_key(group, venue))
        schedule.venue = shown[venue.pk]
    return schedules


def public_venue(venue, group):
    """The venue as the public may see it for this group."""
    if venue is None or not group.address_after_contact:
        return venue
    if getattr(venue, "address_after_contact", False):
        return venue
    shown = getattr(group, "shown_venues", None)
    if shown is None:
        shown = group.shown_venues = {}
    if venue.pk not in shown:
        shown[venue.pk] = shown_place(venue, shown_key(group, venue))
    return shown[venue.pk]


def shown_latitude_sql(group, venue):
    """SQL for the latitude distances are measured from, over a group and a venue alias."""
    return (
        f"CASE WHEN {group}.address_after_contact THEN {venue}.place_latitude "
        f"ELSE {venue}.latitude END"
    )


def shown_longitude_sql(group, venue):
    return (
        f"CASE WHEN {group}.address_after_contact THEN {venue}.place_longitude "
        f"ELSE {venue}.longitude END"
    )


def shown_coordinates(prefix=""):
    """{name: expression} to annotate a Schedule queryset with the point distances are
    measured from (shown_lat, shown_lon): the place's centre for private-address groups."""
    private = Q(**{f"{prefix}group__address_after_contact": True})
    return {
        "shown_lat": Case(
            When(private, then=F(f"{prefix}venue__place_latitude")),
            default=F(f"{prefix}venue__latitude"),
            output_field=FloatField(),
        ),
        "shown_lon": Case(
            When(private, then=F(f"{prefix}venue__place_longitude")),
            default=F(f"{prefix}venue__longitude"),
            output_field=FloatField(),
        ),
    }
