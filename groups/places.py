"""How a meeting's place is named wherever meetings are shown: beside a date on the group
page, a card, the referral card and overview, in the JSON-LD and the calendar feed.

Every representation asks these functions, so a rule that hides a venue's details (say,
"address only after contact") is one change here."""

from django.utils.translation import gettext as _


def _private(venue) -> bool:
    """A venue of a group whose address stays private until contact (groups.privacy)."""
    return getattr(venue, "address_after_contact", False)


def place_label(venue, *, short=False) -> str:
    """ "Buurthuis De Linde, Sittard"; short: "Sittard". "" for no venue."""
    if venue is None:
        return ""
    return venue.city if short or _private(venue) else f"{venue.name}, {venue.city}"


def place_address(venue) -> str:
    """The whole address on one line, for a calendar's LOCATION (the place only for a
    private address)."""
    if _private(venue):
        return venue.city
    return f"{venue.name}, {venue.street_address}, {venue.postcode} {venue.city}"


def schema_place(venue) -> dict:
    """schema.org Place of a venue (the place only for a private address)."""
    private = _private(venue)
    return {
        "@type": "Place",
        "name": venue.city if private else venue.name,
        "address": {
            "@type": "PostalAddress",
            **({} if private else {"streetAddress": venue.street_address}),
            **({} if private else {"postalCode": venue.postcode}),
            "addressLocality": venue.city,
            "addressCountry": "NL",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": venue.latitude,
            "longitude": venue.longitude,
        },
    }


def remote_label(group) -> str:
    return _("telefonisch") if group.format == "phone" else _("online")


def distinct_venues(schedules, exceptions=()):
    """The venues of the patterns (in their order), then those only extra meetings use."""
    venues = {s.venue_id: s.venue for s in schedules if s.venue_id}
    for ex in exceptions:
        if getattr(ex, "kind", None) == "extra" and ex.venue_id and ex.venue_id not in venues:
            venues[ex.venue_id] = ex.venue
    return list(venues.values())
