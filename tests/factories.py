from datetime import date, time

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from contactpoints.models import ContactPoint, Municipality, Region, StaffMembership
from groups.models import Group, Schedule, Theme, Venue


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Testregio {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    province = "Limburg"


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"GM9{n:03d}")
    name = factory.Sequence(lambda n: f"Testgemeente {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    province = "Limburg"
    region = factory.SubFactory(RegionFactory)
    latitude = 50.88
    longitude = 5.98


def heerlen():
    """The real Heerlen from the gazetteer the test database is loaded with."""
    return Municipality.objects.get(code="GM0917")


class ContactPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPoint
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Zelfhulpcontactpunt {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = "Wij helpen zelfhulpgroepen in de regio."
    phone = "045 123 45 67"
    email = factory.Sequence(lambda n: f"contactpunt{n}@example.org")
    city = "Heerlen"

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Testthema {n}")
    name_en = factory.Sequence(lambda n: f"Test theme {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    synonyms = factory.LazyFunction(list)
    icpc_codes = factory.LazyFunction(list)


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Buurthuis De Linde {n}")
    street_address = "Akerstraat 10"
    postcode = "6411 AB"
    city = "Heerlen"
    municipality = factory.LazyFunction(heerlen)
    latitude = 50.8782
    longitude = 5.967
    wheelchair_accessible = True


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Lotgenotengroep {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    summary = "Praten met mensen die hetzelfde meemaken."
    description = "We komen samen om ervaringen te delen en elkaar te steunen."
    contact_name = "Anja Jansen"
    contact_email = factory.Sequence(lambda n: f"groep{n}@prive.example")
    contact_point = factory.SubFactory(ContactPointFactory)
    status = Group.Status.PUBLISHED
    last_verified = factory.LazyFunction(timezone.localdate)
    languages = factory.LazyFunction(lambda: ["nl"])

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def venue(self, create, extracted, **kwargs):
        """GroupFactory(venue=v) adds a monthly meeting at v; venue=True makes one."""
        if create and extracted:
            venue = VenueFactory() if extracted is True else extracted
            ScheduleFactory(group=self, venue=venue)


class ScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Schedule

    group = factory.SubFactory(GroupFactory)
    freq = Schedule.Frequency.MONTHLY
    interval = 1
    weekday = Schedule.Weekday.TUESDAY
    ordinal = 2
    start_time = time(19, 30)
    end_time = time(21, 30)
    first_date = date(2026, 1, 13)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"medewerker{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "een-lang-wachtwoord-123")

    @factory.post_generation
    def save_password(self, create, extracted, **kwargs):
        if create:
            self.save()


class StaffFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def contact_point(self, create, extracted, **kwargs):
        if create:
            StaffMembership.objects.create(
                user=self, contact_point=extracted or ContactPointFactory()
            )
