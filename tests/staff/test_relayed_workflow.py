"""Relayed messages as a workflow: a colleague takes one on from its own page ("Oppakken":
owner and time), writes an internal note, and finds it again under "van mij"; the message
itself stays as it was sent; the note goes with the message's personal data."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from peers.models import PeerQuestion
from submissions.models import RelayMessage
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def escalated(parkstad):
    group = GroupFactory(
        name="Rouwcafé Geleen",
        contact_point=parkstad,
        public_phone="046 123 45 67",
        contact_name="Mieke",
    )
    return RelayMessage.objects.create(
        group=group,
        contact_point=parkstad,
        first_name="Sanne",
        reply_email="sanne@voorbeeld.example",
        message="Mag ik komen? Mijn moeder is overleden.",
        created_at=timezone.now() - timedelta(days=5),
        escalated_at=timezone.now() - timedelta(days=2),
    )


def change_url(message):
    return reverse("admin:submissions_relaymessage_change", args=[message.pk])


def test_taking_a_message_on_makes_you_its_owner_and_keeps_your_note(as_user, anja, escalated):
    client = as_user(anja)
    page = client.get(change_url(escalated)).content.decode()
    assert 'name="_oppakken"' in page and "Oppakken" in page
    response = client.post(
        change_url(escalated),
        {
            "_oppakken": "Oppakken",
            "staff_note": "Mieke gebeld, ze mailt Sanne vandaag.",
            "message": "iets anders",  # the record is read-only: ignored
        },
    )
    assert response.status_code == 302
    escalated.refresh_from_db()
    assert escalated.handled_by == anja
    assert escalated.handled_at is not None
    assert escalated.staff_note == "Mieke gebeld, ze mailt Sanne vandaag."
    assert escalated.message == "Mag ik komen? Mijn moeder is overleden."
    page = client.get(change_url(escalated)).content.decode()
    assert 'name="_oppakken"' not in page
    assert "Opgepakt door" in page


def test_the_list_filters_mine_and_not_taken_on_and_shows_whom_to_call(
    as_user, anja, escalated, parkstad
):
    other = RelayMessage.objects.create(
        group=escalated.group, contact_point=parkstad, first_name="Piet", message="Hoi"
    )
    client = as_user(anja)
    changelist = reverse("admin:submissions_relaymessage_changelist")
    client.post(change_url(escalated), {"_oppakken": "1", "staff_note": ""})
    mine = client.get(changelist + "?opgepakt=mij").content.decode()
    assert change_url(escalated) in mine and change_url(other) not in mine
    waiting = client.get(changelist + "?opgepakt=nee").content.decode()
    assert change_url(other) in waiting and change_url(escalated) not in waiting
    assert 'href="tel:0461234567"' in waiting and "(Mieke)" in waiting


def test_staff_of_another_contact_point_cannot_take_it_on(as_user, bert, escalated):
    response = as_user(bert).post(change_url(escalated), {"_oppakken": "1", "staff_note": "x"})
    assert response.status_code == 404
    escalated.refresh_from_db()
    assert escalated.handled_by is None and escalated.staff_note == ""


def test_a_peer_question_is_taken_on_the_same_way(as_user, anja, parkstad):
    from tests.peers.factories import PeerFactory

    question = PeerQuestion.objects.create(
        peer=PeerFactory(contact_point=parkstad),
        contact_point=parkstad,
        first_name="Sanne",
        message="Hoe ging jij om met de diagnose?",
        escalated_at=timezone.now(),
    )
    url = reverse("admin:peers_peerquestion_change", args=[question.pk])
    as_user(anja).post(url, {"_oppakken": "1", "staff_note": "Doorgestuurd naar Kees."})
    question.refresh_from_db()
    assert (question.handled_by, question.staff_note) == (anja, "Doorgestuurd naar Kees.")


def test_the_note_is_deleted_with_the_message(escalated):
    from submissions.retention import purge_relay_messages

    escalated.staff_note = "Sanne woont in de Dorpstraat."
    escalated.save()
    purge_relay_messages(timezone.now() + timedelta(days=30))
    escalated.refresh_from_db()
    assert escalated.staff_note == ""
