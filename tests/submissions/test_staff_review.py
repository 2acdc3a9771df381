"""Staff of the responsible contact point review submissions in the admin."""

import pytest
from django.core import mail
from django.utils import timezone

from groups.models import Group, Schedule
from submissions.admin import SubmissionAdminForm
from submissions.attention import staff_attention
from submissions.models import Submission
from submissions.services import group_listing
from tests.factories import ThemeFactory
from tests.queued_mail import send_queued_mail

pytestmark = pytest.mark.django_db


def make_submission(contact_point, theme, **values):
    fields = {
        "kind": "new",
        "contact_point": contact_point,
        "name": "Praatgroep na verlies",
        "summary": "Praten met mensen die hun partner hebben verloren.",
        "description": "We drinken koffie en praten over hoe het gaat.",
        "format": "in_person",
        "languages": ["nl"],
        "venue_name": "Wijkcentrum Het Anker",
        "venue_street": "Akerstraat 10",
        "venue_postcode": "6411 AB",
        "venue_city": "Heerlen",
        "pattern": "monthly",
        "ordinal": 2,
        "weekday": 1,
        "start_time": "19:30",
        "end_time": "21:30",
        "first_date": "2026-03-10",
        "contact_name": "Mieke",
        "contact_email": "mieke@prive.example",
        "submitter_name": "Jan Janssen",
        "submitter_email": "jan@example.org",
    }
    fields.update(values)
    submission = Submission.objects.create(**fields)
    submission.refresh_from_db()
    submission.themes.set([theme])
    return submission


def correction_of(group, **changes):
    original = group_listing(group)
    schedule = group.schedules.first()
    submission = Submission.objects.create(
        kind="correction",
        group=group,
        contact_point=group.contact_point,
        original=original,
        **{k: v for k, v in original.items() if k != "themes"},
    )
    submission.themes.set(group.themes.all())
    for key, value in changes.items():
        setattr(submission, key, value)
    submission.save()
    submission.refresh_from_db()
    assert schedule is not None
    return submission


def admin_data(submission, **extra):
    """The admin change form as a browser would send it back, unchanged unless told."""
    data = {}
    for name in SubmissionAdminForm.Meta.fields:
        value = getattr(submission, name)
        if name == "themes":
            data[name] = [str(t.pk) for t in value.all()]
        elif name == "contact_point":
            data[name] = str(value.pk)
        elif isinstance(value, list):  # languages, skip_months: one value per checkbox
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is None:
            data[name] = ""
        elif hasattr(value, "strftime"):
            data[name] = value.strftime("%H:%M") if hasattr(value, "hour") else value.isoformat()
        else:
            data[name] = str(value)
    data.update(extra)
    return data


def url(submission):
    return f"/beheer/submissions/submission/{submission.pk}/change/"


def test_staff_see_only_their_own_contact_points_queue(
    otp_client, anja, parkstad, maastricht_point, mourning
):
    mine = make_submission(parkstad, mourning, name="Mijn aanmelding")
    other = make_submission(maastricht_point, mourning, name="Andermans aanmelding")
    client = otp_client(anja)
    html = client.get("/beheer/submissions/submission/").content.decode()
    assert "Mijn aanmelding" in html
    assert "Andermans aanmelding" not in html
    assert client.get(url(mine)).status_code == 200
    assert client.get(url(other)).status_code == 404
    assert client.post(url(other), admin_data(other, _approve="1")).status_code == 404
    assert not Group.objects.filter(name="Andermans aanmelding").exists()


def test_the_staff_home_counts_waiting_submissions_of_their_contact_point(
    anja, bram, parkstad, mourning
):
    make_submission(parkstad, mourning)
    make_submission(parkstad, mourning, status="question")
    make_submission(parkstad, mourning, status="approved")
    (label, count, link), _messages = staff_attention(anja)
    assert count == 2
    assert link == "/beheer/submissions/submission/?open=ja"
    assert staff_attention(bram)[0][1] == 0


def test_approving_publishes_the_group_with_its_venue_and_meeting(
    otp_client, anja, parkstad, mourning
):
    submission = make_submission(parkstad, mourning)
    response = otp_client(anja).post(url(submission), admin_data(submission, _approve="1"))
    send_queued_mail()
    assert response.status_code == 302
    group = Group.objects.get(name="Praatgroep na verlies")
    assert group.status == "published"
    assert group.last_verified == timezone.localdate()
    assert group.contact_point == parkstad
    assert group.contact_email == "mieke@prive.example"
    assert list(group.themes.all()) == [mourning]
    schedule = group.schedules.get()
    assert str(schedule) == "Elke tweede dinsdag van de maand, 19.30–21.30 uur"
    assert schedule.venue.municipality.name == "Heerlen"
    assert schedule.venue.postcode == "6411 AB"
    submission.refresh_from_db()
    assert submission.status == "approved" and submission.group == group
    assert submission.handled_by == anja
    approved = [m for m in mail.outbox if m.to == ["jan@example.org"]][0]
    assert f"/groepen/{group.slug}/" in approved.body
    # The public result
    page = otp_client(anja).get(group.get_absolute_url())
    assert page.status_code == 200


def test_staff_edit_the_proposal_before_approving(otp_client, anja, parkstad, mourning):
    submission = make_submission(parkstad, mourning)
    data = admin_data(submission, name="Rouwgroep Parkstad", _approve="1")
    otp_client(anja).post(url(submission), data)
    assert Group.objects.filter(name="Rouwgroep Parkstad", status="published").exists()


def test_the_admin_checks_the_postcode_against_the_gazetteer(otp_client, anja, parkstad, mourning):
    submission = make_submission(parkstad, mourning)
    response = otp_client(anja).post(
        url(submission), admin_data(submission, venue_city="Venlo", _approve="1")
    )
    assert response.status_code == 200
    assert "hoort bij Heerlen" in response.content.decode()
    assert not Group.objects.exists()


def test_rejecting_needs_a_reason_and_mails_it_to_the_submitter(
    otp_client, anja, parkstad, mourning
):
    submission = make_submission(parkstad, mourning)
    client = otp_client(anja)
    response = client.post(url(submission), admin_data(submission, _reject="1"))
    assert response.status_code == 200
    assert "Schrijf de reden" in response.content.decode()
    client.post(
        url(submission),
        admin_data(submission, _reject="1", staff_message="Dit is een commercieel aanbod."),
    )
    send_queued_mail()
    submission.refresh_from_db()
    assert submission.status == "rejected"
    assert not Group.objects.exists()
    rejected = [m for m in mail.outbox if m.to == ["jan@example.org"]][0]
    assert "Dit is een commercieel aanbod." in rejected.body


def test_asking_a_question_mails_it_and_the_answer_goes_to_the_contact_point(
    otp_client, anja, parkstad, mourning
):
    submission = make_submission(parkstad, mourning)
    otp_client(anja).post(
        url(submission),
        admin_data(submission, _ask="1", staff_message="Is de ruimte rolstoeltoegankelijk?"),
    )
    send_queued_mail()
    submission.refresh_from_db()
    assert submission.status == "question"
    question = mail.outbox[-1]
    assert "Is de ruimte rolstoeltoegankelijk?" in question.body
    assert question.reply_to == ["info@parkstad.example"]


def test_a_handled_submission_can_be_read_but_not_changed_again(
    otp_client, anja, parkstad, mourning
):
    submission = make_submission(parkstad, mourning, status="rejected")
    client = otp_client(anja)
    assert client.get(url(submission)).status_code == 200
    client.post(url(submission), admin_data(submission, name="Anders", _approve="1"))
    submission.refresh_from_db()
    assert submission.name == "Praatgroep na verlies"
    assert not Group.objects.exists()


def test_a_correction_shows_what_it_changes_next_to_the_current_listing(otp_client, anja, group):
    submission = correction_of(group, weekday=2, first_date="2026-01-14")
    html = otp_client(anja).get(url(submission)).content.decode()
    assert "Wat deze melding verandert" in html
    assert "dinsdag" in html and "woensdag" in html
    assert html.count('<th scope="row">') == 2  # the day and the date


def test_approving_a_correction_changes_only_what_it_changes(otp_client, anja, group):
    submission = correction_of(group, weekday=2, first_date="2026-01-14")
    # Meanwhile staff changed the summary; the correction must not undo that.
    group.refresh_from_db()
    group.summary = "Nieuwe samenvatting door het contactpunt."
    group.save()
    otp_client(anja).post(url(submission), admin_data(submission, _approve="1"))
    send_queued_mail()
    group.refresh_from_db()
    assert group.summary == "Nieuwe samenvatting door het contactpunt."
    schedule = group.schedules.get()
    assert schedule.weekday == Schedule.Weekday.WEDNESDAY
    assert group.contact_email == "geheim-rouwgroep@prive.example"
    assert group.last_verified == timezone.localdate()


def test_a_correction_that_the_group_stopped_archives_it(otp_client, anja, group):
    submission = correction_of(group, stops_meeting=True)
    otp_client(anja).post(url(submission), admin_data(submission, _approve="1"))
    group.refresh_from_db()
    assert group.status == "archived"


def test_a_correction_may_change_the_themes(otp_client, anja, group, mourning):
    other = ThemeFactory(name="Testthema rouw")
    submission = correction_of(group)
    submission.themes.set([mourning, other])
    otp_client(anja).post(url(submission), admin_data(submission, _approve="1"))
    assert set(group.themes.all()) == {mourning, other}


@pytest.mark.parametrize("rows", [1, 20])
def test_the_queue_costs_the_same_queries_for_one_or_twenty_submissions(
    otp_client, anja, parkstad, mourning, django_assert_max_num_queries, rows
):
    for n in range(rows):
        make_submission(parkstad, mourning, name=f"Aanmelding {n}")
    client = otp_client(anja)
    # Session, user, OTP device, membership and two permission lookups; the filtered and
    # total counts; one page of rows with their contact point; two for the date hierarchy.
    with django_assert_max_num_queries(11):
        response = client.get("/beheer/submissions/submission/?open=ja")
    assert response.status_code == 200
    assert response.content.decode().count("Aanmelding ") >= rows


def test_approving_a_correction_of_a_paused_group_publishes_it_again(otp_client, anja, group):
    group.status = Group.Status.PAUSED
    group.save()
    submission = correction_of(group, message="We komen weer elke maand samen.")
    otp_client(anja).post(url(submission), admin_data(submission, _approve="1"))
    group.refresh_from_db()
    assert group.status == "published"
