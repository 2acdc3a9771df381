"""A group leader's own link: a standing signed link to keep the group's listing right.

Anyone may press "Ik beheer deze groep" on a group's page; the link only ever goes to the
group's private address (Group.contact_email), so it reaches whoever runs the group, and the
page answers the same whether or not a mail went out (nobody learns anything about the
address). The link has no expiry date. It stops working when a newer one is sent (a new
request, or a staff member's "nieuwe beheerlink sturen") or staff revoke it: each link is a
LeaderLink row, and the signed token names that row.

What the leader can do with it is in groups.leaders.actions; the pages in views.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from groups.models import Group, LeaderLink
from outbox.mail import queue_template
from zelfhulp import signed_links


def token_for(link: LeaderLink) -> str:
    return signed_links.LEADER.make(link.pk)


def url_for(link: LeaderLink) -> str:
    return settings.SITE_URL + reverse("leaders:home", args=[token_for(link)])


def load(pk: int) -> LeaderLink:
    """The active link behind a token of a group that is on the site; raises
    LeaderLink.DoesNotExist when it was revoked or the group is gone or archived."""
    return (
        LeaderLink.objects.active()
        .select_related("group__contact_point")
        .filter(group__status__in=[Group.Status.PUBLISHED, Group.Status.PAUSED])
        .get(pk=pk)
    )


@transaction.atomic
def revoke(group, now=None) -> int:
    """Every link of the group stops working."""
    return LeaderLink.objects.filter(group=group).active().update(revoked_at=now or timezone.now())


@transaction.atomic
def send(group, requested_by=None, nonce=None, language=None, now=None) -> LeaderLink:
    """Revoke the group's link and mail a new one to the group's private address."""
    now = now or timezone.now()
    # One request at a time per group: the unique active link stays unique.
    Group.objects.select_for_update().filter(pk=group.pk).values_list("pk").first()
    revoke(group, now)
    link = LeaderLink.objects.create(
        group=group,
        sent_to=group.contact_email,
        created_at=now,
        requested_by=requested_by,
        form_nonce=nonce,
    )
    queue_template(
        "leader_link",
        group.contact_email,
        {
            "group": group,
            "contact_point": group.contact_point,
            "link": url_for(link),
            "by_staff": requested_by is not None,
        },
        reply_to=group.contact_point.email,
        language=language or ("nl" if requested_by else get_language()) or "nl",
        contact_point=group.contact_point,
    )
    return link


def touch(link: LeaderLink, now=None):
    """Remember when the link was last used to change something (shown to staff)."""
    link.last_used_at = now or timezone.now()
    link.save(update_fields=["last_used_at"])
