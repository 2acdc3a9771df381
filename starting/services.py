"""Starting a group: the resident's request, clusters of interest, invitations and
connecting two fellow sufferers. Each is one function in one transaction; mail goes to the
outbox in the same transaction and leaves after the commit (outbox, run_scheduler)."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from contactpoints.geo import Point, haversine_km
from starting import emails
from starting.models import ClusterInvitation, PeerConnection
from submissions.models import Interest

DISTANCES = [5, 10, 15, 25, 50]
DEFAULT_KM = 15


def save_start_request(form, language="nl"):
    with transaction.atomic():
        request = form.save()
        emails.start_request_to_staff(request)
        emails.start_request_received(request, language)
    return request


# Clusters


@dataclass
class Cluster:
    theme: object
    interests: list = field(default_factory=list)

    @property
    def size(self):
        return len(self.interests)

    @property
    def invitable(self):
        return [i for i in self.interests if may_be_invited(i)]

    @property
    def places(self):
        return sorted({i.place for i in self.interests})

    @property
    def ids(self):
        return sorted(i.pk for i in self.interests)


def may_be_invited(interest) -> bool:
    """Only who ticked 'nodig mij uit' and left an address, and was not invited yet."""
    return bool(interest.may_invite and interest.email and interest.invited_at is None)


def clusters(interests, km, minimum):
    """Interests on the same theme whose places lie within km of each other (a chain of
    neighbours counts: single linkage), with at least `minimum` people; largest first."""
    by_theme = {}
    for interest in interests:
        if interest.theme_id:
            by_theme.setdefault(interest.theme_id, []).append(interest)
    found = []
    for rows in by_theme.values():
        parent = list(range(len(rows)))

        def root(i, parent=parent):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        points = [Point(r.latitude, r.longitude) for r in rows]
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                if haversine_km(points[i], points[j]) <= km:
                    parent[root(i)] = root(j)
        groups = {}
        for i, row in enumerate(rows):
            groups.setdefault(root(i), []).append(row)
        for members in groups.values():
            if len(members) >= minimum:
                found.append(Cluster(theme=members[0].theme, interests=members))
    found.sort(key=lambda c: (-c.size, c.theme.name))
    return found


def invite_cluster(interests, activity, contact_point, user):
    """Invite the people of a cluster who agreed to it to a kennismaking; everyone else is
    left alone. Returns the ClusterInvitation (the log)."""
    with transaction.atomic():
        rows = list(Interest.objects.select_for_update().filter(pk__in=[i.pk for i in interests]))
        invited = [i for i in rows if may_be_invited(i)]
        log = ClusterInvitation.objects.create(
            contact_point=contact_point,
            theme=rows[0].theme,
            activity=activity,
            invited=len(invited),
            not_invited=len(rows) - len(invited),
            sent_by=user,
        )
        log.interests.set(invited)
        now = timezone.now()
        for interest in invited:
            emails.cluster_invitation(interest, activity, contact_point)
            interest.invited_at = now
            interest.save(update_fields=["invited_at"])
    return log


# Fellow sufferers (NAKOS: "Betroffene vermitteln")


class NotConsenting(Exception):
    pass


def can_connect(first, second) -> bool:
    return first.pk != second.pk and all(
        i.peer_contact and i.email and i.peer_contact_detail for i in (first, second)
    )


def connect_peers(first, second, contact_point, user):
    """Each of two consenting people gets the other's chosen name and contact detail, by
    mail; logged. Refused unless both said yes."""
    with transaction.atomic():
        first, second = (
            Interest.objects.select_for_update().get(pk=first.pk),
            Interest.objects.select_for_update().get(pk=second.pk),
        )
        if not can_connect(first, second):
            raise NotConsenting
        emails.peer_connection(first, second, contact_point)
        emails.peer_connection(second, first, contact_point)
        return PeerConnection.objects.create(
            contact_point=contact_point,
            first=first,
            second=second,
            theme=first.theme or second.theme,
            connected_by=user,
        )
