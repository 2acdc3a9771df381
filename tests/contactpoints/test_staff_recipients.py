"""Mail for a contact point's staff goes to one list of people, whichever flow sends it."""

import pytest

from tests.factories import ContactPointFactory, StaffFactory

pytestmark = pytest.mark.django_db


def test_staff_mail_goes_to_each_active_staff_member_with_an_address():
    point = ContactPointFactory(email="info@contactpunt.example")
    StaffFactory(username="anja", contact_point=point)
    StaffFactory(username="bert", contact_point=point)
    StaffFactory(username="weg", contact_point=point, is_active=False)
    StaffFactory(username="zonder", contact_point=point, email="")
    StaffFactory(username="elders")  # another contact point
    assert point.staff_recipients() == ["anja@example.org", "bert@example.org"]


def test_without_staff_addresses_the_contact_points_own_address_gets_it():
    point = ContactPointFactory(email="info@contactpunt.example")
    StaffFactory(username="zonder", contact_point=point, email="")
    assert point.staff_recipients() == ["info@contactpunt.example"]


def test_a_contact_point_without_any_address_has_no_recipients():
    assert ContactPointFactory(email="").staff_recipients() == []
