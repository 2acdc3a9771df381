"""Every emailed link is signed with its own salt and expires; a bad one is a calm 404."""

from datetime import timedelta

import pytest
import time_machine
from django.core import signing

from submissions.models import RelayMessage
from tests.factories import GroupFactory
from zelfhulp import signed_links
from zelfhulp.signed_links import RELAY_RESPONDED, VERIFICATION

pytestmark = pytest.mark.django_db


def test_each_kind_of_link_has_its_own_salt():
    kinds = [v for v in vars(signed_links).values() if isinstance(v, signed_links.SignedLink)]
    assert len({kind.salt for kind in kinds}) == len(kinds) >= 2
    with pytest.raises(signing.BadSignature):
        VERIFICATION.read(RELAY_RESPONDED.make(1))


def test_a_link_expires_after_its_maximum_age():
    token = VERIFICATION.make(7)
    with time_machine.travel(timedelta(days=29)):
        assert VERIFICATION.read(token) == 7
    with time_machine.travel(timedelta(days=31)), pytest.raises(signing.SignatureExpired):
        VERIFICATION.read(token)


def test_a_relay_link_to_a_message_that_is_gone_shows_the_invalid_link_page(client):
    group = GroupFactory()
    message = RelayMessage.objects.create(
        group=group, contact_point=group.contact_point, message="Hallo"
    )
    token = RELAY_RESPONDED.make(message.pk)
    message.delete()
    response = client.get(f"/bericht-beantwoord/{token}/")
    assert response.status_code == 404
    assert "submissions/relay_responded.html" in [t.name for t in response.templates]
    assert response.context["invalid"] is True
