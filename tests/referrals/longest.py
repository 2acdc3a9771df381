"""The longest realistic referral content, shared by the referral browser tests."""

from datetime import time

from contactpoints.models import Municipality
from groups.models import Group, Theme
from tests.factories import ContactPointFactory, GroupFactory, ScheduleFactory, VenueFactory

LONG_NAME = (
    "Lotgenotengroep voor ouders, partners, kinderen en andere naasten van mensen met "
    "jongdementie, de ziekte van Alzheimer of een andere vorm van dementie"
)[:150]
LONG_SUMMARY = (
    "Een veilige plek om ervaringen te delen met mensen die hetzelfde meemaken: zorgen, "
    "verdriet, boosheid, maar ook wat helpt. Je krijgt tips uit ervaring, je hoeft niets te "
    "vertellen als je dat niet wilt en je bent welkom."
)[:240]
LONG_NOTE = (
    "Niet in de schoolvakanties. De zaal is op de eerste verdieping, er is een lift. Parkeren "
    "kan gratis achter het gebouw, de bushalte Markt ligt op vijf minuten lopen. Neem gerust "
    "iemand mee."
)[:200]


def longest_group(slug="zo-lang-als-het-kan"):
    contact_point = ContactPointFactory(
        name="Zelfhulpcontactpunt Westelijke Mijnstreek",
        phone="+31 (0)46 123 45 67",
        opening_hours="maandag tot en met vrijdag van 9.00 tot 17.00 uur, woensdag tot 20.00 uur",
    )
    group = GroupFactory(
        name=LONG_NAME,
        slug=slug,
        summary=LONG_SUMMARY,
        themes=list(Theme.objects.filter(slug__in=["dementie", "mantelzorg"])),
        contact_point=contact_point,
        cost=Group.Cost.CONTRIBUTION,
        cost_note="€ 3 per bijeenkomst voor koffie, thee en de zaalhuur; wie dat niet kan betalen, komt gratis",
        public_phone="06 12 34 56 78",
    )
    geleen = VenueFactory(
        name="Multifunctioneel Centrum Het Gemeenschapshuis Oud-Geleen",
        street_address="Burgemeester Lemmensstraat 125A",
        city="Geleen",
        municipality=Municipality.objects.get(name="Sittard-Geleen"),
        latitude=50.97,
        longitude=5.83,
    )
    maastricht = VenueFactory(
        name="Wijkcentrum De Boeckel, zaal 2 (eerste verdieping)",
        street_address="Boeckelstraat 12",
        city="Maastricht",
        municipality=Municipality.objects.get(name="Maastricht"),
        latitude=50.85,
        longitude=5.69,
    )
    ScheduleFactory(group=group, venue=geleen, note=LONG_NOTE)
    ScheduleFactory(
        group=group,
        venue=maastricht,
        weekday=3,
        ordinal=1,
        start_time=time(14, 0),
        end_time=time(16, 0),
        note=LONG_NOTE,
    )
    return group
