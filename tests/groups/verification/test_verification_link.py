"""The page behind the emailed link: opening it changes nothing; each button is a POST.
"Klopt nog" confirms, "Er is iets veranderd" goes to staff for review, "De groep stopt"
pauses the group and tells staff."""

import re
from datetime import date

import pytest
import time_machine
from django.urls import reverse

from groups.models import Group, VerificationRequest
from groups.verification import freshness
from outbox.models import OutgoingEmail
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(parkstad, anja):
    return GroupFactory(
        name="Lotgenoten Long Covid",
        contact_point=parkstad,
        summary="Praten over leven met long covid.",
        last_verified=date(2025, 1, 10),
    )


@pytest.fixture
def vr(group):
    return freshness.send_request(group)


def url(name, vr):
    return reverse(f"verification:{name}", args=[freshness.make_token(vr)])


def test_opening_the_link_shows_the_listing_and_changes_nothing(client, group, vr):
    versions = Group.history.filter(id=group.pk).count()
    response = client.get(url("check", vr))
    assert response.status_code == 200
    page = response.content.decode()
    assert group.name in page
    assert "Klopt nog" in page and "Er is iets veranderd" in page and "De groep stopt" in page
    assert 'name="robots" content="noindex' in page
    group.refresh_from_db()
    vr.refresh_from_db()
    assert group.last_verified == date(2025, 1, 10)
    assert vr.answer == ""
    assert Group.history.filter(id=group.pk).count() == versions
    # Opening the other two pages changes nothing either.
    client.get(url("changes", vr))
    client.get(url("stopping", vr))
    vr.refresh_from_db()
    assert vr.answer == ""


def test_klopt_nog_marks_the_group_verified_today(client, group, vr):
    with time_machine.travel("2026-01-12 10:00 +0100", tick=False):
        response = client.post(url("check", vr))
        thanks = client.get(response["Location"]).content.decode()
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.last_verified == date(2026, 1, 12)
    assert Group.history.filter(id=group.pk).order_by(
        "history_id"
    ).last().history_change_reason == ("Bevestigd door de groep via de controlelink")
    assert "nog klopt" in thanks


def test_a_second_answer_through_the_same_link_changes_nothing(client, group, vr):
    client.post(url("check", vr))
    response = client.post(url("stopping", vr), {"message": ""})
    assert response.status_code == 200
    assert "al beantwoord" in response.content.decode()
    group.refresh_from_db()
    assert group.status == Group.Status.PUBLISHED


def test_changes_go_to_staff_for_review_not_to_the_public(client, group, vr, anja):
    form = client.get(url("changes", vr)).context["form"]
    data = {**{k: v if v is not None else "" for k, v in form.initial.items()}}
    data.update({"summary": "Elke eerste maandag, nu in het buurthuis.", "message": "Nieuw adres"})
    response = client.post(url("changes", vr), data)
    assert response.status_code == 302
    vr.refresh_from_db()
    group.refresh_from_db()
    assert vr.answer == VerificationRequest.Answer.CHANGED
    assert vr.review == VerificationRequest.Review.PENDING
    assert vr.proposed_changes == {"summary": "Elke eerste maandag, nu in het buurthuis."}
    assert vr.message == "Nieuw adres"
    assert group.summary == "Praten over leven met long covid."  # not public yet
    assert OutgoingEmail.objects.filter(tag="verification_changes", to=anja.email).exists()


def test_staff_approve_the_changes_and_find_them_in_the_history(client, as_user, group, vr, anja):
    freshness.answer_changed(vr, {"summary": "Elke eerste maandag."}, "")
    staff = as_user(anja)
    review = reverse("admin:groups_verificationrequest_review", args=[vr.pk])
    page = staff.get(review).content.decode()
    assert "Praten over leven met long covid." in page and "Elke eerste maandag." in page

    with time_machine.travel("2026-01-20 10:00 +0100", tick=False):
        response = staff.post(review, {"approve": "1"})
    assert response.status_code == 302
    group.refresh_from_db()
    vr.refresh_from_db()
    assert group.summary == "Elke eerste maandag."
    assert group.last_verified == date(2026, 1, 20)
    assert (vr.review, vr.reviewed_by) == (VerificationRequest.Review.APPROVED, anja)
    latest = Group.history.filter(id=group.pk).order_by("history_id").last()
    assert latest.history_user == anja
    history = staff.get(reverse("admin:groups_group_history", args=[group.pk])).content.decode()
    assert "Elke eerste maandag." in history


def test_staff_can_turn_changes_down(as_user, group, vr, anja):
    freshness.answer_changed(vr, {"summary": "Iets anders."}, "")
    staff = as_user(anja)
    staff.post(reverse("admin:groups_verificationrequest_review", args=[vr.pk]), {"reject": "1"})
    group.refresh_from_db()
    vr.refresh_from_db()
    assert group.summary == "Praten over leven met long covid."
    assert vr.review == VerificationRequest.Review.REJECTED


def test_staff_of_another_contact_point_cannot_review(as_user, vr, bert):
    freshness.answer_changed(vr, {"summary": "Iets anders."}, "")
    review = reverse("admin:groups_verificationrequest_review", args=[vr.pk])
    assert as_user(bert).post(review, {"approve": "1"}).status_code == 404
    vr.refresh_from_db()
    assert vr.review == VerificationRequest.Review.PENDING


def test_sending_no_change_at_all_shows_an_error_summary(client, vr):
    form = client.get(url("changes", vr)).context["form"]
    data = {k: v if v is not None else "" for k, v in form.initial.items()}
    response = client.post(url("changes", vr), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fout:" in page
    assert 'class="error-summary"' in page


def test_a_field_error_is_linked_to_its_message(client, vr):
    form = client.get(url("changes", vr)).context["form"]
    data = {k: v if v is not None else "" for k, v in form.initial.items()}
    data["contact_email"] = "geen-adres"
    page = client.post(url("changes", vr), data).content.decode()
    assert 'href="#id_contact_email"' in page
    assert 'aria-describedby="id_contact_email_error id_contact_email_helptext"' in page


def test_de_groep_stopt_pauses_the_group_and_tells_staff(client, group, vr, parkstad, anja):
    response = client.post(url("stopping", vr), {"message": "Onze laatste avond is 1 maart."})
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.status == Group.Status.PAUSED
    assert group.auto_paused_on is None
    told = OutgoingEmail.objects.filter(tag="group_stopping")
    assert {m.to for m in told} == {anja.email}  # ContactPoint.staff_recipients()
    assert "Onze laatste avond is 1 maart." in told.first().body_text


def test_a_link_older_than_30_days_no_longer_works(client, group):
    with time_machine.travel("2026-01-11 03:00 +0100", tick=False):
        vr = freshness.send_request(group)
        link = url("check", vr)
    with time_machine.travel("2026-02-10 02:00 +0100", tick=False):
        assert client.get(link).status_code == 200
    with time_machine.travel("2026-02-10 04:00 +0100", tick=False):
        response = client.post(link)
    assert response.status_code == 404
    group.refresh_from_db()
    assert group.last_verified == date(2025, 1, 10)


def test_a_tampered_link_does_not_work(client, vr):
    token = freshness.make_token(vr)
    response = client.post(reverse("verification:check", args=[token[:-2] + "xx"]))
    assert response.status_code == 404
    vr.refresh_from_db()
    assert vr.answer == ""


def test_the_reminder_carries_a_fresh_link(client, group):
    with time_machine.travel("2026-01-11 03:00 +0100", tick=False):
        vr = freshness.send_request(group)
    with time_machine.travel("2026-01-25 03:00 +0100", tick=False):
        freshness.send_reminder(vr)
    reminder = OutgoingEmail.objects.get(tag="verification_reminder")
    link = re.search(r"/controle/\S+/", reminder.body_text).group(0)
    with time_machine.travel("2026-02-20 10:00 +0100", tick=False):  # 40 days after the first
        assert client.post(link).status_code == 302
    vr.refresh_from_db()
    assert vr.answer == VerificationRequest.Answer.CONFIRMED


def test_the_request_mail_is_stored_with_text_and_html(vr, group):
    mail = OutgoingEmail.objects.get(tag="verification_request")
    assert mail.to == group.contact_email
    assert mail.reply_to == group.contact_point.email
    assert freshness.make_token(vr).split(":")[0] in mail.body_text
    assert "<a href=" in mail.body_html
    assert "30 dagen" in mail.body_text
