"""What needs staff attention on the staff home (settings.STAFF_ATTENTION_PROVIDERS)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from contactpoints.permissions import scope_to_contact_point
from groups.models import Group, VerificationRequest
from groups.verification import freshness


def staff_attention(user):
    groups = scope_to_contact_point(Group.objects.all(), user)
    group_list = reverse("admin:groups_group_changelist")
    requests = scope_to_contact_point(
        VerificationRequest.objects.all(), user, "group__contact_point"
    )
    return [
        (
            _("groepen te lang niet gecontroleerd (ouder dan een jaar)"),
            freshness.due(groups).count(),
            f"{group_list}?controle=due",
        ),
        (
            _("groepen zonder antwoord op de controlevraag na 6 weken"),
            freshness.unconfirmed(groups).count(),
            f"{group_list}?controle=unconfirmed",
        ),
        (
            _("groepen gevraagd en herinnerd zonder antwoord: bel ze voor ze gepauzeerd worden"),
            freshness.to_pause(groups).count(),
            f"{group_list}?controle=to_pause",
        ),
        (
            _("groepen automatisch gepauzeerd"),
            freshness.auto_paused(groups).count(),
            f"{group_list}?controle=auto_paused",
        ),
        (
            _("groepen die melden dat ze stoppen"),
            freshness.stopping(groups).count(),
            f"{group_list}?controle=stopping",
        ),
        (
            _("wijzigingen van groepen om te beoordelen"),
            requests.awaiting_review().count(),
            reverse("admin:groups_verificationrequest_changelist") + "?review__exact=pending",
        ),
        (
            _("groepen zonder bijeenkomsten"),
            freshness.without_schedule(groups).count(),
            f"{group_list}?ontbreekt=schedule",
        ),
        (
            _("groepen op locatie zonder locatie"),
            freshness.without_venue(groups).count(),
            f"{group_list}?ontbreekt=venue",
        ),
    ]
