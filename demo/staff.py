"""Demo staff accounts: one per contact point plus a coordinator, all with the same
documented password and TOTP secret, so anyone trying the demo can log in to /beheer/.

Never in production: load_demo_staff refuses unless settings.DEMO_MODE is on."""

import base64

from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from contactpoints.models import ContactPoint, StaffMembership

PASSWORD = "demo-beheer-2026"
# Base32, as authenticator apps take it ("JBSWY3DPEHPK3PXP" is the RFC 4226 test secret
# "Hello!\xde\xad\xbe\xef"); the same secret for every demo account.
TOTP_SECRET = "JBSWY3DPEHPK3PXP"
COORDINATOR = "coordinator"


def username_for(contact_point):
    return "medewerker-" + contact_point.slug.removeprefix("zelfhulpcontactpunt-")


def key_hex():
    return base64.b32decode(TOTP_SECRET).hex()


def current_code():
    return f"{totp(base64.b32decode(TOTP_SECRET)):06d}"


def _account(username, email, contact_point=None, coordinator=False):
    user, _created = get_user_model().objects.update_or_create(
        username=username, defaults={"email": email, "is_staff": True, "is_active": True}
    )
    user.set_password(PASSWORD)
    user.save()
    StaffMembership.objects.update_or_create(
        user=user, defaults={"contact_point": contact_point, "is_coordinator": coordinator}
    )
    TOTPDevice.objects.filter(user=user).exclude(name="default").delete()
    TOTPDevice.objects.update_or_create(
        user=user, name="default", defaults={"key": key_hex(), "confirmed": True}
    )
    return user


def load():
    accounts = [
        _account(username_for(cp), f"{username_for(cp)}@example.org", contact_point=cp)
        for cp in ContactPoint.objects.order_by("slug")
    ]
    accounts.append(_account(COORDINATOR, "coordinator@example.org", coordinator=True))
    return accounts
