"""Staff see clusters of interest (same theme, close together, at least N people) and with
one action invite those who agreed to a kennismaking; nobody else is ever mailed."""

import pytest
from django.core import mail

from activities.models import Activity
from groups.models import Theme
from starting.models import ClusterInvitation, ClusterSetting
from submissions.models import Interest
from tests.activities.factories import ActivityFactory
from tests.factories import ContactPointFactory, StaffFactory, heerlen
from tests.personas import maastricht
from tests.queued_mail import send_queued_mail
from tests.starting.factories import InterestFactory

pytestmark = pytest.mark.django_db
CLUSTERS = "/beheer/starting/clusterinvitation/clusters/"


@pytest.fixture
def rouw():
    return Theme.objects.get(slug="rouw-partner")


@pytest.fixture
def parkstad():
    return ContactPointFactory(name="Zelfhulpcontactpunt Parkstad", municipalities=[heerlen()])


@pytest.fixture
def anja(parkstad):
    return StaffFactory(username="anja", contact_point=parkstad)


@pytest.fixture
def kennismaking(parkstad, rouw):
    return ActivityFactory(
        contact_point=parkstad,
        kind=Activity.Kind.KENNISMAKING,
        title="Kennismaking: een groep voor jonge weduwen",
        themes=[rouw],
    )


@pytest.fixture
def cluster(rouw):
    """Four people near Heerlen looking for a group about losing a partner: two agreed to
    an invitation, one only wants a mail when a group starts, one agreed to nothing."""
    return [
        InterestFactory(theme=rouw, email="een@prive.example", may_invite=True),
        InterestFactory(theme=rouw, email="twee@prive.example", may_invite=True, latitude=50.90),
        InterestFactory(theme=rouw, email="drie@prive.example", consent=True),
        InterestFactory(theme=rouw),
    ]


def test_staff_see_a_cluster_with_who_may_be_invited(otp_client, anja, cluster, kennismaking, rouw):
    html = otp_client(anja).get(CLUSTERS).content.decode()
    assert f'<th scope="row">{rouw.name}</th>' in html
    assert "Nodig 2 mensen uit" in html


def test_fewer_people_than_the_contact_points_minimum_is_no_cluster(
    otp_client, anja, parkstad, cluster, kennismaking
):
    ClusterSetting.objects.create(contact_point=parkstad, minimum_interested=5)
    html = otp_client(anja).get(CLUSTERS).content.decode()
    assert "Geen clusters met deze instellingen." in html


def test_people_far_apart_are_no_cluster(otp_client, anja, rouw, kennismaking):
    InterestFactory(theme=rouw, may_invite=True, email="a@prive.example")
    InterestFactory(theme=rouw, may_invite=True, email="b@prive.example", latitude=51.20)
    InterestFactory(theme=rouw, may_invite=True, email="c@prive.example", latitude=51.50)
    html = otp_client(anja).get(CLUSTERS + "?afstand=15").content.decode()
    assert "Geen clusters met deze instellingen." in html


def test_inviting_mails_only_those_who_agreed(otp_client, anja, cluster, kennismaking):
    ids = ",".join(str(i.pk) for i in cluster)
    response = otp_client(anja).post(
        CLUSTERS, {"interests": ids, "activity": kennismaking.pk}, follow=True
    )
    assert "2 mensen uitgenodigd" in response.content.decode()
    send_queued_mail()
    assert sorted(m.to[0] for m in mail.outbox) == ["een@prive.example", "twee@prive.example"]
    invitation = mail.outbox[0]
    assert "Kennismaking: een groep voor jonge weduwen" in invitation.body
    assert f"/activiteiten/{kennismaking.slug}/" in invitation.body
    log = ClusterInvitation.objects.get()
    assert (log.invited, log.not_invited, log.sent_by) == (2, 2, anja)


def test_nobody_is_invited_twice(otp_client, anja, cluster, kennismaking):
    ids = ",".join(str(i.pk) for i in cluster)
    client = otp_client(anja)
    client.post(CLUSTERS, {"interests": ids, "activity": kennismaking.pk})
    client.post(CLUSTERS, {"interests": ids, "activity": kennismaking.pk})
    send_queued_mail()
    assert len(mail.outbox) == 2


def test_interest_outside_the_staffs_region_cannot_be_invited(otp_client, anja, rouw, kennismaking):
    elsewhere = InterestFactory(
        theme=rouw, may_invite=True, email="ver@prive.example", municipality=maastricht()
    )
    response = otp_client(anja).post(
        CLUSTERS, {"interests": str(elsewhere.pk), "activity": kennismaking.pk}, follow=True
    )
    assert "Dit cluster bestaat niet meer." in response.content.decode()
    send_queued_mail()
    assert mail.outbox == []
    assert Interest.objects.get(pk=elsewhere.pk).invited_at is None


def test_the_interest_form_asks_for_an_invitation_consent(client, settings, rouw):
    from submissions.protection import new_token

    settings.FORM_MIN_SECONDS = 0
    response = client.post(
        "/interesse/",
        {
            "started": new_token(),
            "homepage": "",
            "theme_id": str(rouw.pk),
            "where": "Heerlen",
            "email": "sanne@prive.example",
            "may_invite": "on",
        },
    )
    assert response.status_code == 302
    interest = Interest.objects.get()
    assert interest.may_invite and interest.email == "sanne@prive.example"
    assert not interest.consent
