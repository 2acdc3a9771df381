"""Fictional demo activities across the five Limburg regions: kennismakingen, theme
meetings, open days, trainings (one a series of three evenings), online meetings; one is
full with a waiting list, one is called off.

Dates are counted from the day the demo is loaded, so the activities are always upcoming.
Registrations use names that are made up and addresses at @demo.example (a reserved
domain: nothing is ever delivered there).

load() is idempotent (keyed on the slug) and needs the demo contact points and venues of
demo.groups (run load_demo_data first).
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from activities.models import Activity, Registration
from contactpoints.models import ContactPoint
from groups.models import Theme, Venue

CONTACT_POINT = {
    "noord-limburg": "zelfhulpcontactpunt-noord-limburg",
    "midden-limburg": "zelfhulpcontactpunt-midden-limburg",
    "westelijke-mijnstreek": "zelfhulpcontactpunt-westelijke-mijnstreek",
    "parkstad": "zelfhulpcontactpunt-parkstad",
    "maastricht-heuvelland": "zelfhulpcontactpunt-maastricht-heuvelland",
}

K = Activity.Kind
# title, region, kind, themes, days from now, start, hours, capacity, cost, walk-in, audience,
# description
ACTIVITIES = [
    (
        "Kennismaken met zelfhulpgroepen in Venlo",
        "noord-limburg",
        K.KENNISMAKING,
        [],
        9,
        "19:30",
        2,
        25,
        0,
        False,
        "Iedereen die wil weten wat een zelfhulpgroep is",
        "Wat gebeurt er in een zelfhulpgroep? Twee groepsleiders vertellen hoe een avond gaat. Je mag alles vragen. Je hoeft zelf niets te vertellen.",
    ),
    (
        "Themabijeenkomst: leven met chronische pijn",
        "noord-limburg",
        K.THEMA,
        ["chronische-pijn"],
        16,
        "14:00",
        2,
        40,
        0,
        False,
        "Mensen met chronische pijn en hun naasten",
        "Een ervaringsdeskundige vertelt hoe zij leerde leven met pijn. Daarna praten we in kleine groepjes. Met koffie en vlaai.",
    ),
    (
        "Open dag zelfhulpgroepen Venray",
        "noord-limburg",
        K.OPEN_DAG,
        [],
        23,
        "10:00",
        4,
        None,
        0,
        True,
        "Iedereen",
        "Loop binnen wanneer je wilt. Tien groepen uit de regio staan klaar om je te vertellen wat ze doen. Je kunt ook een groep meemaken.",
    ),
    (
        "Online: eerste stap naar een groep bij somberheid",
        "midden-limburg",
        K.ONLINE,
        ["depressie"],
        6,
        "20:00",
        1,
        12,
        0,
        False,
        "Mensen die zich somber voelen",
        "Een korte online bijeenkomst met de camera aan of uit, zoals jij wilt. We vertellen hoe een groep werkt en welke groepen er zijn.",
    ),
    (
        "Themabijeenkomst mantelzorg: zorgen zonder op te branden",
        "midden-limburg",
        K.THEMA,
        ["mantelzorg"],
        12,
        "19:30",
        2,
        30,
        0,
        False,
        "Mantelzorgers",
        "Je zorgt voor iemand van wie je houdt. Hoe houd je het vol? Mantelzorgers vertellen wat hen helpt.",
    ),
    (
        "Kennismaking: groep voor ouders van een kind met autisme",
        "midden-limburg",
        K.KENNISMAKING,
        ["autisme"],
        20,
        "19:30",
        2,
        15,
        0,
        False,
        "Ouders",
        "Er zijn ouders die een groep willen beginnen in Roermond. Kom kennismaken en kijk of het iets voor je is.",
    ),
    (
        "Training voor groepsleiders (avond 1 van 3)",
        "westelijke-mijnstreek",
        K.TRAINING_LEIDERS,
        [],
        8,
        "19:00",
        3,
        12,
        0,
        False,
        "Groepsleiders en wie dat wil worden",
        "Drie avonden: een veilige groep maken, een gesprek leiden, en wat je doet als het iemand te veel wordt. Meld je aan voor elke avond apart.",
    ),
    (
        "Training voor groepsleiders (avond 2 van 3)",
        "westelijke-mijnstreek",
        K.TRAINING_LEIDERS,
        [],
        15,
        "19:00",
        3,
        12,
        0,
        False,
        "Groepsleiders en wie dat wil worden",
        "De tweede avond van de training: een gesprek leiden.",
    ),
    (
        "Training voor groepsleiders (avond 3 van 3)",
        "westelijke-mijnstreek",
        K.TRAINING_LEIDERS,
        [],
        22,
        "19:00",
        3,
        12,
        0,
        False,
        "Groepsleiders en wie dat wil worden",
        "De derde avond van de training: als het iemand te veel wordt.",
    ),
    (
        "Themabijeenkomst: schulden en schaamte",
        "westelijke-mijnstreek",
        K.THEMA,
        ["geldzorgen"],
        18,
        "19:30",
        2,
        4,
        0,
        False,
        "Iedereen met geldzorgen",
        "Schulden maken eenzaam. Mensen die het meemaakten vertellen hoe zij hulp vonden. Kleine groep, daarom maar een paar plaatsen.",
    ),
    (
        "Rouw in de feestdagen",
        "parkstad",
        K.THEMA,
        ["verlies-rouw"],
        10,
        "19:30",
        2,
        30,
        0,
        False,
        "Iedereen die iemand verloren heeft",
        "De feestdagen zijn zwaar als je iemand mist. We praten over wat helpt. Er is koffie en thee.",
    ),
    (
        "Training voor ervaringsdelers",
        "parkstad",
        K.TRAINING_ERVARINGSDELERS,
        [],
        25,
        "10:00",
        5,
        10,
        15,
        False,
        "Wie ervaringsdeler wil worden",
        "Een dag over luisteren, je eigen verhaal gebruiken en je grenzen bewaken. Met lunch. De bijdrage is voor de lunch.",
    ),
    (
        "Open dag: kom een groep meemaken",
        "parkstad",
        K.OPEN_DAG,
        [],
        30,
        "13:00",
        4,
        None,
        0,
        True,
        "Iedereen",
        "Loop binnen. Groepen over rouw, verslaving, mantelzorg en meer laten zien hoe ze werken.",
    ),
    (
        "Kennismaking zelfhulp voor nieuwkomers",
        "maastricht-heuvelland",
        K.KENNISMAKING,
        ["migratie-nieuwkomers"],
        7,
        "14:00",
        2,
        20,
        0,
        False,
        "Nieuwkomers in Maastricht",
        "In eenvoudig Nederlands: wat is een zelfhulpgroep en waar vind je er een? Een tolk Arabisch is aanwezig.",
    ),
    (
        "Online: praten over leven met kanker",
        "maastricht-heuvelland",
        K.ONLINE,
        ["kanker"],
        13,
        "20:00",
        1,
        15,
        0,
        False,
        "Mensen met kanker en hun naasten",
        "Een online avond met twee mensen die kanker hadden. Zij vertellen wat een groep hen gaf.",
    ),
    (
        "Themabijeenkomst: eenzaamheid na je pensioen",
        "maastricht-heuvelland",
        K.THEMA,
        ["eenzaamheid"],
        19,
        "14:00",
        2,
        25,
        0,
        False,
        "Ouderen",
        "Na je werk valt veel weg. Hoe vind je nieuwe mensen? Met verhalen en tips van anderen.",
    ),
]

FULL = "themabijeenkomst-schulden-en-schaamte"
CANCELLED = "themabijeenkomst-eenzaamheid-na-je-pensioen"
SERIES = "training-voor-groepsleiders-avond-1-van-3"
WAITING_NAMES = ["Anouk", "Bram", "Chantal", "Dirk", "Esra", "Frank"]


def _slug(title):
    return slugify(title)[:170]


def _venue(contact_point, index):
    venues = list(
        Venue.objects.filter(municipality__in=contact_point.municipalities.all()).order_by("pk")[
            :20
        ]
    )
    return venues[index % len(venues)] if venues else None


@transaction.atomic
def load() -> dict:
    points = {r: ContactPoint.objects.get(slug=s) for r, s in CONTACT_POINT.items()}
    themes = {t.slug: t for t in Theme.objects.all()}
    today = timezone.localdate()
    made = {}
    for i, row in enumerate(ACTIVITIES):
        (
            title,
            region,
            kind,
            theme_slugs,
            days,
            start,
            hours,
            capacity,
            cost,
            walk_in,
            audience,
            description,
        ) = row
        slug = _slug(title)
        contact_point = points[region]
        online = kind == K.ONLINE
        venue = None if online else _venue(contact_point, i)
        starts = timezone.make_aware(
            datetime.combine(today + timedelta(days=days), time.fromisoformat(start))
        )
        activity, _ = Activity.objects.update_or_create(
            slug=slug,
            defaults={
                "contact_point": contact_point,
                "kind": kind,
                "title": title,
                "description": description,
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=hours),
                "venue": venue,
                "online_link": "https://meet.demo.example/zelfhulp-" + slug[:20] if online else "",
                "place": venue.city if venue else "",
                "capacity": capacity,
                "audience": audience,
                "cost": cost,
                "registration": (
                    Activity.Registration.WALK_IN if walk_in else Activity.Registration.REQUIRED
                ),
                "published": True,
                "cancelled_at": None,
                "cancellation_note": "",
            },
        )
        activity.themes.set([themes[s] for s in theme_slugs if s in themes])
        made[slug] = activity
    for slug in (
        "training-voor-groepsleiders-avond-2-van-3",
        "training-voor-groepsleiders-avond-3-van-3",
    ):
        made[slug].series = made[SERIES]
        made[slug].save()
    # Full, with a waiting list; and one called off.
    full = made[FULL]
    full.registrations.all().delete()
    for n, name in enumerate(WAITING_NAMES):
        Registration.objects.create(
            activity=full,
            name=name,
            email=f"{name.lower()}@demo.example",
            people=1,
            status=Registration.Status.CONFIRMED if n < 4 else Registration.Status.WAITING,
        )
    off = made[CANCELLED]
    off.cancelled_at = timezone.now()
    off.cancellation_note = "De spreker is ziek. We zoeken een nieuwe datum."
    off.save()
    return {"activities": len(made)}
