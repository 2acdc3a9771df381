"""The one client address: what django-axes locks out and the rate limits count."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

# An address that is not one (a broken proxy, a test) is counted as this one, together.
UNKNOWN = "0.0.0.0"  # noqa: S104  (a value to count with, never bound to)


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR, or behind our proxy (BEHIND_PROXY) the address that proxy saw.

    Only the last X-Forwarded-For entry is trusted: our proxy appends it, and anything
    before it is whatever the client chose to send. IPv6 clients are counted per /64 (its
    first address), because one home connection gets a whole /64 to pick addresses from.
    The result is always a valid address: axes stores it in an inet column.
    """
    address = request.META.get("REMOTE_ADDR", "")
    if settings.BEHIND_PROXY:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")[-1].strip()
        if forwarded:
            address = forwarded
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return UNKNOWN
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)
