"""Rate limits for the public forms, counted on the shared cache.

The counts live in Django's cache: Redis in production, so every web process sees the same
numbers. Each limit is a fixed window (one hour, one day) counted with cache.add + cache.incr,
which Redis does atomically. Client addresses (zelfhulp.client) are hashed before they
become cache keys.
"""

import hashlib
import math
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from zelfhulp.client import client_address


@dataclass(frozen=True)
class Limit:
    name: str
    count: int
    seconds: int


# Messages to groups. One internet address can be a whole GP practice, library or care
# home where several people write from the same connection, so that limit is generous;
# what stops a flood is the limit per group and per sender (email address or phone).
RELAY_PER_ADDRESS = Limit("relay-address", 30, 60 * 60)
RELAY_PER_GROUP = Limit("relay-group", 20, 24 * 60 * 60)
RELAY_PER_SENDER = Limit("relay-sender", 10, 24 * 60 * 60)
SUBMIT_PER_ADDRESS = Limit("submit-address", 10, 60 * 60)
INTEREST_PER_ADDRESS = Limit("interest-address", 10, 60 * 60)
GROUP_START_PER_ADDRESS = Limit("group-start-address", 5, 60 * 60)
ROOM_REQUEST_PER_ADDRESS = Limit("room-request-address", 5, 60 * 60)
# "Ik beheer deze groep": the link goes to the group's own address only, so the limits keep
# a prankster from filling that inbox (per group) or from walking every group (per address).
LEADER_LINK_PER_ADDRESS = Limit("leader-link-address", 10, 60 * 60)
LEADER_LINK_PER_GROUP = Limit("leader-link-group", 3, 24 * 60 * 60)


def _key(limit: Limit, ident: str, now: float) -> tuple[str, int]:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{ident}".encode()).hexdigest()[:32]
    window = int(now // limit.seconds)
    retry_after = math.ceil((window + 1) * limit.seconds - now)
    return f"ratelimit:{limit.name}:{digest}:{window}", max(retry_after, 1)


def exceeded(limit: Limit, ident: str) -> int | None:
    """Seconds until the window ends if the limit is already used up, else None."""
    key, retry_after = _key(limit, str(ident), time.time())
    return retry_after if (cache.get(key) or 0) >= limit.count else None


def hit(limit: Limit, ident: str) -> int | None:
    """Count one use. Returns seconds to wait if this use is over the limit, else None."""
    key, retry_after = _key(limit, str(ident), time.time())
    # add() only creates the counter when absent; incr() is atomic on Redis and locmem.
    cache.add(key, 0, timeout=retry_after + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the counter expired between add() and incr()
        cache.add(key, 1, timeout=retry_after + 1)
        count = 1
    return retry_after if count > limit.count else None


def check(*limits: tuple[Limit, str]) -> int | None:
    """The longest wait among the given (limit, ident) pairs that are used up, else None."""
    waits = [w for limit, ident in limits if (w := exceeded(limit, ident))]
    return max(waits) if waits else None


def hit_all(*limits: tuple[Limit, str]) -> int | None:
    waits = [w for limit, ident in limits if (w := hit(limit, ident))]
    return max(waits) if waits else None


# Check every limit and, when none is used up, count one use of each: one round trip to
# Redis (a script runs atomically there), where check() and hit_all() take one per call.
_CHECK_AND_HIT = """
local over = {}
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[2 * i - 1]) then
    table.insert(over, i)
  end
end
if #over == 0 then
  for i, key in ipairs(KEYS) do
    if redis.call('INCR', key) == 1 then redis.call('EXPIRE', key, ARGV[2 * i]) end
  end
end
return over
"""


def check_and_hit(*limits: tuple[Limit, str]) -> int | None:
    """check(), then hit_all() if nothing is used up: the longest wait, else None."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    if not isinstance(backend, RedisCache):
        return check(*limits) or hit_all(*limits)
    now = time.time()
    keys, args, waits = [], [], []
    for limit, ident in limits:
        key, retry_after = _key(limit, str(ident), now)
        keys.append(backend.make_and_validate_key(key))
        args += [limit.count, retry_after + 1]
        waits.append(retry_after)
    over = backend._cache.get_client(write=True).eval(_CHECK_AND_HIT, len(keys), *keys, *args)
    return max(waits[i - 1] for i in over) if over else None


# Search pages (/zoeken/ and the referrers' search). Generous: a person, or a library or a
# GP practice behind one address, never meets them; one client asking thousands of
# searches does (3,000 in 52 seconds were answered before). 2,500 an hour is Open Forms'
# rate for anonymous clients; the minute limit stops a burst long before the hour's is used.
# The counts are settings (SEARCH_LIMIT_PER_MINUTE, SEARCH_LIMIT_PER_HOUR); 0 switches a
# limit off, which only a load test on loopback (manage.py bench_search) should do.
SEARCH_PER_MINUTE = Limit("search-minute", 120, 60)
SEARCH_PER_HOUR = Limit("search-hour", 2500, 60 * 60)


def search_limits(address: str) -> list[tuple[Limit, str]]:
    minute = Limit(SEARCH_PER_MINUTE.name, settings.SEARCH_LIMIT_PER_MINUTE, 60)
    hour = Limit(SEARCH_PER_HOUR.name, settings.SEARCH_LIMIT_PER_HOUR, 60 * 60)
    return [(limit, address) for limit in (minute, hour) if limit.count]


def limit_searches(view):
    """Count every request for a search page per client (IPv6 per /64), before the page
    cache: a page served from the cache counts too, so a client cannot dodge the limit by
    repeating one URL, and a 429 never reaches the cache. Only served pages are counted,
    so a client that keeps knocking while refused is let in again when the window ends."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        limits = search_limits(client_address(request))
        wait = limits and check_and_hit(*limits)
        if wait:
            response = render(
                request,
                "search_rate_limited.html",
                {"minutes": max(1, math.ceil(wait / 60))},
                status=429,
            )
            response["Retry-After"] = str(wait)
            add_never_cache_headers(response)
            return response
        return view(request, *args, **kwargs)

    return wrapper
