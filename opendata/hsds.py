"""The directory as Open Referral HSDS 3.0 objects.

How our data maps (what an HSDS client harvests):

- a public group (published, or paused = "temporarily closed") is a ``service``; its id is
  ``Group.external_id``;
- each venue it meets at is a ``location`` and the pair a ``service_at_location``;
- the organisation behind it (``Group.organisation``) is an ``organization``; a group
  without one belongs to its contact point, which is then the organization;
- the themes are the ``taxonomy`` "Zelfhulpkaart-thema's" (main themes are parents);
  ICPC-2 codes are a second taxonomy, and each service carries ``attributes`` pointing to
  its theme terms and the ICPC-2 terms of those themes;
- meeting patterns are HSDS ``schedule`` rows with RRULE fields (wall time, see notes).

The group's contact person and e-mail address are private and never appear; the only
phone number is the public one. Every id comes from opendata.ids.
"""

from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import override

from contactpoints.models import ContactPoint
from contactpoints.text import fold_key
from groups import privacy
from groups.models import Group, Schedule, Theme, Venue
from groups.schedule import (
    RRULE_DAYS,
    describe,
    describe_exception,
    describe_skip_months,
    format_time,
)
from groups.services import current_exceptions
from opendata import ids

HSDS_VERSION = "3.0"
LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "English",
    "de": "Deutsch",
    "li": "Limburgs",
    "ar": "العربية",
    "tr": "Türkçe",
    "pl": "Polski",
    "uk": "Українська",
}


def site_url(path=""):
    return settings.SITE_URL + path


def _clean(obj: dict) -> dict:
    """Leave out empty values: HSDS fields are optional, and null is not a string."""
    return {k: v for k, v in obj.items() if v not in (None, "")}


# Which rows


def public_groups():
    return Group.objects.public()


def groups_for_cards():
    return public_groups().select_related("contact_point").prefetch_related("themes")


def groups_in_full():
    return groups_for_cards().prefetch_related(
        "schedules__venue__municipality", current_exceptions()
    )


def last_modified():
    """When anything the API shows last changed (for Last-Modified)."""
    return public_groups().aggregate(latest=Max("updated_at"))["latest"]


# Taxonomies and terms


def taxonomies():
    return [
        {
            "id": ids.make(ids.TAXONOMY, ids.TAXONOMY_THEMES),
            "name": "Zelfhulpkaart-thema's",
            "description": "De thema's waarop Zelfhulpkaart zelfhulpgroepen indeelt; "
            "hoofdthema's zijn ouders van de thema's eronder.",
            "uri": site_url("/themas/"),
            "version": "1",
        },
        {
            "id": ids.make(ids.TAXONOMY, ids.TAXONOMY_ICPC),
            "name": "ICPC-2",
            "description": "International Classification of Primary Care, 2e editie (WONCA). "
            "Alleen de codes; gekoppeld aan thema's zodat huisartsen op code kunnen zoeken.",
            "uri": "https://www.who.int/standards/classifications/other-classifications/"
            "international-classification-of-primary-care",
            "version": "2",
        },
    ]


def theme_term(theme: Theme) -> dict:
    term = {
        "id": ids.make(ids.TERM_THEME, theme.pk),
        "code": theme.slug,
        "name": theme.name,
        "description": theme.description or theme.name,
        "taxonomy": "Zelfhulpkaart-thema's",
        "taxonomy_id": ids.make(ids.TAXONOMY, ids.TAXONOMY_THEMES),
        "language": "nl",
        "term_uri": site_url(theme.get_absolute_url()),
    }
    if theme.parent_id:
        term["parent_id"] = ids.make(ids.TERM_THEME, theme.parent_id)
    if theme.icpc_codes:
        term["description"] += " (ICPC-2: " + ", ".join(theme.icpc_codes) + ")"
    return term


def icpc_term(code: str) -> dict:
    return {
        "id": ids.make(ids.TERM_ICPC, ids.icpc_number(code)),
        "code": code,
        "name": code,
        "description": f"ICPC-2-code {code}",
        "taxonomy": "ICPC-2",
        "taxonomy_id": ids.make(ids.TAXONOMY, ids.TAXONOMY_ICPC),
    }


def all_terms() -> list[dict]:
    themes = sorted(Theme.objects.cached(), key=lambda t: (t.position, t.name))
    codes = sorted({code for t in themes for code in t.icpc_codes})
    return [theme_term(t) for t in themes] + [icpc_term(c) for c in codes]


def find_term(term_id) -> dict | None:
    if key := ids.parse(term_id, ids.TERM_THEME):
        theme = next((t for t in Theme.objects.cached() if t.pk == key[0]), None)
        return theme_term(theme) if theme else None
    if key := ids.parse(term_id, ids.TERM_ICPC):
        code = ids.icpc_code(key[0])
        known = {c for t in Theme.objects.cached() for c in t.icpc_codes}
        return icpc_term(code) if code in known else None
    return None


def _with_theme_links(queryset, **lookup):
    # A subquery, not a join: no duplicate rows, and no DISTINCT (the box column has none).
    links = Group.themes.through.objects.filter(**lookup).values("group_id")
    return queryset.filter(pk__in=links)


def groups_for_term(queryset, term_id):
    if key := ids.parse(term_id, ids.TERM_THEME):
        return _with_theme_links(
            queryset, **{"theme__in": Theme.objects.filter(Q(pk=key[0]) | Q(parent=key[0]))}
        )
    if key := ids.parse(term_id, ids.TERM_ICPC):
        code = ids.icpc_code(key[0]) or ""
        return _with_theme_links(queryset, theme__icpc_codes__contains=[code])
    return queryset.none()


def groups_for_taxonomy(queryset, taxonomy_id):
    if ids.parse(taxonomy_id, ids.TAXONOMY) == (ids.TAXONOMY_THEMES, 0):
        return _with_theme_links(queryset)
    if ids.parse(taxonomy_id, ids.TAXONOMY) == (ids.TAXONOMY_ICPC, 0):
        return _with_theme_links(queryset, theme__icpc_codes__len__gt=0)
    return queryset.none()


# Organizations


def organization_id(group: Group) -> str:
    """The named organisation's id is keyed by the first public group that names it."""
    if group.organisation.strip():
        return ids.make(ids.ORGANIZATION_NAMED, _first_group_naming(group.organisation))
    return ids.make(ids.ORGANIZATION_CONTACT_POINT, group.contact_point_id)


_NAMED = {}


def _organisation_index():
    """Folded organisation name -> lowest public group pk naming it, per request batch."""
    rows = public_groups().exclude(organisation="").order_by("pk").values_list("pk", "organisation")
    index = {}
    for pk, name in rows:
        index.setdefault(fold_key(name), pk)
    return index


def _first_group_naming(name):
    index = _NAMED.get("index")
    if index is None:
        index = _NAMED["index"] = _organisation_index()
    return index.get(fold_key(name), 0)


def reset_organisation_index():
    _NAMED.clear()


def contact_point_organization(cp: ContactPoint) -> dict:
    return _clean(
        {
            "id": ids.make(ids.ORGANIZATION_CONTACT_POINT, cp.pk),
            "name": cp.name,
            "description": cp.description or "Zelfhulpcontactpunt",
            "email": cp.email,
            "website": cp.website or site_url(cp.get_absolute_url()),
        }
    )


def named_organization(pk: int, name: str) -> dict:
    return {
        "id": ids.make(ids.ORGANIZATION_NAMED, pk),
        "name": name,
        "description": f"Organisatie achter zelfhulpgroepen op Zelfhulpkaart: {name}",
    }


def organization_of(group: Group) -> dict:
    if group.organisation.strip():
        return named_organization(_first_group_naming(group.organisation), group.organisation)
    return contact_point_organization(group.contact_point)


def all_organizations() -> list[dict]:
    orgs = {}
    for group in groups_for_cards().order_by("pk"):
        org = organization_of(group)
        orgs.setdefault(org["id"], org)
    return sorted(orgs.values(), key=lambda o: (o["name"].lower(), o["id"]))


def find_organization(org_id) -> dict | None:
    if key := ids.parse(org_id, ids.ORGANIZATION_CONTACT_POINT):
        cp = ContactPoint.objects.filter(pk=key[0]).first()
        if cp and public_groups().filter(contact_point=cp, organisation="").exists():
            return contact_point_organization(cp)
        return None
    if key := ids.parse(org_id, ids.ORGANIZATION_NAMED):
        group = public_groups().filter(pk=key[0]).exclude(organisation="").first()
        if group and _first_group_naming(group.organisation) == group.pk:
            return named_organization(group.pk, group.organisation)
    return None


def groups_for_organization(queryset, org_id):
    if key := ids.parse(org_id, ids.ORGANIZATION_CONTACT_POINT):
        return queryset.filter(contact_point_id=key[0], organisation="")
    if key := ids.parse(org_id, ids.ORGANIZATION_NAMED):
        group = public_groups().filter(pk=key[0]).first()
        if group and group.organisation:
            return queryset.filter(organisation__iexact=group.organisation)
    return queryset.none()


# Services


def _status(group):
    return "active" if group.status == Group.Status.PUBLISHED else "temporarily closed"


def service_summary(group: Group) -> dict:
    """The one-to-one fields (compiled/service_list.json)."""
    with override("nl"):
        fees = group.get_cost_display() + (f": {group.cost_note}" if group.cost_note else "")
        service = {
            "id": str(group.external_id),
            "organization_id": organization_id(group),
            "name": group.name,
            "description": f"{group.summary}\n\n{group.description}".strip(),
            "url": site_url(group.get_absolute_url()),
            "status": _status(group),
            "application_process": f"{group.get_registration_display()}; "
            f"{group.get_newcomers_display()}",
            "fees_description": fees,
            "eligibility_description": group.get_audience_display(),
            "wait_time": "wachtlijst" if group.newcomers == Group.Newcomers.WAITING_LIST else None,
            "assured_date": group.last_verified.isoformat() if group.last_verified else None,
            "last_modified": group.updated_at.isoformat(timespec="milliseconds"),
            "organization": organization_of(group),
        }
    return _clean(service)


def minimal_service(group: Group) -> dict:
    return {
        "id": str(group.external_id),
        "name": group.name,
        "status": _status(group),
        "last_modified": group.updated_at.isoformat(timespec="milliseconds"),
    }


def schedule(s: Schedule, group: Group) -> dict:
    with override("nl"):
        day = RRULE_DAYS[s.weekday]
        row = {
            "id": ids.make(ids.SCHEDULE, s.pk),
            "service_id": str(group.external_id),
            "freq": s.freq,
            "interval": s.interval,
            "byday": f"{s.ordinal}{day}" if s.freq == "MONTHLY" and s.ordinal else day,
            "wkst": "MO",
            "dtstart": s.first_date.isoformat(),
            "until": s.until.isoformat() if s.until else None,
            # HSDS's timezone is a fixed UTC offset, which would be wrong half the year:
            # the times are wall-clock times in Europe/Amsterdam, as the notes say.
            "opens_at": format_time(s.start_time).replace(".", ":"),
            "closes_at": format_time(s.end_time).replace(".", ":"),
            "description": describe(s),
            "notes": " ".join(
                filter(
                    None,
                    [
                        "Tijden zijn lokale tijd Europe/Amsterdam.",
                        s.note,
                        *exceptions_in_words(s, group),
                    ],
                )
            ),
            "attending_type": "in_person" if s.venue_id else "online",
        }
        if s.venue_id:
            venue_key = privacy.public_venue(s.venue, group).pk
            row["location_id"] = ids.make(ids.LOCATION, venue_key)
            row["service_at_location_id"] = ids.make(ids.SERVICE_AT_LOCATION, group.pk, venue_key)
    return _clean(row)


def exceptions_in_words(s: Schedule, group: Group) -> list[str]:
    """HSDS 3.0's schedule has no BYMONTH or EXDATE: the yearly break and the coming
    cancellations, breaks and extra meetings go into its notes, in words."""
    words = [describe_skip_months(s)]
    today = timezone.localdate()
    for ex in group.meeting_exceptions.all():
        if ex.schedule_id not in (None, s.pk) or (ex.last_day or ex.day) < today:
            continue
        text = describe_exception(ex)
        words.append(f"{text}. {ex.note}" if ex.note else text)
    return [f"{w}." if w and not w.endswith(".") else w for w in words if w]


def location(venue: Venue) -> dict:
    accessibility = []
    for n, (flag, text) in enumerate(
        [
            (venue.wheelchair_accessible, "rolstoeltoegankelijk"),
            (venue.hearing_loop, "ringleiding"),
            (venue.ground_floor, "op de begane grond"),
        ]
    ):
        if flag:
            accessibility.append(
                {
                    "id": ids.make(ids.ACCESSIBILITY, venue.pk, n),
                    "location_id": ids.make(ids.LOCATION, venue.pk),
                    "description": text,
                }
            )
    municipality = venue.municipality
    return _clean(
        {
            "id": ids.make(ids.LOCATION, venue.pk),
            "location_type": "physical",
            "name": venue.name,
            "transportation": venue.transport_note,
            "latitude": venue.latitude,
            "longitude": venue.longitude,
            "addresses": [
                {
                    "id": ids.make(ids.ADDRESS, venue.pk),
                    "location_id": ids.make(ids.LOCATION, venue.pk),
                    "address_1": venue.street_address,
                    "city": venue.city,
                    "region": municipality.name,
                    "state_province": municipality.province or "Limburg",
                    "postal_code": venue.postcode,
                    "country": "NL",
                    "address_type": "physical",
                }
            ],
            "accessibility": accessibility,
            "external_identifier": municipality.code,
            "external_identifier_type": "CBS-gemeentecode",
        }
    )


def venues_of(group: Group) -> list[Venue]:
    """The group's venues as the public may see them (groups.privacy)."""
    privacy.mask([group])
    seen = {}
    for s in group.schedules.all():
        if s.venue_id and s.venue_id not in seen:
            seen[s.venue_id] = s.venue
    return list(seen.values())


def service_at_location(group: Group, venue: Venue, with_service=False, full=False) -> dict:
    venue = privacy.public_venue(venue, group)
    row = {
        "id": ids.make(ids.SERVICE_AT_LOCATION, group.pk, venue.pk),
        "service_id": str(group.external_id),
        "location_id": ids.make(ids.LOCATION, venue.pk),
        "description": f"{group.name} bij {venue.name}, {venue.city}",
        "location": location(venue),
    }
    if full:
        row["schedules"] = [
            schedule(s, group)
            for s in group.schedules.all()
            if s.venue_id and privacy.public_venue(s.venue, group).pk == venue.pk
        ]
    if with_service:
        row["service"] = full_service(group) if full else service_summary(group)
    return row


def _attributes(group: Group) -> list[dict]:
    rows = []
    service_id = str(group.external_id)
    codes = []
    for theme in group.themes.all():
        term = theme_term(theme)
        rows.append(
            {
                "id": ids.make(ids.ATTRIBUTE, group.pk, theme.pk),
                "link_id": service_id,
                "link_type": "theme",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
        )
        codes += [c for c in theme.icpc_codes if c not in codes]
    for code in codes:
        term = icpc_term(code)
        rows.append(
            {
                "id": ids.make(ids.ATTRIBUTE, group.pk, 1_000_000 + ids.icpc_number(code)),
                "link_id": service_id,
                "link_type": "icpc2",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "value": code,
                "taxonomy_term": term,
            }
        )
    return rows


def full_service(group: Group) -> dict:
    """The fully nested service (compiled/service.json). Nothing private: no contact
    person, no e-mail address; the phone number is the group's public one."""
    service = service_summary(group)
    service_id = service["id"]
    service["languages"] = [
        {
            "id": ids.make(ids.LANGUAGE, group.pk, n),
            "service_id": service_id,
            "name": LANGUAGE_NAMES.get(code, code),
            "code": code,
        }
        for n, code in enumerate(group.languages or ["nl"])
    ]
    with override("nl"):
        service["cost_options"] = [
            _clean(
                {
                    "id": ids.make(ids.COST_OPTION, group.pk),
                    "service_id": service_id,
                    "option": group.get_cost_display(),
                    "currency": "EUR",
                    "amount": 0 if group.cost == Group.Cost.FREE else None,
                    "amount_description": group.cost_note,
                }
            )
        ]
    if group.public_phone:
        service["phones"] = [
            {
                "id": ids.make(ids.PHONE, group.pk),
                "service_id": service_id,
                "number": group.public_phone,
                "type": "voice",
            }
        ]
    service["schedules"] = [schedule(s, group) for s in group.schedules.all()]
    service["service_at_locations"] = [service_at_location(group, v) for v in venues_of(group)]
    service["attributes"] = _attributes(group)
    return service


def api_root() -> dict:
    return {
        "version": HSDS_VERSION,
        "profile": "https://docs.openreferral.org/en/latest/hsds/overview.html",
        "openapi_url": site_url("/api/hsds/openapi.json"),
    }


def now_iso():
    return timezone.now().isoformat()
