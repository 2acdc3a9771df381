"""What the staff home page shows from this app (settings.STAFF_ATTENTION_PROVIDERS)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from contactpoints.permissions import scope_to_contact_point
from peers.models import Peer, PeerQuestion


def staff_attention(user):
    changelist = reverse("admin:peers_peerquestion_changelist")
    return [
        (
            _("vragen aan ervaringsdelers zijn niet bevestigd"),
            scope_to_contact_point(PeerQuestion.objects.escalated(), user).count(),
            changelist + "?onbevestigd=ja",
        ),
        (
            _("vragen aan ervaringsdelers bevatten crisiswoorden"),
            scope_to_contact_point(PeerQuestion.objects.flagged(), user).count(),
            changelist + "?crisis=ja",
        ),
        (
            _("ervaringsdelers wachten op goedkeuring"),
            scope_to_contact_point(Peer.objects.filter(status=Peer.Status.INTAKE), user).count(),
            reverse("admin:peers_peer_changelist") + "?status__exact=intake",
        ),
    ]
