"""Bulk actions on the group list: mark verified, pause, archive, send a request now.
Each group is saved on its own, so each change is in its history."""

from datetime import date

import pytest
import time_machine
from django.urls import reverse

from groups.models import Group, VerificationRequest
from outbox.models import OutgoingEmail
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups(parkstad):
    return [GroupFactory(contact_point=parkstad, last_verified=date(2024, 5, 1)) for _ in range(3)]


def act(client, action, groups):
    return client.post(
        reverse("admin:groups_group_changelist"),
        {"action": action, "_selected_action": [g.pk for g in groups]},
    )


def statuses(groups):
    return [Group.objects.get(pk=g.pk).status for g in groups]


def test_mark_verified_sets_today(as_user, anja, groups):
    with time_machine.travel("2026-03-04 10:00 +0100", tick=False):
        act(as_user(anja), "mark_verified", groups[:2])
    assert [Group.objects.get(pk=g.pk).last_verified for g in groups] == [
        date(2026, 3, 4),
        date(2026, 3, 4),
        date(2024, 5, 1),
    ]
    assert Group.history.filter(id=groups[0].pk).order_by("history_id").last().history_user == anja


def test_mark_verified_publishes_an_automatically_paused_group_again(as_user, anja, groups):
    group = groups[0]
    group.status, group.auto_paused_on = Group.Status.PAUSED, date(2026, 1, 1)
    group.save()
    act(as_user(anja), "mark_verified", [group])
    group.refresh_from_db()
    assert (group.status, group.auto_paused_on) == (Group.Status.PUBLISHED, None)


def test_pause_and_archive(as_user, anja, groups):
    client = as_user(anja)
    act(client, "pause", groups[:1])
    act(client, "archive", groups[1:2])
    assert statuses(groups) == ["paused", "archived", "published"]


def test_send_a_verification_request_now(as_user, anja, groups):
    act(as_user(anja), "send_verification_request", groups[:2])
    assert VerificationRequest.objects.filter(requested_by=anja).count() == 2
    assert OutgoingEmail.objects.filter(tag="verification_request").count() == 2
