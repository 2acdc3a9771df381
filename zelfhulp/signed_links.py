"""Every kind of signed link we email, each with its salt and how long it stays valid.

A link carries one signed id and needs no account. Opening it changes nothing (mail
scanners open links too); the page behind it has a button, and only the POST acts.
Changing a salt breaks every link already sent: add a kind, never rename one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from django.core import signing
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import render


@dataclass(frozen=True)
class SignedLink:
    salt: str
    max_age: timedelta | None  # None: valid until the row behind it is revoked

    def make(self, pk: int) -> str:
        return signing.dumps(pk, salt=self.salt)

    def read(self, token: str) -> int:
        """The id behind a link; raises signing.BadSignature, also when it has expired."""
        return signing.loads(token, salt=self.salt, max_age=self.max_age)


# "Klopt de informatie over uw groep nog?" (groups.verification): confirm, change or stop.
VERIFICATION = SignedLink("groups.verification", timedelta(days=30))
# "Ik heb gereageerd" in a relayed message (submissions): the group answered the resident.
RELAY_RESPONDED = SignedLink("submissions.relay-responded", timedelta(days=90))
# "Afmelden" in an activity confirmation (activities): cancel a registration.
ACTIVITY_CANCEL = SignedLink("activities.cancel", timedelta(days=400))
# A group leader's own link (groups.leaders): standing, until a newer one revokes it.
LEADER = SignedLink("groups.leader", None)


def opens(
    link: SignedLink,
    load: Callable[[int], object],
    invalid_template: str,
    invalid_context: dict | None = None,
):
    """A view decorator: the view gets the object behind the link's token, or the visitor
    gets the invalid-link page (404) when the link is forged, expired or its row is gone.
    ``load(pk)`` returns the object or raises the model's DoesNotExist."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, token, *args, **kwargs):
            try:
                obj = load(link.read(token))
            except (signing.BadSignature, ObjectDoesNotExist):
                return render(request, invalid_template, invalid_context or {}, status=404)
            return view(request, obj, token, *args, **kwargs)

        return wrapper

    return decorator
