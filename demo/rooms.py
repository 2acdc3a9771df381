"""Ten fictional rooms for groups across the five regions (issue 14). Names, addresses and
contacts are made up; contact addresses end in @demo.example."""

from django.utils.text import slugify

from contactpoints.models import ContactPoint, Municipality
from rooms.models import Room

CP = "zelfhulpcontactpunt-"
# name, kind, street, place, municipality, region, capacity, access (R wheelchair, L loop,
# B ground floor), availability, cost, cost note
ROOMS = [
    (
        "Buurthuis De Wingerd, zaal 2",
        "community",
        "Wingerdstraat 4",
        "Venlo",
        "Venlo",
        "noord-limburg",
        14,
        "RB",
        "Maandag- tot donderdagavond",
        "free",
        "",
    ),
    (
        "Bibliotheek Venray, leeszaal",
        "library",
        "Schoolstraat 30",
        "Venray",
        "Venray",
        "noord-limburg",
        10,
        "RLB",
        "Dinsdag- en donderdagochtend",
        "free",
        "",
    ),
    (
        "Gemeenschapshuis 't Trefpunt",
        "community",
        "Kerkplein 2",
        "Horst",
        "Horst aan de Maas",
        "noord-limburg",
        20,
        "R",
        "Elke avond behalve vrijdag",
        "low",
        "€ 7,50 per avond, koffie inbegrepen",
    ),
    (
        "Stadskantoor Roermond, vergaderzaal Maas",
        "municipal",
        "Markt 31",
        "Roermond",
        "Roermond",
        "midden-limburg",
        12,
        "RLB",
        "Maandag- tot woensdagavond",
        "free",
        "",
    ),
    (
        "Wijkcentrum Moesel",
        "community",
        "Beatrixlaan 11",
        "Weert",
        "Weert",
        "midden-limburg",
        16,
        "RB",
        "Overdag en 's avonds, niet in de zomervakantie",
        "low",
        "€ 5 per dagdeel",
    ),
    (
        "Bibliotheek Sittard, groepsruimte",
        "library",
        "Wilhelminastraat 15",
        "Sittard",
        "Sittard-Geleen",
        "westelijke-mijnstreek",
        8,
        "RL",
        "Woensdag- en donderdagmiddag",
        "free",
        "",
    ),
    (
        "Buurthuis Lindeheuvel",
        "community",
        "Lindeheuvelplein 3",
        "Geleen",
        "Sittard-Geleen",
        "westelijke-mijnstreek",
        18,
        "B",
        "Dinsdag- en donderdagavond",
        "free",
        "",
    ),
    (
        "Wijkcentrum 't Pörtje",
        "community",
        "Beersdalweg 60",
        "Heerlen",
        "Heerlen",
        "parkstad",
        15,
        "RLB",
        "Maandag- tot donderdagavond",
        "free",
        "",
    ),
    (
        "Gemeentehuis Kerkrade, kleine raadzaal",
        "municipal",
        "Markt 1",
        "Kerkrade",
        "Kerkrade",
        "parkstad",
        12,
        "RL",
        "Dinsdagavond en woensdagavond",
        "free",
        "",
    ),
    (
        "Huis van de Wijk Malberg",
        "community",
        "Malbergerpad 5",
        "Maastricht",
        "Maastricht",
        "maastricht-heuvelland",
        20,
        "RB",
        "Elke dag, ook in het weekend",
        "low",
        "€ 10 per avond",
    ),
]


def load():
    count = 0
    for (
        name,
        kind,
        street,
        place,
        municipality,
        region,
        capacity,
        access,
        when,
        cost,
        note,
    ) in ROOMS:
        contact_point = ContactPoint.objects.get(slug=CP + region)
        slug = slugify(name)
        Room.objects.update_or_create(
            slug=slug,
            defaults={
                "contact_point": contact_point,
                "name": name,
                "kind": kind,
                "street_address": street,
                "place": place,
                "municipality": Municipality.objects.get(name=municipality),
                "capacity": capacity,
                "wheelchair_accessible": "R" in access,
                "hearing_loop": "L" in access,
                "ground_floor": "B" in access,
                "availability": when,
                "cost": cost,
                "cost_note": note,
                "how_to_ask": (
                    "Vraag de ruimte minstens twee weken vooruit aan met het formulier hieronder. "
                    "De beheerder belt of mailt je om een datum af te spreken. Sleutel en koffie "
                    "regel je met de beheerder."
                ),
                "description": "Een rustige ruimte met tafels en stoelen in een kring.",
                "contact_name": "Beheer " + place,
                "contact_email": f"ruimte-{slug}@demo.example",
                "published": True,
            },
        )
        count += 1
    return count


def remove():
    Room.objects.filter(slug__in=[slugify(row[0]) for row in ROOMS]).delete()
