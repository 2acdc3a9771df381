"""A resident writes to a group through the site; neither sees the other's address."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from outbox.models import OutgoingEmail
from submissions.attention import staff_attention
from submissions.emails import responded_token
from submissions.models import RelayMessage
from submissions.protection import new_token
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.django_db
PRIVATE = "geheim-rouwgroep@prive.example"


def relay_data(**overrides):
    data = {
        "started": new_token(),
        "homepage": "",
        "first_name": "Sanne",
        "reply_email": "sanne@example.org",
        "reply_phone": "",
        "message": "Mag ik een keer komen kijken?",
        "consent": "on",
    }
    data.update(overrides)
    return data


def send(client, group, **overrides):
    return client.post(f"/groepen/{group.slug}/contact/", relay_data(**overrides))


def test_the_message_is_stored_and_mailed_to_the_group_by_the_scheduler(client, group):
    response = send(client, group)
    assert mail.outbox == []  # the request only queues it
    assert response.status_code == 302
    assert response["Location"] == f"/groepen/{group.slug}/contact/verstuurd/"
    message = RelayMessage.objects.get()
    assert message.group == group and message.contact_point == group.contact_point
    to_group = [m for m in send_queued_mail() if m.to == [PRIVATE]][0]
    assert "Mag ik een keer komen kijken?" in to_group.body
    assert "sanne@example.org" in to_group.body
    assert to_group.reply_to == ["sanne@example.org"]
    assert "/bericht-beantwoord/" in to_group.body
    message.email_to_group.refresh_from_db()
    assert message.email_to_group.status == "sent"


def test_the_resident_gets_a_confirmation_without_the_groups_address(client, group):
    send(client, group)
    send_queued_mail()
    confirmation = [m for m in mail.outbox if m.to == ["sanne@example.org"]][0]
    assert PRIVATE not in confirmation.body
    assert PRIVATE not in confirmation.alternatives[0][0]
    assert "045 560 00 00" in confirmation.body  # when to call the contact point instead
    assert "Na 14 dagen verwijderen we je bericht en je gegevens." in confirmation.body


def test_a_phone_number_is_enough_to_be_reached(client, group):
    send(client, group, reply_email="", reply_phone="06 12 34 56 78")
    send_queued_mail()
    assert [m.to for m in mail.outbox] == [[PRIVATE]]
    assert "06 12 34 56 78" in mail.outbox[0].body


def test_the_resident_must_be_reachable_and_consent(client, group):
    response = send(client, group, reply_email="", reply_phone="", consent="")
    errors = response.context["form"].errors
    assert "Vul je e-mailadres of je telefoonnummer in" in errors["reply_email"][0]
    assert "Geef toestemming" in errors["consent"][0]
    assert RelayMessage.objects.count() == 0


def test_a_nonsense_phone_number_is_refused(client, group):
    response = send(client, group, reply_email="", reply_phone="bel me")
    assert response.context["form"].errors["reply_phone"] == [
        "Vul een telefoonnummer in zoals 045 123 45 67."
    ]


def test_no_page_of_the_group_shows_its_private_address(client, group):
    for path in [
        f"/groepen/{group.slug}/",
        f"/groepen/{group.slug}/contact/",
        f"/groepen/{group.slug}/contact/verstuurd/",
        f"/groepen/{group.slug}/wijziging/",
        f"/en/groepen/{group.slug}/contact/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert PRIVATE not in response.content.decode(), path
    send(client, group)
    response = send(client, group, reply_email="")  # an error page echoes the form
    assert PRIVATE not in response.content.decode()


def test_the_sent_page_says_what_happens_and_when_to_call_the_contact_point(client, group):
    html = client.get(f"/groepen/{group.slug}/contact/verstuurd/").content.decode()
    assert "Wat gebeurt er nu?" in html
    assert "binnen 3 dagen" in html
    assert "Zelfhulpcontactpunt Parkstad" in html and "045 560 00 00" in html


def test_user_text_is_shown_as_plain_text_in_the_emails(client, group):
    send(client, group, first_name="<b>Sanne</b>", message="<script>alert(1)</script> & meer")
    send_queued_mail()
    to_group = [m for m in mail.outbox if m.to == [PRIVATE]][0]
    html = to_group.alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer" in html
    assert "<script>alert(1)</script> & meer" in to_group.body  # plain text stays plain
    assert "\n" not in to_group.subject


def test_a_newline_in_a_name_never_reaches_a_mail_header(client, group):
    send(client, group, first_name="Sanne\r\nBcc: iedereen@example.org")
    send_queued_mail()
    to_group = OutgoingEmail.objects.get(to=PRIVATE)
    assert "\r" not in to_group.subject and "\n" not in to_group.subject
    assert all(m.bcc == [] for m in mail.outbox)


def test_a_paused_group_takes_no_messages(client, group):
    group.status = "paused"
    group.save()
    assert client.get(f"/groepen/{group.slug}/contact/").status_code == 404


def test_the_responded_link_shows_a_button_and_only_the_post_records_it(client, group):
    send(client, group)
    message = RelayMessage.objects.get()
    link = f"/bericht-beantwoord/{responded_token(message)}/"
    response = client.get(link)
    assert "Ja, ik heb gereageerd" in response.content.decode()
    message.refresh_from_db()
    assert message.responded_at is None  # a mail scanner opening the link changes nothing
    client.post(link)
    message.refresh_from_db()
    assert message.responded_at is not None


def test_a_forged_responded_link_is_refused(client, group):
    assert client.get("/bericht-beantwoord/123:nep/").status_code == 404


def test_an_unanswered_message_is_passed_to_the_contact_point_after_three_days(
    client, group, anja, bram
):
    sent_at = timezone.now()
    with time_machine.travel(sent_at, tick=False):
        send(client, group)
    with time_machine.travel(sent_at + timedelta(days=2, hours=23), tick=False):
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
    assert RelayMessage.objects.get().escalated_at is None
    send_queued_mail()
    mail.outbox.clear()
    with time_machine.travel(sent_at + timedelta(days=3, minutes=1), tick=False):
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
        send_queued_mail()
    assert [m.to for m in mail.outbox] == [["anja@parkstad.example"]]
    assert "Rouwgroep Heerlen" in mail.outbox[0].subject
    assert "Mag ik" not in mail.outbox[0].body  # the message itself stays in the admin
    assert staff_attention(anja)[1][1] == 1
    assert staff_attention(bram)[1][1] == 0


def test_a_message_the_group_answered_is_not_passed_on(client, group, anja):
    sent_at = timezone.now()
    with time_machine.travel(sent_at, tick=False):
        send(client, group)
    client.post(f"/bericht-beantwoord/{responded_token(RelayMessage.objects.get())}/")
    with time_machine.travel(sent_at + timedelta(days=4), tick=False):
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
    assert RelayMessage.objects.get().escalated_at is None


def test_the_confirm_days_come_from_the_settings(client, group, settings):
    settings.RELAY_CONFIRM_DAYS = 7
    sent_at = timezone.now()
    with time_machine.travel(sent_at, tick=False):
        send(client, group)
    with time_machine.travel(sent_at + timedelta(days=4), tick=False):
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
    assert RelayMessage.objects.get().escalated_at is None


def test_staff_see_unanswered_messages_of_their_contact_point_only(
    otp_client, client, group, anja, bram
):
    send(client, group)
    message = RelayMessage.objects.get()
    change = f"/beheer/submissions/relaymessage/{message.pk}/change/"
    assert otp_client(anja).get(change).status_code == 200
    from django.test import Client

    assert otp_client(bram, Client()).get(change).status_code == 404


def test_delivery_failures_stay_visible_and_are_retried(client, group, settings):
    settings.EMAIL_BACKEND = "tests.outbox.failing_mail.DownBackend"
    send(client, group)
    send_queued_mail()
    message = RelayMessage.objects.get()
    email = message.email_to_group
    email.refresh_from_db()
    assert email.status == "queued" and email.attempts == 1 and email.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        call_command("send_queued_mail", stdout=open("/dev/null", "w"))
    email.refresh_from_db()
    assert email.status == "sent"


def test_staff_mark_a_passed_on_message_as_handled_and_it_leaves_their_home_page(
    otp_client, client, group, anja
):
    sent_at = timezone.now()
    with time_machine.travel(sent_at, tick=False):
        send(client, group)
    with time_machine.travel(sent_at + timedelta(days=4), tick=False):
        call_command("escalate_unanswered_messages", stdout=open("/dev/null", "w"))
    message = RelayMessage.objects.get()
    assert staff_attention(anja)[1][1] == 1
    response = otp_client(anja).post(
        "/beheer/submissions/relaymessage/",
        {"action": "mark_handled", "_selected_action": [message.pk]},
    )
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.handled_by == anja
    assert staff_attention(anja)[1][1] == 0


def test_the_same_message_form_sent_twice_is_stored_and_mailed_once(client, group):
    data = relay_data()
    first = client.post(f"/groepen/{group.slug}/contact/", data)
    second = client.post(f"/groepen/{group.slug}/contact/", data)
    send_queued_mail()
    assert first.status_code == second.status_code == 302
    assert RelayMessage.objects.count() == 1
    assert OutgoingEmail.objects.filter(to=PRIVATE).count() == 1
    assert len([m for m in send_queued_mail() if m.to == [PRIVATE]]) == 1
