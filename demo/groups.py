"""Demo content: contact points for Limburg's five regions and about two hundred groups.

The words live in demo.content; this module adds what a real directory would have in
it (schedules, statuses, verification dates, contacts) and writes it idempotently.

Everything is deterministic: each group draws from its own random.Random seeded with its slug,
so editing one group does not reshuffle the others. Only the dates that must stay meaningful
(last verified, a closed group's next start, an end date) are counted back or forward from
today, so the demo always has listings that are due for verification.

Demo rows are recognised by their stable keys: contact points and groups by slug, venues by
name and postcode. Nothing else is ever updated or deleted.
"""

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from contactpoints.models import ContactPoint, Municipality, PostcodeArea, Region
from demo import content
from groups.listing import LISTING_FIELDS
from groups.models import Group, MeetingException, Schedule, Theme, Venue
from groups.schedule import RRULE_DAYS, TZ
from referrals.codes import give_short_links

SEED = "zelfhulpkaart-demo-1"


FIRST_NAMES = [
    "Marij", "Harrie", "Truus", "Jo", "Ine", "Wiel", "Sjef", "Mia", "Lei", "Anneke",
    "Ruud", "Jeanine", "Thea", "Frans", "Bianca", "Mariëlle", "Roger", "Ellen", "Guido",
    "Yvonne", "Patrick", "Lieke", "Huub", "Wendy", "Peter", "Karin", "Math", "Nicole",
]  # fmt: skip
LAST_NAMES = [
    "Janssen", "Smeets", "Peeters", "Hermans", "Vossen", "Dassen", "Coumans", "Ramakers",
    "Habets", "Wijnen", "Bemelmans", "Schreurs", "Hendriks", "Kusters", "Lenssen", "Gielen",
    "Geurts", "Crombach", "Meijers", "Ummels", "Beckers", "Pluijmen", "Houben", "Frissen",
    "Notermans", "Moonen", "Thijssen", "Verheggen", "Goossens", "Stassen", "Nelissen",
]  # fmt: skip
# Groups in another language get a contact person who speaks it.
NAMES_BY_LANGUAGE = {
    "ar": [("Fatima", "El Amrani"), ("Samira", "Bouzid"), ("Hassan", "Alaoui")],
    "tr": [("Ayse", "Yilmaz"), ("Mehmet", "Demir"), ("Fatma", "Kaya")],
    "en": [("Sarah", "Collins"), ("David", "Okafor"), ("Anna", "Kowalska")],
    "de": [("Ulrike", "Schmitz"), ("Jürgen", "Küppers"), ("Birgit", "Offermann")],
}

COST_NOTES = [
    "€ 2,50 per keer voor koffie en thee",
    "€ 2 per bijeenkomst",
    "€ 3 per avond, inclusief koffie en thee",
    "Vrijwillige bijdrage voor de koffie",
    "€ 10 per jaar voor de zaalhuur",
    "€ 1,50 per keer",
]
# The yearly summer break is structured (Schedule.skip_months), not a note: the pages and
# the calendar feeds leave July and August out. It keeps its place among the notes so the
# demo's random choices, and so every other group, stay as they were.
SUMMER_BREAK = "Niet in juli en augustus"
SCHEDULE_NOTES = [
    SUMMER_BREAK,
    "Niet in de schoolvakanties",
    "Koffie en thee staan een kwartier van tevoren klaar",
    "In december een kerstbijeenkomst op een andere datum",
    "Ingang aan de zijkant van het gebouw",
]
EVENING = [(19, 0, 21, 0), (19, 30, 21, 30), (20, 0, 22, 0), (19, 30, 21, 0)]
MORNING = [(10, 0, 12, 0), (9, 30, 11, 30), (10, 30, 12, 0)]
AFTERNOON = [(13, 30, 15, 30), (14, 0, 16, 0)]
PHONE_TIMES = [(10, 0, 11, 0), (14, 0, 15, 0), (19, 30, 20, 30)]
ONLINE_TIMES = [(20, 0, 21, 30), (19, 30, 21, 0), (19, 0, 20, 30), (10, 0, 11, 30)]


@dataclass
class Meeting:
    venue_key: tuple | None
    freq: str
    interval: int
    weekday: int
    ordinal: int | None
    start_time: time
    end_time: time
    first_date: date
    until: date | None = None
    note: str = ""
    skip_months: list = field(default_factory=list)


@dataclass
class Plan:
    slug: str
    municipality: str
    theme_slugs: list
    fields: dict
    meetings: list = field(default_factory=list)


def _venue_key(venue_row):
    return (venue_row[0], venue_row[2])


def _fill(text, places):
    text = text.replace("{plaats}", places[0])
    return text.replace("{plaats2}", places[-1])


def _choose_venues(spec, municipality, used):
    """Round-robin over the municipality's venues, unless the group names a place or building."""
    rows = content.VENUES[municipality]
    wanted = spec.get("at")
    if wanted:
        matches = [r for r in rows if wanted in (r[0], r[3]) or wanted in r[0]]
        if not matches:
            raise ValueError(f"{spec['name']}: no venue matching {wanted!r} in {municipality}")
        first = matches[0]
    else:
        first = rows[used[municipality] % len(rows)]
        used[municipality] += 1
    chosen = [first]
    if spec.get("two"):
        others = [r for r in rows if r is not first]
        chosen.append(next((r for r in others if r[3] != first[3]), others[0]))
    return chosen


def _parse_when(when):
    """'M2TU 19:30-21:30', 'M-1FR ...', 'W1MO ...' (weekly), 'W2WE ...' (fortnightly)."""
    pattern, times = when.split()
    kind, number, day = pattern[0], int(pattern[1:-2]), RRULE_DAYS.index(pattern[-2:])
    start, end = (time(*map(int, t.split(":"))) for t in times.split("-"))
    if kind == "M":
        return "MONTHLY", 1, day, number, start, end
    return "WEEKLY", number, day, None, start, end


def _first_date(freq, interval, day, ordinal, start_from):
    byday = weekday(day, ordinal) if freq == "MONTHLY" else weekday(day)
    rule = rrule(
        MONTHLY if freq == "MONTHLY" else WEEKLY,
        dtstart=datetime.combine(start_from, time(0, 0)),
        interval=interval,
        byweekday=byday,
        count=1,
    )
    return rule[0].date()


def _time_of_day(spec):
    """A name like "Koffieochtend" or a summary that says "avond" fixes the part of the day."""
    if spec.get("tod"):
        return spec["tod"]
    text = f"{spec['name']} {spec['summary']}".lower()
    for word, part in (("ochtend", "morning"), ("middag", "afternoon"), ("avond", "evening")):
        if word in text:
            return part
    return None


def _pick_time(rng, fmt, part=None):
    if part:
        slot = rng.choice({"morning": MORNING, "afternoon": AFTERNOON, "evening": EVENING}[part])
    elif fmt == "phone":
        slot = rng.choice(PHONE_TIMES)
    elif fmt == "online":
        slot = rng.choice(ONLINE_TIMES)
    else:
        r = rng.random()
        slot = rng.choice(EVENING if r < 0.55 else MORNING if r < 0.8 else AFTERNOON)
    return time(slot[0], slot[1]), time(slot[2], slot[3])


def _meetings(spec, rng, fmt, venue_rows, today):
    if spec.get("when"):
        freq, interval, day, ordinal, start, end = _parse_when(spec["when"])
    else:
        r = rng.random()
        if r < 0.55:
            freq, interval = "MONTHLY", 1
            ordinal = rng.choices([1, 2, 3, 4, -1], weights=[3, 3, 3, 1, 2])[0]
        else:
            freq, interval, ordinal = "WEEKLY", (2 if r < 0.8 else 1), None
        day = rng.choices(range(7), weights=[3, 4, 4, 4, 2, 1, 0.3])[0]
        start, end = _pick_time(rng, fmt, _time_of_day(spec))

    until = None
    if spec.get("until"):
        # A course of eight weekly meetings that started three weeks ago.
        begin = today - timedelta(days=21)
        first = _first_date(freq, interval, day, ordinal, begin)
        until = first + timedelta(weeks=7 * interval)
    else:
        begin = date(rng.randint(2016, 2023), rng.randint(1, 12), rng.randint(1, 28))
        first = _first_date(freq, interval, day, ordinal, begin)
        if rng.random() < 0.04:
            until = today + timedelta(days=rng.randint(60, 200))

    note = spec.get("note", "")
    if not note and rng.random() < 0.18:
        if fmt == "online":
            note = "De link krijg je na aanmelding per mail"
        elif fmt == "phone":
            note = "Het inbelnummer krijg je na aanmelding"
        else:
            note = rng.choice(SCHEDULE_NOTES)

    skip = [7, 8] if note == SUMMER_BREAK else []
    if skip:
        note = ""
    keys = [_venue_key(row) for row in venue_rows] or [None]
    meetings = [
        Meeting(keys[0], freq, interval, day, ordinal, start, end, first, until, note, skip),
    ]
    if len(keys) == 2:
        # Two venues: the same weekday, alternating within the month.
        ordinals = (1, 3) if freq == "WEEKLY" or ordinal in (1, 3, -1) else (2, 4)
        meetings = [
            Meeting(
                key,
                "MONTHLY",
                1,
                day,
                o,
                start,
                end,
                _first_date("MONTHLY", 1, day, o, begin),
                until,
                note,
                skip,
            )
            for key, o in zip(keys, ordinals, strict=True)
        ]
    return meetings


def _phone_number(rng, municipality, region_name):
    code = content.AREA_CODES.get(municipality) or content.AREA_CODES[region_name]
    digits = "0" + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(code)))
    if len(code) == 3:
        return f"{code} {digits[:3]} {digits[3:5]} {digits[5:]}"
    return f"{code} {digits[:2]} {digits[2:4]} {digits[4:]}"


def _organisation(spec, theme_parents, region_slug):
    if spec.get("org"):
        return spec["org"]
    first = spec["themes"][0]
    template = content.ORGANISATIONS.get(first) or content.ORGANISATIONS[theme_parents[first]]
    return template.format(regio=content.REGION_SHORT[region_slug])


def _contact(rng, languages):
    for code in languages:
        if code in NAMES_BY_LANGUAGE:
            first, last = rng.choice(NAMES_BY_LANGUAGE[code])
            break
    else:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    local = slugify(f"{first}.{last}".replace(".", "-dot-")).replace("-dot-", ".").replace("-", "")
    return f"{first} {last}", f"{local}@example.com"


def _status_and_verified(rng, must_publish, today):
    r = rng.random()
    if must_publish or r < 0.8:
        status = Group.Status.PUBLISHED
    else:
        status = [
            Group.Status.DRAFT,
            Group.Status.IN_REVIEW,
            Group.Status.PAUSED,
            Group.Status.ARCHIVED,
        ][min(int((r - 0.8) / 0.05), 3)]
    if status == Group.Status.DRAFT:
        return status, None
    if status == Group.Status.IN_REVIEW:
        return status, today - timedelta(days=rng.randint(0, 20))
    if status == Group.Status.ARCHIVED:
        return status, today - timedelta(days=rng.randint(400, 900))
    r = rng.random()
    if r < 0.8:
        days = rng.randint(3, 330)
    elif r < 0.93:
        days = rng.randint(370, 480)  # 12 to 16 months: due for verification
    else:
        days = rng.randint(495, 700)  # over 16 months
    return status, today - timedelta(days=days)


def _named_specs():
    """Each group spec with its venues, places, name and slug: content alone, no database."""
    used = {name: 0 for name in content.VENUES}
    for spec in content.GROUPS:
        fmt = spec.get("fmt", Group.Format.IN_PERSON)
        remote = fmt in (Group.Format.ONLINE, Group.Format.PHONE)
        venue_rows = [] if remote else _choose_venues(spec, spec["where"], used)
        places = [row[3] for row in venue_rows] or [spec["where"]]
        name = _fill(spec["name"], places)
        yield spec, fmt, remote, venue_rows, places, name, slugify(name)


def demo_group_slugs():
    """The slugs that mark a group as demo content."""
    return [item[-1] for item in _named_specs()]


# Complexity 16: one readable pass that deals each group its realistic quirks (a summer
# break, a waiting list, two venues...); split up, the mix would no longer read as a whole.
def build_plans(today, theme_parents, municipality_regions):  # noqa: C901
    """Every demo group as a Plan, from content alone (no database writes).

    theme_parents: leaf slug -> parent slug; municipality_regions: name -> (region slug, name).
    """
    seen_themes, seen_places = set(), set()
    plans, slugs = [], set()
    for spec, fmt, remote, venue_rows, places, name, slug in _named_specs():
        municipality = spec["where"]
        region_slug, region_name = municipality_regions[municipality]
        if slug in slugs:
            raise ValueError(f"Two demo groups would share the slug {slug!r}")
        slugs.add(slug)
        rng = random.Random(f"{SEED}:{slug}")

        for theme in spec["themes"]:
            if theme not in theme_parents:
                raise ValueError(f"{name}: unknown leaf theme {theme!r}")
        # The first group of each theme and of each municipality is always published, so every
        # theme and every municipality has something to find.
        must_publish = not set(spec["themes"]) <= seen_themes or (
            not remote and municipality not in seen_places
        )
        seen_themes.update(spec["themes"])
        if not remote:
            seen_places.add(municipality)
        status, last_verified = _status_and_verified(rng, must_publish, today)

        languages = spec.get("lang", "").split() or ["nl"]
        if "lang" not in spec and not remote and rng.random() < 0.1:
            languages = ["nl", "li"]
        if "cost" in spec:
            cost_note = spec["cost"]
        elif remote or rng.random() < 0.68:
            cost_note = ""
        else:
            cost_note = rng.choice(COST_NOTES)

        registration = spec.get("reg")
        newcomers = spec.get("new")
        if registration is None:
            if newcomers or remote:
                registration = Group.Registration.REQUIRED
            else:
                registration = rng.choice([Group.Registration.REQUIRED, Group.Registration.WALK_IN])
        if newcomers is None:
            r = rng.random()
            if registration == Group.Registration.WALK_IN or r < 0.84:
                newcomers = Group.Newcomers.WELCOME
            elif r < 0.94:
                newcomers = Group.Newcomers.WAITING_LIST
            else:
                newcomers = Group.Newcomers.CLOSED
        support = spec.get("pro")
        if support is None:
            support = rng.random() < 0.3

        meetings = _meetings(spec, rng, fmt, venue_rows, today)
        next_start = None
        if newcomers == Group.Newcomers.CLOSED:
            m = meetings[0]
            start_from = (m.until + timedelta(days=14)) if m.until else today
            start_from += timedelta(days=rng.randint(20, 90))
            next_start = _first_date(m.freq, 1, m.weekday, m.ordinal, start_from)

        organisation = _organisation(spec, theme_parents, region_slug)
        contact_name, contact_email = _contact(rng, languages)
        website = f"https://{slugify(organisation)}.example.org" if rng.random() < 0.35 else ""
        public_phone = _phone_number(rng, municipality, region_name) if rng.random() < 0.25 else ""
        plans.append(
            Plan(
                slug=slug,
                municipality=municipality,
                theme_slugs=spec["themes"],
                meetings=meetings,
                fields={
                    "name": name,
                    "summary": _fill(spec["summary"], places),
                    "description": _fill(spec["description"], places),
                    "audience": spec.get("aud", Group.Audience.SELF),
                    "format": fmt,
                    "languages": languages,
                    "cost": Group.Cost.CONTRIBUTION if cost_note else Group.Cost.FREE,
                    "cost_note": cost_note,
                    "newcomers": newcomers,
                    "next_start_date": next_start,
                    "registration": registration,
                    "support": (Group.Support.PEER_PROFESSIONAL if support else Group.Support.PEER),
                    "organisation": organisation,
                    "website": website,
                    "public_phone": public_phone,
                    "contact_name": contact_name,
                    "contact_email": contact_email,
                    "status": status,
                    "last_verified": last_verified,
                    # A rerun puts the listing back as written, also after an auto-pause.
                    "auto_paused_on": None,
                },
            )
        )
    # One published group per region gives its address only after contact (groups.privacy).
    private_in = set()
    for plan in sorted(plans, key=lambda p: p.slug):
        region = municipality_regions[plan.municipality][0]
        private = (
            region not in private_in
            and plan.fields["status"] == Group.Status.PUBLISHED
            and plan.fields["format"] == Group.Format.IN_PERSON
            and bool(plan.meetings)
            and all(m.venue_key for m in plan.meetings)
        )
        plan.fields["address_after_contact"] = private
        if private:
            private_in.add(region)
    return plans


def _jitter(key, value, spread=0.0025):
    """A small, stable offset from the postcode centre, so venues in one PC4 do not overlap."""
    rng = random.Random(f"{SEED}:{key}")
    return round(value + rng.uniform(-spread, spread), 6)


def _load_contact_points():
    regions = {r.slug: r for r in Region.objects.filter(slug__in=content.REGION_SHORT)}
    if len(regions) != len(content.REGION_SHORT):
        raise ValueError("Run load_reference_data first: the Limburg regions are missing.")
    by_region = {}
    for row in content.CONTACT_POINTS:
        data = {k: v for k, v in row.items() if k not in ("slug", "region")}
        region = regions[row["region"]]
        cp, _ = ContactPoint.objects.update_or_create(
            slug=row["slug"], defaults={**data, "region": region}
        )
        cp.municipalities.set(region.municipalities.all())
        by_region[row["region"]] = cp
    return by_region


def _load_venues(municipalities):
    areas = PostcodeArea.objects.in_bulk(
        [row[2][:4] for rows in content.VENUES.values() for row in rows]
    )
    existing = {
        (v.name, v.postcode): v
        for v in Venue.objects.filter(
            name__in=[r[0] for rows in content.VENUES.values() for r in rows]
        )
    }
    new, changed, by_key = [], [], {}
    for municipality_name, rows in content.VENUES.items():
        municipality = municipalities[municipality_name]
        for name, street, postcode, place, access, transport in rows:
            area = areas.get(postcode[:4])
            if area is None or area.municipality_id != municipality.pk:
                raise ValueError(f"{name}: {postcode} is not in {municipality_name}")
            if area.place != place and not municipality.places.filter(name=place).exists():
                raise ValueError(f"{name}: {place} is not a place in {municipality_name}")
            if postcode[5:] in ("SA", "SD", "SS"):
                raise ValueError(f"{name}: postcode letters {postcode[5:]} are never issued")
            venue = existing.get((name, postcode)) or Venue(name=name, postcode=postcode)
            venue.street_address = street
            venue.city = place
            venue.municipality = municipality
            venue.latitude = _jitter(f"{name}:lat", area.latitude)
            venue.longitude = _jitter(f"{name}:lon", area.longitude)
            venue.place_latitude, venue.place_longitude = area.latitude, area.longitude
            venue.wheelchair_accessible = "R" in access
            venue.hearing_loop = "L" in access
            venue.ground_floor = "B" in access
            venue.transport_note = transport
            venue.full_clean(
                exclude=["municipality"], validate_unique=False, validate_constraints=False
            )
            (changed if venue.pk else new).append(venue)
            by_key[(name, postcode)] = venue
    Venue.objects.bulk_create(new)
    Venue.objects.bulk_update(
        changed,
        [
            "street_address",
            "city",
            "municipality",
            "latitude",
            "longitude",
            "place_latitude",
            "place_longitude",
            "wheelchair_accessible",
            "hearing_loop",
            "ground_floor",
            "transport_note",
        ],
    )
    return by_key


GROUP_FIELDS = [
    *LISTING_FIELDS,
    "address_after_contact",
    "status",
    "last_verified",
    "auto_paused_on",
    "contact_point",
]
SCHEDULE_FIELDS = [
    "venue",
    "freq",
    "interval",
    "weekday",
    "ordinal",
    "start_time",
    "end_time",
    "first_date",
    "until",
    "note",
    "skip_months",
]


@transaction.atomic
def load(today=None):
    """Create or update all demo content; returns counts for the command's summary."""
    from groups.signals import refresh_groups

    today = today or timezone.localdate()
    municipalities = {
        m.name: m
        for m in Municipality.objects.filter(region__isnull=False).select_related("region")
    }
    missing = set(content.VENUES) - set(municipalities)
    if missing:
        raise ValueError(f"Run load_reference_data first: {', '.join(sorted(missing))} missing.")
    themes = {t.slug: t for t in Theme.objects.filter(parent__isnull=False)}
    theme_parents = {slug: t.parent.slug for slug, t in themes.items() if t.parent}
    regions = {name: (m.region.slug, m.region.name) for name, m in municipalities.items()}
    plans = build_plans(today, theme_parents, regions)

    contact_points = _load_contact_points()
    venues = _load_venues(municipalities)

    existing = {g.slug: g for g in Group.objects.filter(slug__in=[p.slug for p in plans])}
    new, changed = [], []
    for plan in plans:
        group = existing.get(plan.slug) or Group(slug=plan.slug)
        for name, value in plan.fields.items():
            setattr(group, name, value)
        group.contact_point = contact_points[regions[plan.municipality][0]]
        group.full_clean(
            exclude=["contact_point"], validate_unique=False, validate_constraints=False
        )
        (changed if group.pk else new).append(group)
    # Bulk writes skip the per-save signals; refresh_groups below brings everything up to date
    # in one pass instead of once per group, theme and schedule.
    Group.objects.bulk_create(new)
    Group.objects.bulk_update(changed, GROUP_FIELDS, batch_size=100)
    groups = {g.slug: g for g in [*new, *changed]}

    through = Group.themes.through
    wanted = {(groups[p.slug].pk, themes[t].pk) for p in plans for t in p.theme_slugs}
    current = {
        (row.group_id, row.theme_id): row.pk
        for row in through.objects.filter(group_id__in=[g.pk for g in groups.values()])
    }
    through.objects.filter(
        pk__in=[pk for pair, pk in current.items() if pair not in wanted]
    ).delete()
    through.objects.bulk_create(
        [through(group_id=g, theme_id=t) for g, t in sorted(wanted - set(current))]
    )

    old = {}
    for schedule in Schedule.objects.filter(group__in=groups.values()).order_by("pk"):
        old.setdefault(schedule.group_id, []).append(schedule)
    new_schedules, changed_schedules, surplus = [], [], []
    for plan in plans:
        group = groups[plan.slug]
        reuse = old.get(group.pk, [])
        for i, meeting in enumerate(plan.meetings):
            schedule = reuse[i] if i < len(reuse) else Schedule(group=group)
            schedule.venue = venues[meeting.venue_key] if meeting.venue_key else None
            for name in SCHEDULE_FIELDS[1:]:
                setattr(schedule, name, getattr(meeting, name))
            (changed_schedules if schedule.pk else new_schedules).append(schedule)
        surplus += [s.pk for s in reuse[len(plan.meetings) :]]
    Schedule.objects.filter(pk__in=surplus).delete()
    Schedule.objects.bulk_create(new_schedules)
    Schedule.objects.bulk_update(changed_schedules, SCHEDULE_FIELDS, batch_size=200)

    _load_exceptions(plans, groups, today)
    refresh_groups([g.pk for g in groups.values()])
    give_short_links(Group.objects.filter(pk__in=[g.pk for g in groups.values()]))
    statuses = {}
    for plan in plans:
        statuses[plan.fields["status"]] = statuses.get(plan.fields["status"], 0) + 1
    return {
        "contact_points": len(contact_points),
        "venues": len(venues),
        "groups": len(plans),
        "schedules": sum(len(p.meetings) for p in plans),
        "statuses": statuses,
        "stale": sum(
            1
            for p in plans
            if p.fields["status"] == Group.Status.PUBLISHED
            and p.fields["last_verified"] < today - timedelta(days=365)
        ),
    }


# Groups that show what exceptions look like: the rouwcafé that alternates Geleen and
# Sittard skips one meeting, breaks over Christmas and adds an afternoon walk.
EXCEPTION_GROUPS = ["Rouwcafé"]


def _load_exceptions(plans, groups, today):
    """Cancellations, a break and an extra meeting for EXCEPTION_GROUPS, dated from today
    (a rerun replaces them)."""
    from groups.schedule import next_meetings_for

    chosen = [
        p
        for p in plans
        if any(p.fields["name"].startswith(n) for n in EXCEPTION_GROUPS) and len(p.meetings) == 2
    ][:1]
    MeetingException.objects.filter(group__in=[groups[p.slug] for p in chosen]).delete()
    for plan in chosen:
        group = groups[plan.slug]
        schedules = list(group.schedules.select_related("venue").order_by("ordinal"))
        after = datetime.combine(today, time(0), tzinfo=TZ)
        upcoming = next_meetings_for(schedules, after=after, count=3)
        if len(upcoming) < 2:
            continue
        MeetingException.objects.create(
            group=group,
            schedule=upcoming[1].schedule,
            kind=MeetingException.Kind.CANCELLED,
            day=upcoming[1].start.date(),
            note="De zaal is die dag bezet",
        )
        christmas = date(today.year, 12, 20)
        if christmas < today + timedelta(days=7):
            christmas = date(today.year + 1, 12, 20)
        MeetingException.objects.create(
            group=group,
            kind=MeetingException.Kind.BREAK,
            day=christmas,
            last_day=date(christmas.year + 1, 1, 6),
            note="Kerstvakantie",
        )
        MeetingException.objects.create(
            group=group,
            kind=MeetingException.Kind.EXTRA,
            day=today + timedelta(days=10),
            start_time=time(14, 0),
            end_time=time(16, 0),
            venue=schedules[-1].venue,
            note="Samen wandelen; we vertrekken bij de ingang",
        )


def digest():
    """A fingerprint of the demo groups as stored, to check that a second run changes nothing."""
    h = hashlib.sha256()
    for row in _stored_demo_rows():
        h.update(repr(row).encode())
    return h.hexdigest()


def _stored_demo_rows():
    groups = (
        Group.objects.filter(slug__in=demo_group_slugs())
        .order_by("slug")
        .prefetch_related("themes", "schedules__venue")
        .select_related("contact_point")
    )
    for group in groups:
        yield {
            "slug": group.slug,
            **{name: getattr(group, name) for name in GROUP_FIELDS if name != "contact_point"},
            "contact_point": group.contact_point.slug,
            "themes": sorted(t.slug for t in group.themes.all()),
            "schedules": sorted(
                (
                    s.venue and (s.venue.name, s.venue.postcode, s.venue.latitude),
                    s.freq,
                    s.interval,
                    s.weekday,
                    s.ordinal,
                    s.start_time,
                    s.end_time,
                    s.first_date,
                    s.until,
                    s.note,
                    tuple(s.skip_months),
                )
                for s in group.schedules.all()
            ),
        }


@transaction.atomic
def remove():
    """Delete the demo groups and rooms, and the demo venues and contact points nothing else
    uses."""
    from demo import rooms

    rooms.remove()
    Group.objects.filter(slug__in=demo_group_slugs()).delete()
    keys = {(row[0], row[2]) for rows in content.VENUES.values() for row in rows}
    Venue.objects.filter(
        pk__in=[
            v.pk
            for v in Venue.objects.filter(schedules__isnull=True, name__in=[k[0] for k in keys])
            if (v.name, v.postcode) in keys
        ]
    ).delete()
    ContactPoint.objects.filter(
        slug__in=[c["slug"] for c in content.CONTACT_POINTS],
        groups__isnull=True,
        staff__isnull=True,
    ).delete()
