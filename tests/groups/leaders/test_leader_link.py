"""A group leader's own link, as a leader meets it: "Ik beheer deze groep" on the group's
page, a mail to the group's private address, and a page to keep the listing right."""

import re
from datetime import date

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from groups.leaders import links
from groups.models import Group, LeaderLink, VerificationRequest
from groups.verification import freshness
from outbox.models import OutgoingEmail
from submissions import services
from submissions.models import Submission
from submissions.protection import new_token
from submissions.services import listing_initial
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.django_db


def ask_for_link(client, group, prefix=""):
    return client.post(
        f"{prefix}/groepen/{group.slug}/beheren/", {"started": new_token(), "homepage": ""}
    )


def link_from_mail(message):
    return re.search(r"http://[^\s]+/mijn-groep/[^\s/]+/", message.body).group(0)


def path_of(url):
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def the_link(client, group):
    ask_for_link(client, group)
    [message] = [m for m in send_queued_mail() if m.to == [group.contact_email]][-1:]
    return path_of(link_from_mail(message))


def changes_data(group, **overrides):
    data = {
        "started": new_token(),
        "homepage": "",
        "message": "",
        "seen_version": str(group.version),
    }
    for key, value in listing_initial(group).items():
        if key in ("themes", "theme", "theme_2", "languages", "first_date", "name"):
            continue
        if value is None:
            value = ""
        elif isinstance(value, bool):
            if not value:
                continue
            value = "on"
        elif hasattr(value, "strftime"):
            value = value.strftime("%H:%M") if hasattr(value, "hour") else value.isoformat()
        data[key] = value
    data.update(overrides)
    return data


# Asking for the link


def test_the_group_page_leads_to_the_request_and_the_mail_goes_to_the_private_address(
    client, group
):
    page = client.get(group.get_absolute_url()).content.decode()
    assert f'href="/groepen/{group.slug}/beheren/"' in page
    assert "Ik beheer deze groep" in page
    form = client.get(f"/groepen/{group.slug}/beheren/")
    assert form.status_code == 200
    assert "parkinson-geheim@prive.example" not in form.content.decode()

    response = ask_for_link(client, group)
    assert response.status_code == 302
    assert response["Location"] == f"/groepen/{group.slug}/beheren/verstuurd/"
    sent_page = client.get(response["Location"]).content.decode()
    assert "Kijk in de mailbox van de groep" in sent_page
    assert "parkinson-geheim@prive.example" not in sent_page
    # The request only queues the mail; the scheduler sends it.
    assert mail.outbox == []
    [message] = send_queued_mail()
    assert message.to == ["parkinson-geheim@prive.example"]
    assert "Uw beheerlink voor Lotgenotengroep Parkinson Heerlen" == message.subject
    assert "/mijn-groep/" in message.body
    assert LeaderLink.objects.get().sent_to == "parkinson-geheim@prive.example"


def test_the_answer_is_the_same_whether_or_not_a_mail_went_out(client, group):
    answers = []
    for _ in range(5):  # the group's own limit is 3 a day
        response = ask_for_link(client, group)
        answers.append((response.status_code, response["Location"]))
    assert set(answers) == {(302, f"/groepen/{group.slug}/beheren/verstuurd/")}
    assert OutgoingEmail.objects.filter(tag="leader_link").count() == 3


def test_one_address_asking_for_many_groups_meets_a_limit(client, group):
    for _ in range(10):
        assert ask_for_link(client, group).status_code == 302
    response = ask_for_link(client, group)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_a_bot_sees_the_same_answer_and_nothing_is_sent(client, group):
    response = client.post(
        f"/groepen/{group.slug}/beheren/", {"started": new_token(), "homepage": "spam.example"}
    )
    assert response.status_code == 302
    assert LeaderLink.objects.count() == 0


def test_a_group_that_is_not_on_the_site_has_no_request_page(client, group):
    group.status = Group.Status.ARCHIVED
    group.save()
    assert client.get(f"/groepen/{group.slug}/beheren/").status_code == 404
    assert ask_for_link(client, group).status_code == 404


# The page behind the link


def test_opening_the_link_changes_nothing_and_sets_only_the_form_cookie(client, group):
    url = the_link(client, group)
    client.cookies.clear()
    versions = group.history.count()
    response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Lotgenotengroep Parkinson Heerlen" in page
    assert "Ja, alles klopt nog" in page
    assert 'name="robots" content="noindex' in page
    assert set(response.cookies) <= {"csrftoken"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    group.refresh_from_db()
    assert group.history.count() == versions
    assert group.last_verified == date(2024, 11, 5)


def test_confirming_counts_as_the_yearly_check_and_closes_the_open_question(client, group):
    question = freshness.send_request(group)
    url = the_link(client, group)
    with time_machine.travel("2026-12-02 10:00 +0100", tick=False):
        response = client.post(url + "klopt/")
    assert response.status_code == 302
    assert "klaar=bevestigd" in response["Location"]
    assert "U heeft bevestigd" in client.get(response["Location"]).content.decode()
    group.refresh_from_db()
    question.refresh_from_db()
    assert group.last_verified == date(2026, 12, 2)
    assert question.answer == VerificationRequest.Answer.CONFIRMED
    assert not VerificationRequest.objects.unanswered().filter(group=group).exists()
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Laatst gecontroleerd op 2 december 2026" in page


def test_confirming_without_an_open_question_also_counts(client, group):
    url = the_link(client, group)
    client.post(url + "klopt/")
    group.refresh_from_db()
    assert group.last_verified > date(2024, 11, 5)
    assert group.history.latest("history_id").history_change_reason.startswith(
        "Bevestigd door de groepsleider"
    )


def test_a_text_edit_waits_for_staff_when_the_contact_point_did_not_allow_it(client, group):
    url = the_link(client, group)
    data = changes_data(group, summary="Praten en wandelen met mensen die leven met parkinson.")
    response = client.post(url + "wijzigen/", data)
    assert response.status_code == 302
    assert "klaar=voorgesteld" in response["Location"]
    group.refresh_from_db()
    assert group.summary == "Praten met mensen die leven met parkinson."
    submission = Submission.objects.get()
    assert services.changed_keys(submission) == ["summary"]
    assert submission.submitter_name == "De groep zelf (via de beheerlink)"
    assert submission.submitter_email == "parkinson-geheim@prive.example"


def test_a_text_edit_is_public_at_once_when_the_contact_point_allows_it(client, group, parkstad):
    parkstad.leaders_publish_text = True
    parkstad.save()
    url = the_link(client, group)
    data = changes_data(
        group, summary="Praten en wandelen met mensen die leven met parkinson.", newcomers="welcome"
    )
    response = client.post(url + "wijzigen/", data)
    assert "klaar=gepubliceerd" in response["Location"]
    group.refresh_from_db()
    assert group.summary == "Praten en wandelen met mensen die leven met parkinson."
    assert group.newcomers == Group.Newcomers.WELCOME
    assert group.history.latest("history_id").history_change_reason == (
        "Aangepast door de groepsleider via de beheerlink"
    )
    assert Submission.objects.count() == 0
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Praten en wandelen" in page


def test_a_new_meeting_day_always_goes_past_staff(client, group, parkstad, anja, otp_client):
    parkstad.leaders_publish_text = True
    parkstad.save()
    url = the_link(client, group)
    data = changes_data(group, weekday="2", cost_note="3 euro voor koffie")
    response = client.post(url + "wijzigen/", data)
    assert "klaar=beide" in response["Location"]
    group.refresh_from_db()
    assert group.cost_note == "3 euro voor koffie"
    assert group.schedules.get().weekday == 1
    submission = Submission.objects.get()
    assert set(services.changed_keys(submission)) == {"weekday", "first_date"}
    # Staff see the proposed day and nothing else that was left as it was.
    staff = otp_client(anja)
    review = staff.get(reverse("admin:submissions_submission_change", args=[submission.pk]))
    assert review.status_code == 200
    html = review.content.decode()
    assert "woensdag" in html


def test_changing_nothing_says_so(client, group):
    url = the_link(client, group)
    response = client.post(url + "wijzigen/", changes_data(group))
    assert response.status_code == 200
    assert "U heeft niets veranderd" in response.content.decode()
    assert Submission.objects.count() == 0


def test_a_staff_edit_in_between_is_never_overwritten(client, group, parkstad):
    parkstad.leaders_publish_text = True
    parkstad.save()
    url = the_link(client, group)
    data = changes_data(group, summary="Versie van de groepsleider.")
    group.summary = "Versie van het contactpunt."
    group.save()  # a colleague saved meanwhile
    response = client.post(url + "wijzigen/", data)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Uw wijzigingen zijn niet opgeslagen" in page
    assert "Versie van het contactpunt." in page
    group.refresh_from_db()
    assert group.summary == "Versie van het contactpunt."


def test_pausing_and_resuming_the_group(client, group):
    url = the_link(client, group)
    assert "klaar=gepauzeerd" in client.post(url + "pauzeren/")["Location"]
    group.refresh_from_db()
    assert group.status == Group.Status.PAUSED
    assert client.get(group.get_absolute_url()).status_code == 200
    home = client.get(url).content.decode()
    assert "Groep weer aanzetten" in home
    assert "klaar=hervat" in client.post(url + "hervatten/")["Location"]
    group.refresh_from_db()
    assert group.status == Group.Status.PUBLISHED


def test_a_pause_by_staff_stays_with_staff(client, group):
    url = the_link(client, group)
    freshness.pause(group, "Gepauzeerd door een medewerker")
    assert "Groep weer aanzetten" not in client.get(url).content.decode()
    client.post(url + "hervatten/")
    group.refresh_from_db()
    assert group.status == Group.Status.PAUSED


def test_opening_a_button_address_as_a_link_does_nothing(client, group):
    url = the_link(client, group)
    response = client.get(url + "klopt/")
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.last_verified == date(2024, 11, 5)


def test_the_pages_are_in_english_under_en(client, group):
    url = the_link(client, group)
    response = client.get("/en" + url)
    assert response.status_code == 200
    assert "Yes, everything is still right" in response.content.decode()


# Revoking and bad links


def test_a_new_request_revokes_the_old_link(client, group):
    first = the_link(client, group)
    second = the_link(client, group)
    assert first != second
    response = client.get(first)
    assert response.status_code == 404
    assert "Deze link werkt niet (meer)" in response.content.decode()
    assert client.post(first + "klopt/").status_code == 404
    assert client.get(second).status_code == 200


def test_staff_can_send_a_new_link_or_revoke_it(client, group, anja, otp_client):
    url = the_link(client, group)
    staff = otp_client(anja)
    changelist = reverse("admin:groups_group_changelist")
    staff.post(changelist, {"action": "send_leader_link", "_selected_action": [group.pk]})
    assert client.get(url).status_code == 404
    [new] = LeaderLink.objects.active()
    assert new.requested_by == anja
    new_url = path_of(links.url_for(new))
    assert client.get(new_url).status_code == 200
    staff.post(changelist, {"action": "revoke_leader_link", "_selected_action": [group.pk]})
    assert client.get(new_url).status_code == 404
    assert not LeaderLink.objects.active().exists()


@pytest.mark.parametrize("token", ["nonsense", "MQ:1ab2:xyz", "a" * 300, "%FF", "1"], ids=str)
def test_a_bad_link_gives_a_clear_page_never_an_error(client, group, token):
    for suffix in ("", "klopt/", "wijzigen/", "pauzeren/"):
        response = client.post(f"/mijn-groep/{token}/{suffix}")
        assert response.status_code == 404
        assert "Deze link werkt niet (meer)" in response.content.decode()


def test_the_link_of_an_archived_group_stops_working(client, group):
    url = the_link(client, group)
    group.status = Group.Status.ARCHIVED
    group.save()
    assert client.get(url).status_code == 404


def test_staff_see_when_the_link_was_sent_and_used(client, group, anja, otp_client):
    url = the_link(client, group)
    client.post(url + "klopt/")
    staff = otp_client(anja)
    page = staff.get(reverse("admin:groups_group_change", args=[group.pk])).content.decode()
    assert "beheerlink van de groep" in page.lower()
    assert "laatst gebruikt op" in page


def test_the_same_changes_sent_twice_are_kept_once(client, group, parkstad):
    url = the_link(client, group)
    data = changes_data(group, weekday="2")
    assert client.post(url + "wijzigen/", data).status_code == 302
    again = client.post(url + "wijzigen/", data)
    assert again.status_code == 302
    assert "klaar=voorgesteld" in again["Location"]
    assert Submission.objects.count() == 1


def test_published_text_sent_twice_is_not_a_conflict(client, group, parkstad):
    parkstad.leaders_publish_text = True
    parkstad.save()
    url = the_link(client, group)
    data = changes_data(group, cost_note="3 euro")
    assert "klaar=gepubliceerd" in client.post(url + "wijzigen/", data)["Location"]
    again = client.post(url + "wijzigen/", data)
    assert again.status_code == 302
    assert "klaar=gepubliceerd" in again["Location"]
