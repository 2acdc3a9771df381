"""A group leader registers a new group without an account."""

import pytest
from django.core import mail

from outbox.models import OutgoingEmail
from submissions.models import Submission
from tests.queued_mail import send_queued_mail
from tests.submissions.conftest import listing_data

URL = "/groep-aanmelden/"
pytestmark = pytest.mark.django_db


def post(client, **overrides):
    return client.post(URL, listing_data(**overrides))


def test_the_form_page_shows_every_section_and_sets_only_the_csrf_cookie(client, parkstad):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for heading in [
        "Over de groep",
        "Waar komt de groep samen?",
        "Wanneer komt de groep samen?",
        "Meedoen",
        "Contact",
        "Jouw gegevens",
    ]:
        assert heading in html
    assert "Eén keer per maand" in html or "één keer per maand" in html
    assert set(response.cookies) <= {"csrftoken"}
    assert "sessionid" not in response.cookies


def test_a_complete_registration_waits_for_the_contact_point_of_the_venues_municipality(
    client, parkstad, anja
):
    response = post(client)
    send_queued_mail()
    assert response.status_code == 302
    assert response["Location"] == "/groep-aanmelden/verstuurd/parkstad/"
    submission = Submission.objects.get()
    assert submission.kind == "new"
    assert submission.status == "pending"
    assert submission.contact_point == parkstad
    assert submission.venue_postcode == "6411 AB"
    assert [t.slug for t in submission.themes.all()] == ["rouw-partner"]
    assert submission.ordinal == 2 and submission.weekday == 1


def test_the_submitter_gets_a_confirmation_and_the_staff_a_notification(client, parkstad, anja):
    post(client)
    send_queued_mail()
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "Praatgroep na verlies" in by_address["jan@example.org"].subject
    assert by_address["jan@example.org"].reply_to == ["info@parkstad.example"]
    staff_mail = by_address["anja@parkstad.example"]
    assert "/beheer/submissions/submission/" in staff_mail.body
    assert OutgoingEmail.objects.filter(status="sent").count() == 2


def test_the_sent_page_says_what_happens_next_and_names_the_contact_point(client, parkstad):
    response = client.get("/groep-aanmelden/verstuurd/parkstad/")
    html = response.content.decode()
    assert "Wat gebeurt er nu?" in html
    assert "Zelfhulpcontactpunt Parkstad" in html
    assert "045 560 00 00" in html
    assert not response.cookies


def test_an_unknown_postcode_is_explained_at_the_postcode_field(client, parkstad):
    response = post(client, venue_postcode="9999 ZZ")
    assert response.status_code == 200
    form = response.context["form"]
    assert "We kennen postcode 9999 niet" in form.errors["venue_postcode"][0]
    assert Submission.objects.count() == 0


def test_a_place_that_does_not_belong_to_the_postcode_is_pointed_out(client, parkstad):
    response = post(client, venue_city="Maastricht")
    error = response.context["form"].errors["venue_city"][0]
    assert "Postcode 6411 hoort bij Heerlen" in error


def test_a_postcode_in_a_village_of_the_municipality_is_accepted(client, parkstad):
    response = post(client, venue_postcode="6416 AA", venue_city="Heerlen")
    assert response.status_code == 302


def test_a_malformed_postcode_gets_a_clear_example(client, parkstad):
    response = post(client, venue_postcode="64111")
    assert response.context["form"].errors["venue_postcode"] == [
        "Vul een postcode in zoals 6411 AB."
    ]


def test_errors_are_summarised_at_the_top_with_links_and_the_title_says_fout(client, parkstad):
    response = post(client, name="", weekday="", submitter_email="geen-adres")
    html = response.content.decode()
    assert "<title>Fout: Groep aanmelden" in html
    summary = html[
        html.index('class="error-summary"') : html.index(
            "</ul>", html.index('class="error-summary"')
        )
    ]
    assert 'href="#id_name"' in summary
    assert 'href="#id_weekday"' in summary
    assert 'href="#id_submitter_email"' in summary
    assert (
        'aria-describedby="id_name_error"' in html
        or 'aria-describedby="id_name_helptext id_name_error"' in html
    )
    assert 'aria-invalid="true"' in html


def test_a_radio_group_error_links_to_its_first_option(client, parkstad):
    response = post(client, pattern="")
    html = response.content.decode()
    assert 'href="#id_pattern_0"' in html
    assert 'id="id_pattern_0"' in html


def test_a_first_date_on_another_weekday_is_refused_in_words(client, parkstad):
    response = post(client, first_date="2026-03-11")
    error = response.context["form"].errors["first_date"][0]
    assert error == "11-03-2026 is geen dinsdag. Kies een datum die op een dinsdag valt."


def test_a_first_date_that_is_not_the_chosen_week_of_the_month_is_refused(client, parkstad):
    response = post(client, first_date="2026-03-03")
    error = response.context["form"].errors["first_date"][0]
    assert "niet de tweede dinsdag van de maand" in error
    assert "10-03-2026" in error


def test_a_monthly_group_needs_the_week_of_the_month(client, parkstad):
    response = post(client, ordinal="")
    assert response.context["form"].errors["ordinal"]


def test_a_weekly_group_does_not_keep_a_week_of_the_month(client, parkstad):
    post(client, pattern="weekly", ordinal="2", first_date="2026-03-03")
    assert Submission.objects.get().ordinal is None


def test_the_end_time_must_be_after_the_start_time(client, parkstad):
    response = post(client, start_time="21:00", end_time="19.00")
    assert response.context["form"].errors["end_time"] == [
        "De eindtijd moet later zijn dan de begintijd."
    ]


def test_an_online_group_chooses_its_contact_point(client, parkstad, maastricht_point):
    response = post(client, format="online", venue_name="", venue_street="", venue_postcode="")
    assert "contact_point_choice" in response.context["form"].errors
    response = post(
        client,
        format="online",
        venue_name="",
        venue_postcode="",
        contact_point_choice=str(maastricht_point.pk),
    )
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.contact_point == maastricht_point
    assert submission.venue_city == ""


def test_a_group_meeting_in_person_needs_an_address(client, parkstad):
    response = post(client, venue_name="", venue_street="")
    errors = response.context["form"].errors
    assert errors["venue_name"] == ["Vul de naam van het gebouw in."]
    assert errors["venue_street"] == ["Vul de straat en het huisnummer in."]


def test_a_municipality_without_contact_point_asks_the_submitter_to_choose(
    client, maastricht_point
):
    # Heerlen is not covered by any contact point in this test.
    response = post(client)
    assert "Voor de gemeente Heerlen kennen we nog geen contactpunt" in str(
        response.context["form"].errors["contact_point_choice"]
    )


def test_the_honeypot_pretends_success_but_stores_nothing(client, parkstad):
    response = post(client, homepage="http://spam.example")
    assert response.status_code == 302
    assert Submission.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0


def test_a_form_sent_faster_than_a_person_can_is_refused_politely(client, parkstad, settings):
    settings.FORM_MIN_SECONDS = 3
    response = post(client)
    assert response.status_code == 200
    assert "Dat ging erg snel" in response.content.decode()
    assert Submission.objects.count() == 0


def test_a_tampered_start_time_is_refused_and_a_fresh_one_is_given(client, parkstad):
    response = post(client, started="nep")
    html = response.content.decode()
    assert "Er ging iets mis met het formulier" in html
    assert 'value="nep"' not in html


def test_the_same_form_sent_twice_stores_one_submission(client, parkstad):
    data = listing_data()
    client.post(URL, data)
    response = client.post(URL, data)
    assert response.status_code == 302
    assert Submission.objects.count() == 1


@pytest.mark.parametrize("field", ["submitter_email", "contact_email"])
def test_a_line_break_in_an_email_address_cannot_add_mail_headers(client, parkstad, field):
    response = post(client, **{field: "jan@example.org\r\nBcc: iedereen@example.org"})
    assert field in response.context["form"].errors
    assert Submission.objects.count() == 0


def test_every_text_is_bounded(client, parkstad):
    response = post(client, name="x" * 151, description="y" * 5001, message="z" * 2001)
    errors = response.context["form"].errors
    assert {"name", "description", "message"} <= set(errors)


def test_the_form_works_in_english_too(client, parkstad):
    response = client.get("/en" + URL)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
