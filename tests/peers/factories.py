from datetime import date

import factory
from django.utils.text import slugify

from knowledge.models import Article
from peers.models import Peer, PeerQuestion
from tests.factories import ContactPointFactory


class PeerFactory(factory.django.DjangoModelFactory):
    """An approved peer, as residents see them: intake done, agreement signed in 2024."""

    class Meta:
        model = Peer
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Marian {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    story = (
        "Mijn man overleed in 2019. Het eerste jaar was ik vooral moe. Praten met iemand die "
        "het zelf had meegemaakt hielp mij het meest."
    )
    languages = factory.LazyFunction(lambda: ["nl", "li"])
    ways = factory.LazyFunction(lambda: [Peer.Way.PHONE, Peer.Way.WALK])
    email = factory.Sequence(lambda n: f"ervaringsdeler{n}@prive.example")
    phone = factory.Sequence(lambda n: f"06 98 76 {n % 100:02d} 10")
    contact_point = factory.SubFactory(ContactPointFactory)
    status = Peer.Status.APPROVED
    intake_date = date(2024, 3, 12)
    training_done = "Basistraining ervaringsdelen, april 2024"
    agreement_signed_on = date(2024, 4, 2)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)


class PeerQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PeerQuestion

    peer = factory.SubFactory(PeerFactory)
    contact_point = factory.LazyAttribute(lambda o: o.peer.contact_point)
    first_name = "Sanne"
    reply_email = "sanne@example.org"
    message = "Hoe ging jij om met de eerste verjaardag zonder hem?"
    consent = True


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Wat mij hielp in het eerste jaar {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    author_name = "Ria"
    summary = "Kleine dingen die het eerste jaar na een verlies lichter maakten."
    body = "## Het begin\n\nIn het begin deed ik **alles** op de automatische piloot.\n\n- wandelen\n- praten"
    contact_point = factory.SubFactory(ContactPointFactory)
    status = Article.Status.PUBLISHED
    reviewed_on = date(2026, 10, 1)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
