"""Short codes for referral links: six characters a patient can type from a card.

Crockford's base-32 alphabet leaves out I, L, O and U, so nothing on the card can be read
two ways; what people type anyway (o for 0, i or l for 1, lower case, a dash) is mended
before the look-up. 32^6 is about a billion codes, so the first try almost always fits.
"""

import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from groups.models import Group
from referrals.models import ShortLink

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 6
CODE_PATTERN = r"[0-9A-Za-z-]{4,12}"
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None})


def candidate(external_id, attempt=0) -> str:
    """The code for a group: derived from its external id, so a rebuilt database (or another
    instance of the site) gives the same group the same code."""
    digest = hashlib.sha256(f"{external_id}:{attempt}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _position in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def normalise(typed: str) -> str:
    return typed.upper().translate(_TYPED)


def short_link_for(group: Group) -> ShortLink:
    """The group's ShortLink, made now if it has none yet. Called when a group is published
    (referrals.signals) and by bulk loads that skip signals (give_short_links)."""
    try:
        return group.short_link
    except ShortLink.DoesNotExist:
        pass
    for attempt in range(20):
        try:
            with transaction.atomic():
                link = ShortLink.objects.create(
                    group=group, code=candidate(group.external_id, attempt)
                )
        except IntegrityError:
            # Either another request made this group's link just now, or the code belongs
            # to another group: take the first, try the next candidate for the second.
            existing = ShortLink.objects.filter(group=group).first()
            if existing:
                link = existing
            else:
                continue
        group.short_link = link
        return link
    raise RuntimeError(f"no free short code for group {group.pk}")


def give_short_links(groups: QuerySet[Group]) -> int:
    """Short links for the published groups among these that have none yet."""
    missing = groups.filter(status=Group.Status.PUBLISHED, short_link__isnull=True)
    made = 0
    for group in missing.iterator():
        short_link_for(group)
        made += 1
    return made


def short_url(code: str) -> str:
    """The full short link, as printed and as encoded in the QR code."""
    return f"{settings.SITE_URL}/g/{code}"


def typeable(code: str) -> str:
    """The short link without http(s)://, as a patient would type it."""
    return short_url(code).split("://", 1)[1]
