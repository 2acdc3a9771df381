"""Staff actions on a group's leader link, added to the group list in the workspace
(groups.admin.GroupAdmin.actions): send a new link (the old one stops working), or revoke."""

from django.contrib import admin, messages
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from groups.leaders import links


@admin.action(
    description=_("Nieuwe beheerlink sturen (de oude werkt dan niet meer)"), permissions=["change"]
)
def send_leader_link(modeladmin, request, queryset):
    n = 0
    for group in queryset.select_related("contact_point"):
        with transaction.atomic():
            links.send(group, requested_by=request.user)
        n += 1
    modeladmin.message_user(
        request,
        gettext("Nieuwe beheerlink verstuurd naar %(n)s groep(en).") % {"n": n},
        messages.SUCCESS,
    )


@admin.action(description=_("Beheerlink intrekken"), permissions=["change"])
def revoke_leader_link(modeladmin, request, queryset):
    n = sum(1 for group in queryset if links.revoke(group))
    modeladmin.message_user(
        request,
        gettext("Beheerlink ingetrokken van %(n)s groep(en).") % {"n": n},
        messages.SUCCESS,
    )


def link_status(group) -> str:
    """The group's leader link in one line, for the group's page in the workspace."""
    if group is None or group.pk is None:
        return "—"
    link = group.leader_links.first()
    if link is None:
        return gettext("Nooit aangevraagd.")
    words = gettext("Verstuurd op %(date)s naar %(to)s") % {
        "date": date_format(timezone.localtime(link.created_at), "j F Y H:i"),
        "to": link.sent_to,
    }
    if link.requested_by_id:
        words += gettext(" door %(name)s") % {"name": link.requested_by}
    if link.revoked_at:
        words += "; " + gettext("ingetrokken op %(date)s") % {
            "date": date_format(timezone.localtime(link.revoked_at), "j F Y H:i")
        }
    elif link.last_used_at:
        words += "; " + gettext("laatst gebruikt op %(date)s") % {
            "date": date_format(timezone.localtime(link.last_used_at), "j F Y H:i")
        }
    return words + "."
