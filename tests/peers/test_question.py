"""A resident asks a peer a question; the peer gets it by email, confirms, or the contact
point is told. The relay's rules (spam, fill time, one-time code, rate limits) apply."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from outbox.models import OutgoingEmail
from peers import emails, services
from peers.models import Peer, PeerQuestion
from tests.peers.conftest import question_data
from tests.peers.factories import PeerFactory, PeerQuestionFactory

pytestmark = pytest.mark.django_db


def ask(client, peer, **overrides):
    return client.post(f"/ervaringsdelers/{peer.slug}/", question_data(**overrides))


def test_the_question_is_stored_and_queued_for_the_peer(client, peer, staff):
    response = ask(client, peer)
    assert response.status_code == 302
    assert response["Location"] == "/ervaringsdelers/marian/verstuurd/"
    question = PeerQuestion.objects.get()
    assert question.contact_point == peer.contact_point
    assert question.theme == peer.themes.get()
    to_peer = OutgoingEmail.objects.get(tag="peer_question")
    assert to_peer.to == "marian@prive.example"
    assert to_peer.reply_to == "sanne@example.org"
    assert "eerste verjaardag" in to_peer.body_text
    assert "/contact-gehad/" in to_peer.body_text
    assert "geen medisch advies" in to_peer.body_text  # the guidance
    assert "113" in to_peer.body_text
    assert question.email_to_peer == to_peer


def test_the_resident_gets_a_confirmation_without_the_peers_address(client, peer):
    ask(client, peer)
    confirmation = OutgoingEmail.objects.get(tag="peer_question_confirmation")
    assert confirmation.to == "sanne@example.org"
    for text in (confirmation.body_text, confirmation.body_html, confirmation.subject):
        assert "marian@prive.example" not in text
        assert "06 11 22 33 44" not in text
    assert "045 560 00 00" in confirmation.body_text


def test_the_peer_sees_only_what_the_resident_chose_to_share(client, peer):
    ask(client, peer, reply_email="", reply_phone="06 12 34 56 78")
    to_peer = OutgoingEmail.objects.get(tag="peer_question")
    assert "06 12 34 56 78" in to_peer.body_text
    assert "E-mail:" not in to_peer.body_text
    assert to_peer.reply_to == ""
    assert not OutgoingEmail.objects.filter(tag="peer_question_confirmation").exists()


def test_what_the_resident_typed_is_escaped_in_the_html_mail(client, peer):
    ask(client, peer, message="<script>alert('x')</script> mag ik bellen?")
    html = OutgoingEmail.objects.get(tag="peer_question").body_html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_the_resident_must_be_reachable_and_consent(client, peer):
    response = ask(client, peer, reply_email="", reply_phone="", consent="")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "telefoonnummer in" in errors["reply_email"][0]
    assert "Geef toestemming" in errors["consent"][0]
    assert response.content.decode().count("Fout:") >= 1
    assert not PeerQuestion.objects.exists()


def test_a_bot_filling_the_honeypot_sees_the_same_page_and_nothing_is_stored(client, peer):
    response = ask(client, peer, homepage="https://spam.example")
    assert response.status_code == 302
    assert not PeerQuestion.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_a_form_sent_too_fast_is_shown_again(client, peer, settings):
    settings.FORM_MIN_SECONDS = 60
    response = ask(client, peer)
    assert response.status_code == 200
    assert "Dat ging erg snel" in response.content.decode()
    assert not PeerQuestion.objects.exists()


def test_the_same_form_sent_twice_stores_one_question(client, peer):
    data = question_data()
    client.post("/ervaringsdelers/marian/", data)
    client.post("/ervaringsdelers/marian/", data)
    assert PeerQuestion.objects.count() == 1
    assert OutgoingEmail.objects.filter(tag="peer_question").count() == 1


def test_five_questions_an_hour_from_one_address(client, parkstad, grief):
    peers = [PeerFactory(contact_point=parkstad, themes=[grief]) for _ in range(6)]
    for peer in peers[:5]:
        assert ask(client, peer).status_code == 302
    response = ask(client, peers[5])
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert PeerQuestion.objects.count() == 5


def test_ten_questions_a_day_for_one_peer_from_any_address(client, peer):
    for n in range(10):
        response = client.post(
            "/ervaringsdelers/marian/", question_data(), REMOTE_ADDR=f"10.0.0.{n}"
        )
        assert response.status_code == 302
    response = client.post("/ervaringsdelers/marian/", question_data(), REMOTE_ADDR="10.0.1.1")
    assert response.status_code == 429
    assert PeerQuestion.objects.count() == 10


def test_a_peer_on_a_break_takes_no_questions(client, peer):
    peer.availability = Peer.Availability.BREAK
    peer.save()
    page = client.get("/ervaringsdelers/marian/").content.decode()
    assert "kan op dit moment geen nieuwe vragen aannemen" in page
    assert "<textarea" not in page
    ask(client, peer)
    assert not PeerQuestion.objects.exists()


def test_crisis_words_show_113_before_sending(client, peer, staff):
    response = ask(client, peer, message="Ik wil niet meer leven sinds hij er niet meer is.")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:113"' in page and "Bel 113" in page
    assert "Vraag toch versturen" in page
    assert not PeerQuestion.objects.exists()
    # The page carries the choice; pressing again sends it, and staff are told.
    form = response.context["form"]
    assert form.data["crisis_seen"] == "on"
    response = ask(
        client, peer, message="Ik wil niet meer leven sinds hij er niet meer is.", crisis_seen="on"
    )
    assert response.status_code == 302
    question = PeerQuestion.objects.get()
    assert question.crisis
    flagged = OutgoingEmail.objects.get(tag="peer_question_flagged")
    assert flagged.to == "anja@parkstad.example"
    assert "niet meer leven" not in flagged.body_text  # the text stays in the workspace
    assert "crisis" in OutgoingEmail.objects.get(tag="peer_question").body_text


def test_the_peer_confirms_with_a_button_not_by_opening_the_link(client, peer):
    question = PeerQuestionFactory(peer=peer)
    url = f"/contact-gehad/{emails.confirm_token(question)}/"
    page = client.get(url)
    assert "Ja, ik heb contact gehad" in page.content.decode()
    question.refresh_from_db()
    assert question.confirmed_at is None
    client.post(url)
    question.refresh_from_db()
    assert question.confirmed_at is not None


def test_a_broken_confirm_link_is_a_404(client):
    assert client.get("/contact-gehad/kapot/").status_code == 404


def test_an_unconfirmed_question_reaches_the_contact_point_after_48_hours(
    parkstad, staff, peer, grief
):
    other = PeerFactory(name="Jos", slug="jos", contact_point=parkstad, themes=[grief])
    with time_machine.travel(timezone.now() - timedelta(hours=47)):
        early = PeerQuestionFactory(peer=peer, theme=grief)
    with time_machine.travel(timezone.now() - timedelta(hours=49)):
        late = PeerQuestionFactory(peer=peer, theme=grief)
        confirmed = PeerQuestionFactory(peer=peer, theme=grief)
        services.confirm(confirmed)
    call_command("escalate_peer_questions")
    late.refresh_from_db()
    early.refresh_from_db()
    assert late.escalated_at is not None
    assert early.escalated_at is None
    told = OutgoingEmail.objects.filter(tag="peer_question_unconfirmed")
    assert [m.to for m in told] == ["anja@parkstad.example"]
    note = OutgoingEmail.objects.get(tag="peer_question_followup")
    assert note.to == "sanne@example.org"
    assert "/ervaringsdelers/jos/" in note.body_text
    assert "045 560 00 00" in note.body_text
    assert other.email not in note.body_text
    # Told once.
    call_command("escalate_peer_questions")
    assert OutgoingEmail.objects.filter(tag="peer_question_unconfirmed").count() == 1


def test_without_another_peer_the_note_points_to_the_contact_point(parkstad, staff, peer):
    with time_machine.travel(timezone.now() - timedelta(hours=50)):
        PeerQuestionFactory(peer=peer)
    services.escalate_unconfirmed(hours=48)
    note = OutgoingEmail.objects.get(tag="peer_question_followup")
    assert "/ervaringsdelers/" not in note.body_text
    assert "Zelfhulpcontactpunt Parkstad" in note.body_text


def test_the_jobs_run_daily():
    from django.conf import settings

    assert "escalate_peer_questions" in settings.HOURLY_JOBS
    assert "purge_peer_questions" in settings.DAILY_JOBS
