"""HSDS identifiers for rows that have no UUID of their own.

HSDS wants a UUID on every object. A group has one (``Group.external_id``); venues, themes,
schedules and the rest have integer keys. Rather than store a UUID beside each of them, the
key is packed into a version-8 UUID (RFC 9562: "custom"), which can be read back when a
client asks for ``/service_at_locations/{id}``. The first 48 bits say it is ours and which
kind of object it is, the last 62 bits hold up to two 31-bit keys (PostgreSQL ``integer``).
"""

import uuid

TAG = 0x7A686B00  # "zhk" + 0: Zelfhulpkaart

ORGANIZATION_CONTACT_POINT = 1
ORGANIZATION_NAMED = 2
TAXONOMY = 3
TERM_THEME = 4
TERM_ICPC = 5
LOCATION = 6
SERVICE_AT_LOCATION = 7
SCHEDULE = 8
PHONE = 9
LANGUAGE = 10
COST_OPTION = 11
ATTRIBUTE = 12
ADDRESS = 13
ACCESSIBILITY = 14

TAXONOMY_THEMES = 1
TAXONOMY_ICPC = 2

_KEY = (1 << 31) - 1


def make(kind: int, a: int, b: int = 0) -> str:
    if not (0 <= a <= _KEY and 0 <= b <= _KEY):
        raise ValueError("key out of range")
    head = (TAG << 16) | kind
    return str(uuid.UUID(int=(head << 80) | (0x8 << 76) | (0b10 << 62) | (a << 31) | b))


def parse(text, kind: int) -> tuple[int, int] | None:
    """(a, b) when text is one of our ids of this kind, else None."""
    try:
        n = uuid.UUID(str(text)).int
    except ValueError:
        return None
    if n >> 80 != (TAG << 16) | kind or (n >> 62) & ((1 << 18) - 1) != (0x8 << 14) | 0b10:
        return None
    return (n >> 31) & _KEY, n & _KEY


def icpc_number(code: str) -> int:
    """P76 -> 1576: a letter and two digits as one key."""
    return (ord(code[0]) - ord("A")) * 100 + int(code[1:])


def icpc_code(number: int) -> str | None:
    letter, digits = divmod(number, 100)
    if not 0 <= letter < 26:
        return None
    return f"{chr(ord('A') + letter)}{digits:02d}"
