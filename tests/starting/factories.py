import factory

from rooms.models import Room
from starting.models import StartRequest
from submissions.models import Interest
from tests.factories import ContactPointFactory, heerlen


class StartRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StartRequest

    contact_point = factory.SubFactory(ContactPointFactory)
    topic = "Mantelzorg bij dementie"
    place = "Heerlen"
    municipality = factory.LazyFunction(heerlen)
    name = "Marieke de Vries"
    email = factory.Sequence(lambda n: f"marieke{n}@prive.example")


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Room

    contact_point = factory.SubFactory(ContactPointFactory)
    name = factory.Sequence(lambda n: f"Wijkcentrum De Linde, zaal {n}")
    slug = factory.Sequence(lambda n: f"wijkcentrum-de-linde-zaal-{n}")
    kind = Room.Kind.COMMUNITY
    street_address = "Lindeplein 1"
    place = "Heerlen"
    municipality = factory.LazyFunction(heerlen)
    capacity = 12
    wheelchair_accessible = True
    availability = "Maandag- tot donderdagavond"
    how_to_ask = "Vraag de ruimte twee weken vooruit aan."
    contact_name = "Beheer De Linde"
    contact_email = factory.Sequence(lambda n: f"beheer{n}@linde-geheim.example")


class InterestFactory(factory.django.DjangoModelFactory):
    """Someone near Heerlen looking for a group; by default agreeing to nothing."""

    class Meta:
        model = Interest

    place = "Heerlen"
    municipality = factory.LazyFunction(heerlen)
    latitude = 50.8882
    longitude = 5.9795
