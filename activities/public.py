"""What the public pages say about an activity: schema.org JSON-LD and the iCalendar file.

Neither ever carries the online link: that is only in the confirmation mail."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from groups.schedule import VTIMEZONE, _fold, ical_escape

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def json_ld(activity, themes):
    url = settings.SITE_URL + activity.get_absolute_url()
    if activity.venue:
        v = activity.venue
        mode = "OfflineEventAttendanceMode"
        location = {
            "@type": "Place",
            "name": v.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": v.street_address,
                "postalCode": v.postcode,
                "addressLocality": v.city,
                "addressCountry": "NL",
            },
            "geo": {"@type": "GeoCoordinates", "latitude": v.latitude, "longitude": v.longitude},
        }
    else:
        mode = "OnlineEventAttendanceMode"
        # The page, never the meeting link: that one goes to registrants only.
        location = {"@type": "VirtualLocation", "url": url}
    status = "EventCancelled" if activity.is_cancelled else "EventScheduled"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "name": activity.title,
        "description": activity.description,
        "url": url,
        "startDate": timezone.localtime(activity.starts_at, AMSTERDAM).isoformat(),
        "endDate": timezone.localtime(activity.ends_at, AMSTERDAM).isoformat(),
        "eventAttendanceMode": "https://schema.org/" + mode,
        "eventStatus": "https://schema.org/" + status,
        "location": location,
        "inLanguage": "nl",
        "isAccessibleForFree": activity.is_free,
        "organizer": {
            "@type": "Organization",
            "name": activity.contact_point.name,
            "url": settings.SITE_URL + activity.contact_point.get_absolute_url(),
        },
        "offers": {
            "@type": "Offer",
            "price": f"{activity.cost:.2f}",
            "priceCurrency": "EUR",
            "url": url,
            "availability": "https://schema.org/"
            + ("SoldOut" if activity.capacity and activity.seats_left() == 0 else "InStock"),
        },
    }
    if activity.capacity:
        data["maximumAttendeeCapacity"] = activity.capacity
    if activity.audience:
        data["audience"] = {"@type": "PeopleAudience", "audienceType": activity.audience}
    if themes:
        data["about"] = [
            {"@type": "DefinedTerm", "name": t.name, "termCode": t.slug} for t in themes
        ]
    if activity.series_id:
        data["superEvent"] = {
            "@id": settings.SITE_URL + activity.series.get_absolute_url(),
        }
    return data


def calendar(activity, stamp=None) -> str:
    """One VEVENT in Europe/Amsterdam time; a cancelled activity stays in the file with
    STATUS:CANCELLED, so calendars that imported it cross it out."""
    stamp = (stamp or timezone.now()).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    url = settings.SITE_URL + activity.get_absolute_url()
    if activity.venue:
        v = activity.venue
        location = f"{v.name}, {v.street_address}, {v.postcode} {v.city}"
    else:
        location = "online"
    start = timezone.localtime(activity.starts_at, AMSTERDAM)
    end = timezone.localtime(activity.ends_at, AMSTERDAM)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Zelfhulpkaart//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE.splitlines(),
        "BEGIN:VEVENT",
        f"UID:activity-{activity.pk}@zelfhulpkaart.nl",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/Amsterdam:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID=Europe/Amsterdam:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{ical_escape(activity.title)}",
        f"DESCRIPTION:{ical_escape(activity.description)}",
        f"LOCATION:{ical_escape(location)}",
        f"URL:{url}",
        f"STATUS:{'CANCELLED' if activity.is_cancelled else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
