"""Import another directory's HSDS 3.0 export into one contact point (manage.py import_hsds).

What it reads: a JSON file or a folder of them (a list of services, an API page with
``contents``, or one service; nested as /services/{id} answers), or a folder with the HSDS
tabular CSV files (services.csv, locations.csv, service_at_location.csv, addresses.csv,
schedules.csv, phones.csv, languages.csv, organizations.csv, attributes.csv,
taxonomy_terms.csv), which are joined into the same nested shape first.

How it decides, per service:
- refused, with the reasons, when something we need is missing or wrong (no name, a place
  outside the contact point's municipalities, a postcode or coordinate that cannot be
  right, a meeting pattern HSDS 3.0 does not allow); nothing of it is stored;
- new: a group is made in status "ter beoordeling" (in_review), so staff check it before
  anyone sees it; with --publish it is published at once;
- unchanged: the same source id was imported before and its content is the same;
- changed: imported before, different now. Without --publish the group is left as it is
  (the report names the fields), because changing a listing residents see is a
  publication; with --publish the group is updated.

Idempotent: ImportedRecord remembers, per contact point, each source id, its group and a
fingerprint of what was imported. --dry-run works everything out inside a transaction that
is rolled back, so its report is exactly what a real run would do.
"""

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from django.db import transaction

from contactpoints.geo import resolve_place
from contactpoints.models import ContactPoint, PostcodeArea
from groups.models import Group, Schedule, Theme, Venue
from groups.signals import refresh_groups
from opendata.models import ImportedRecord

NEW, CHANGED, UNCHANGED, REFUSED = "new", "changed", "unchanged", "refused"
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
BYDAY = re.compile(r"^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$")
POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([A-Za-z]{2})$")
TIME = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])")
LANGUAGES = {code for code, _label in Group.LANGUAGE_CHOICES}
TABULAR = [
    "services",
    "organizations",
    "locations",
    "addresses",
    "service_at_locations",
    "service_at_location",
    "schedules",
    "phones",
    "languages",
    "attributes",
    "taxonomy_terms",
]


class Refused(Exception):
    pass


@dataclass
class Outcome:
    source_id: str
    name: str
    result: str
    reasons: list = field(default_factory=list)


# Reading


def read_services(path: Path) -> list[dict]:
    path = Path(path)
    if path.is_dir():
        if any((path / f"{name}.csv").exists() for name in ("services",)):
            return read_tabular(path)
        services = []
        for file in sorted(path.glob("*.json")):
            services += _services_in(json.loads(file.read_text(encoding="utf-8")))
        return services
    if path.suffix.lower() == ".csv":
        return read_tabular(path.parent)
    return _services_in(json.loads(path.read_text(encoding="utf-8")))


def _services_in(data) -> list[dict]:
    if isinstance(data, list):
        return [s for s in data if isinstance(s, dict)]
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return [s for s in data["contents"] if isinstance(s, dict)]
    if isinstance(data, dict) and "name" in data:
        return [data]
    return []


def _rows(folder: Path, name: str) -> list[dict]:
    file = folder / f"{name}.csv"
    if not file.exists():
        return []
    with file.open(encoding="utf-8-sig", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)
        ]


def read_tabular(folder: Path) -> list[dict]:
    """The CSV tables joined into nested services, as the JSON form has them."""
    t = {name: _rows(folder, name) for name in TABULAR}
    by = lambda rows, key: _group_by(rows, key)  # noqa: E731
    addresses = by(t["addresses"], "location_id")
    locations = {
        row["id"]: {**row, "addresses": addresses.get(row["id"], [])} for row in t["locations"]
    }
    organizations = {row["id"]: row for row in t["organizations"]}
    terms = {row["id"]: row for row in t["taxonomy_terms"]}
    links = by(t["service_at_locations"] + t["service_at_location"], "service_id")
    schedules = by(t["schedules"], "service_id")
    phones = by(t["phones"], "service_id")
    languages = by(t["languages"], "service_id")
    attributes = by(t["attributes"], "link_id")
    services = []
    for row in t["services"]:
        sid = row.get("id", "")
        services.append(
            {
                **row,
                "organization": organizations.get(row.get("organization_id", "")),
                "service_at_locations": [
                    {**link, "location": locations.get(link.get("location_id", ""))}
                    for link in links.get(sid, [])
                ],
                "schedules": schedules.get(sid, []),
                "phones": phones.get(sid, []),
                "languages": languages.get(sid, []),
                "attributes": [
                    {**a, "taxonomy_term": terms.get(a.get("taxonomy_term_id", ""))}
                    for a in attributes.get(sid, [])
                ],
            }
        )
    return services


def _group_by(rows, key):
    grouped = {}
    for row in rows:
        grouped.setdefault(row.get(key, ""), []).append(row)
    return grouped


# Turning one HSDS service into what a group needs


def _text(value, limit=None):
    text = str(value or "").strip()
    return text[:limit] if limit else text


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _time(value, reasons, what):
    match = TIME.match(str(value or ""))
    if not match:
        reasons.append(f"{what}: geen tijd als 19:30 ({value!r})")
        return None
    return f"{match.group(1)}:{match.group(2)}"


def _date(value):
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _themes(service) -> list[str]:
    """Our theme slugs for the service's taxonomy terms: by slug, name or ICPC-2 code."""
    themes = Theme.objects.cached()
    by_key = {}
    for theme in themes:
        by_key.setdefault(theme.slug, theme.slug)
        by_key.setdefault(theme.name.lower(), theme.slug)
    by_icpc = {}
    for theme in themes:
        for code in theme.icpc_codes:
            by_icpc.setdefault(code, theme.slug)
    found = []
    for attribute in service.get("attributes") or []:
        term = attribute.get("taxonomy_term") or {}
        keys = [term.get("code"), term.get("name"), attribute.get("value")]
        for key in keys:
            key = _text(key)
            slug = by_key.get(key) or by_key.get(key.lower()) or by_icpc.get(key.upper())
            if slug and slug not in found:
                found.append(slug)
                break
    return sorted(found)


def _venue(location, contact_point, reasons):
    address = (location.get("addresses") or [{}])[0] or {}
    name = _text(location.get("name"), 150) or _text(address.get("address_1"), 150)
    street = _text(address.get("address_1"), 150)
    match = POSTCODE.match(_text(address.get("postal_code")))
    if not match:
        reasons.append(f"locatie {name!r}: geen Nederlandse postcode")
        return None
    postcode = f"{match.group(1)} {match.group(2).upper()}"
    city = _text(address.get("city"), 100)
    lat, lon = _number(location.get("latitude")), _number(location.get("longitude"))
    area = PostcodeArea.objects.filter(pc4=match.group(1)).select_related("municipality").first()
    if lat is None or lon is None:
        if area is None:
            reasons.append(f"locatie {name!r}: geen coördinaten en postcode onbekend")
            return None
        lat, lon = area.latitude, area.longitude
    if not (50.7 <= lat <= 53.7 and 3.2 <= lon <= 7.3):
        reasons.append(f"locatie {name!r}: coördinaten liggen niet in Nederland")
        return None
    municipality = area.municipality if area else None
    if municipality is None and city:
        point = resolve_place(city)
        municipality_id = point.municipality_id if point else None
    else:
        municipality_id = municipality.pk if municipality else None
    if municipality_id is None:
        reasons.append(f"locatie {name!r}: gemeente niet gevonden")
        return None
    if not contact_point.municipalities.filter(pk=municipality_id).exists():
        reasons.append(f"locatie {name!r}: ligt buiten het werkgebied van {contact_point.name}")
        return None
    accessibility = " ".join(
        _text(a.get("description")).lower() for a in location.get("accessibility") or []
    )
    return {
        "key": _text(location.get("id")) or f"{postcode}|{street}",
        "name": name or street,
        "street_address": street,
        "postcode": postcode,
        "city": city or (area.place if area else ""),
        "municipality_id": municipality_id,
        "latitude": round(lat, 6),
        "longitude": round(lon, 6),
        "wheelchair_accessible": "rolstoel" in accessibility or "wheelchair" in accessibility,
        "hearing_loop": "ringleiding" in accessibility or "hearing loop" in accessibility,
        "transport_note": _text(location.get("transportation"), 200),
    }


def _schedule(row, venue_keys, reasons):
    freq = _text(row.get("freq")).upper()
    if freq not in ("WEEKLY", "MONTHLY"):
        reasons.append(f"bijeenkomst: herhaling {freq or '(leeg)'} kent HSDS 3.0 niet")
        return None
    days = [d.strip().upper() for d in _text(row.get("byday")).split(",") if d.strip()]
    match = BYDAY.match(days[0]) if len(days) == 1 else None
    if not match:
        reasons.append(f"bijeenkomst: precies één dag nodig in byday ({row.get('byday')!r})")
        return None
    ordinal = int(match.group(1)) if match.group(1) else None
    if freq == "MONTHLY" and ordinal is None:
        reasons.append("bijeenkomst: maandelijks zonder welke week (zoals 2TU)")
        return None
    opens = _time(row.get("opens_at"), reasons, "begintijd")
    closes = _time(row.get("closes_at"), reasons, "eindtijd")
    if not opens or not closes:
        return None
    if closes <= opens:
        reasons.append("bijeenkomst: eindtijd ligt niet na de begintijd")
        return None
    interval = int(_number(row.get("interval")) or 1)
    if not 1 <= interval <= 12:
        reasons.append("bijeenkomst: interval moet tussen 1 en 12 liggen")
        return None
    location = _text(row.get("location_id"))
    return {
        "freq": freq,
        "interval": interval,
        "weekday": DAYS.index(match.group(2)),
        "ordinal": ordinal if freq == "MONTHLY" else None,
        "start_time": opens,
        "end_time": closes,
        "first_date": _date(row.get("dtstart")) or _date(row.get("valid_from")),
        "until": _date(row.get("until")) or _date(row.get("valid_to")),
        "note": _text(row.get("description") or row.get("notes"), 200),
        "venue": location if location in venue_keys else None,
    }


def normalise(service, contact_point) -> dict:
    """What we would store for this service; raises Refused with every reason found."""
    reasons = []
    source_id = _text(service.get("id"))
    name = _text(service.get("name"))
    if not source_id:
        reasons.append("geen id")
    if not name:
        reasons.append("geen naam")
    elif len(name) > 150:
        reasons.append("naam langer dan 150 tekens")
    description = _text(service.get("description"), 5000)
    venues = []
    for link in service.get("service_at_locations") or []:
        location = link.get("location") or {}
        if _text(location.get("location_type"), 20) == "virtual":
            continue
        venue = _venue(location, contact_point, reasons)
        if venue and venue["key"] not in {v["key"] for v in venues}:
            venues.append(venue)
    venue_keys = {v["key"] for v in venues}
    schedules = []
    for row in service.get("schedules") or []:
        schedule = _schedule(row, venue_keys, reasons)
        if schedule:
            if schedule["venue"] is None and len(venues) == 1:
                schedule["venue"] = venues[0]["key"]
            schedules.append(schedule)
    status = _text(service.get("status")).lower()
    if status in ("inactive", "defunct"):
        reasons.append(f"status {status}: de groep bestaat niet (meer)")
    if reasons:
        raise Refused(reasons)
    organization = service.get("organization") or {}
    phones = [p for p in service.get("phones") or [] if _text(p.get("number"))]
    languages = []
    for language in service.get("languages") or []:
        code = _text(language.get("code"))[:2].lower()
        if code in LANGUAGES and code not in languages:
            languages.append(code)
    return {
        "source_id": source_id,
        "name": name,
        "summary": _text(description.split("\n")[0], 240) or name[:240],
        "description": description or name,
        "website": _text(service.get("url"), 200),
        "public_phone": _text(phones[0]["number"], 20) if phones else "",
        "organisation": _text(organization.get("name"), 150),
        "languages": languages or ["nl"],
        "format": Group.Format.IN_PERSON if venues else Group.Format.ONLINE,
        "last_verified": _date(service.get("assured_date")),
        "themes": _themes(service),
        "venues": venues,
        "schedules": schedules,
        "contact_email": _text(service.get("email"), 254),
    }


def fingerprint(record) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, default=str).encode()).hexdigest()


# Storing


GROUP_FIELDS = [
    "name",
    "summary",
    "description",
    "website",
    "public_phone",
    "organisation",
    "languages",
    "format",
    "last_verified",
]


def _store(record, contact_point, group=None, publish=False) -> Group:
    from submissions.services import unique_slug

    values = {k: record[k] for k in GROUP_FIELDS}
    if group is None:
        city = record["venues"][0]["city"] if record["venues"] else ""
        group = Group(
            slug=unique_slug(record["name"], city),
            contact_point=contact_point,
            contact_name=contact_point.name[:100],
            contact_email=record["contact_email"] or contact_point.email or "onbekend@invalid",
            status=Group.Status.PUBLISHED if publish else Group.Status.IN_REVIEW,
        )
    for key, value in values.items():
        setattr(group, key, value)
    group.save()
    group.themes.set(Theme.objects.filter(slug__in=record["themes"]))
    venues = {}
    for v in record["venues"]:
        data = {k: v[k] for k in v if k not in ("key",)}
        venue = Venue.objects.filter(
            postcode=data["postcode"], street_address=data["street_address"], name=data["name"]
        ).first() or Venue(**data)
        for key, value in data.items():
            setattr(venue, key, value)
        venue.save()
        venues[v["key"]] = venue
    group.schedules.all().delete()
    for s in record["schedules"]:
        Schedule.objects.create(
            group=group,
            venue=venues.get(s["venue"]),
            freq=s["freq"],
            interval=s["interval"],
            weekday=s["weekday"],
            ordinal=s["ordinal"],
            start_time=time.fromisoformat(s["start_time"]),
            end_time=time.fromisoformat(s["end_time"]),
            first_date=date.fromisoformat(s["first_date"]) if s["first_date"] else date.today(),
            until=date.fromisoformat(s["until"]) if s["until"] else None,
            note=s["note"],
        )
    refresh_groups([group.pk])
    return group


def _changed_fields(old: dict, new: dict) -> list[str]:
    return sorted(k for k in new if old.get(k) != new.get(k))


def run(path, contact_point: ContactPoint, dry_run=False, publish=False) -> list[Outcome]:
    outcomes = []
    with transaction.atomic():
        for service in read_services(path):
            name = _text(service.get("name")) or "(zonder naam)"
            source_id = _text(service.get("id"))
            try:
                record = normalise(service, contact_point)
            except Refused as refused:
                outcomes.append(Outcome(source_id, name, REFUSED, refused.args[0]))
                continue
            print_ = fingerprint(record)
            known = ImportedRecord.objects.filter(
                contact_point=contact_point, source_id=source_id
            ).first()
            if known and known.group_id is None:
                known.delete()
                known = None
            if known is None:
                group = _store(record, contact_point, publish=publish)
                ImportedRecord.objects.create(
                    contact_point=contact_point,
                    source_id=source_id,
                    group=group,
                    fingerprint=print_,
                    record=record,
                )
                outcomes.append(Outcome(source_id, name, NEW))
            elif known.fingerprint == print_:
                outcomes.append(Outcome(source_id, name, UNCHANGED))
            else:
                fields = _changed_fields(known.record, record)
                if publish:
                    _store(record, contact_point, group=known.group, publish=True)
                    known.fingerprint, known.record = print_, record
                    known.save()
                    outcomes.append(Outcome(source_id, name, CHANGED, fields))
                else:
                    outcomes.append(
                        Outcome(
                            source_id, name, CHANGED, [*fields, "(niet overgenomen: --publish)"]
                        )
                    )
        if dry_run:
            transaction.set_rollback(True)
    return outcomes
