"""Demo staff accounts exist only in demo mode, and anyone can log in with the documented
password and the code from `manage.py demo_totp`."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse

from contactpoints.models import StaffMembership
from demo import staff as demo_staff
from groups.models import Group
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


@override_settings(DEMO_MODE=False)
def test_load_demo_staff_refuses_outside_demo_mode():
    with pytest.raises(CommandError):
        call_command("load_demo_staff")
    with pytest.raises(CommandError):
        call_command("demo_totp")
    assert not StaffMembership.objects.exists()


@override_settings(DEMO_MODE=True)
def test_each_contact_point_gets_a_demo_staff_member_and_there_is_a_coordinator(
    parkstad, maastricht_cp
):
    call_command("load_demo_staff", stdout=StringIO())
    call_command("load_demo_staff", stdout=StringIO())  # idempotent
    memberships = StaffMembership.objects.select_related("user", "contact_point")
    assert {(m.user.username, m.contact_point, m.is_coordinator) for m in memberships} == {
        (demo_staff.username_for(parkstad), parkstad, False),
        (demo_staff.username_for(maastricht_cp), maastricht_cp, False),
        ("coordinator", None, True),
    }


@override_settings(DEMO_MODE=True)
def test_a_demo_staff_member_logs_in_with_the_documented_password_and_code(parkstad, maastricht_cp):
    GroupFactory(name="Groep in Parkstad", contact_point=parkstad)
    GroupFactory(name="Groep in Maastricht", contact_point=maastricht_cp)
    call_command("load_demo_staff", stdout=StringIO())
    code = StringIO()
    call_command("demo_totp", demo_staff.username_for(parkstad), stdout=code)

    client = Client()
    login = reverse("two_factor:login")
    client.post(
        login,
        {
            "login_view-current_step": "auth",
            "auth-username": demo_staff.username_for(parkstad),
            "auth-password": demo_staff.PASSWORD,
        },
    )
    response = client.post(
        login, {"login_view-current_step": "token", "token-otp_token": code.getvalue().strip()}
    )
    assert response.status_code == 302
    page = client.get(reverse("admin:groups_group_changelist")).content.decode()
    assert "Groep in Parkstad" in page
    assert "Groep in Maastricht" not in page


@override_settings(DEMO_MODE=True)
def test_loading_demo_staff_gives_bulk_loaded_groups_a_first_version(parkstad):
    group = GroupFactory(contact_point=parkstad)
    Group.history.all().delete()
    call_command("load_demo_staff", stdout=StringIO())
    first = Group.history.get(id=group.pk)
    assert first.group_version == group.version


def test_a_first_version_keeps_the_themes_so_the_next_change_shows_only_itself(parkstad):
    from django.apps import apps

    from groups.history import record_first_versions
    from tests.personas import a_theme

    group = GroupFactory(contact_point=parkstad, themes=[a_theme()])
    Group.history.all().delete()
    apps.get_model("groups", "HistoricalGroup_themes").objects.all().delete()
    record_first_versions()
    group.name = "Nieuwe naam"
    group.save()
    first, latest = Group.history.filter(id=group.pk).order_by("history_id")
    assert latest.diff_against(first).changed_fields == ["name"]
