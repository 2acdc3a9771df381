"""Bytes that are not UTF-8 in an email field (%FF in the post, which Django reads as
U+FFFD) are refused by the form with a clear message, never stored (they would fail to
send forever)."""

from urllib.parse import urlencode

import pytest

from outbox.models import OutgoingEmail
from submissions.models import Interest, RelayMessage, Submission
from tests.submissions.conftest import listing_data
from tests.submissions.test_interest import interest_data
from tests.submissions.test_relay import relay_data

pytestmark = pytest.mark.django_db
MESSAGE = "In dit e-mailadres staat een teken dat niet goed is overgekomen."


def raw_post(client, url, data, field, raw):
    """Post the form as a browser would, with `raw` (already %-encoded) as one field."""
    body = urlencode({k: v for k, v in data.items() if k != field}, doseq=True)
    return client.post(
        url, f"{body}&{field}={raw}", content_type="application/x-www-form-urlencoded"
    )


@pytest.mark.parametrize("raw", ["sanne%40exam%FFple.org", "sanne%40example.org%FF"])
def test_a_message_to_a_group_with_an_unreadable_address_is_refused(client, group, raw):
    response = raw_post(client, f"/groepen/{group.slug}/contact/", relay_data(), "reply_email", raw)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not RelayMessage.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_a_registration_with_an_unreadable_address_is_refused(client, parkstad):
    data = listing_data()
    for field in ("submitter_email", "contact_email"):
        response = raw_post(client, "/groep-aanmelden/", data, field, "mieke%40prive%FF.example")
        assert response.status_code == 200
        assert MESSAGE in response.content.decode()
    assert not Submission.objects.exists()


def test_interest_with_an_unreadable_address_is_refused(client):
    data = interest_data(consent="on")
    response = raw_post(client, "/interesse/", data, "email", "sanne%40exam%FFple.org")
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not Interest.objects.exists()
