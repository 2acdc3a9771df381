from datetime import timedelta

import factory
from django.utils import timezone
from django.utils.text import slugify

from activities.models import Activity, Registration
from tests.factories import ContactPointFactory, VenueFactory


def in_days(days, hour=19, minute=30):
    """A local time `days` from today (the way staff enter it)."""
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(timezone.datetime(day.year, day.month, day.day, hour, minute))


class ActivityFactory(factory.django.DjangoModelFactory):
    """A published themabijeenkomst in a week, 20 seats, free, registration needed."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    contact_point = factory.SubFactory(ContactPointFactory)
    kind = Activity.Kind.THEMA
    title = factory.Sequence(lambda n: f"Themabijeenkomst rouw en verlies {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    description = (
        "Een avond over rouw. Iemand van de rouwgroep vertelt hoe het was. Daarna is er tijd "
        "voor vragen en koffie."
    )
    starts_at = factory.LazyFunction(lambda: in_days(7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    venue = factory.SubFactory(VenueFactory)
    place = "Heerlen"
    capacity = 20
    audience = "Iedereen die iemand verloren heeft"
    published = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    activity = factory.SubFactory(ActivityFactory)
    name = factory.Sequence(lambda n: f"Sanne {n}")
    email = factory.Sequence(lambda n: f"sanne{n}@prive.example")
    people = 1
