"""Counting searches without remembering who searched.

``record_search`` is called once per search page by the search view. It adds one to the
month's counter (per language, and per municipality of the place searched for) and, only for
a search that found nothing, to the month's counter of its normalised words. The words are
folded to lower case without accents, cut to 50 characters, and any word with a digit or an
@ is dropped (postcodes, phone numbers, e-mail addresses). No address, user agent, session
or time of day is ever stored.

With Redis as the shared cache (REDIS_URL), a search only adds one to a field of a Redis
hash (one round trip, no database statement), and ``flush_search_counts`` (the job
``flush_search_counts``, run by the scheduler every few minutes, and by the dashboard before
it reads the figures) moves the counts into the database. Without Redis each search writes
its count straight away. Either way each count reaches the database as an upsert:
UPDATE … SET n = n + 1, and an INSERT the first time (a second process inserting at the
same moment makes the first one update instead).

``purge_zero_result_words`` (daily job ``purge_zero_result_words``) deletes word counts 30
days after they were first counted.
"""

import logging
import re
from datetime import date, timedelta

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from contactpoints.text import fold
from dashboard.models import SearchMonth, ZeroResultWords

logger = logging.getLogger(__name__)
MAX_WORDS_LENGTH = 50
KEEP_WORDS_DAYS = 30
SHOW_FROM = 5
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def normalise_words(text: str) -> str:
    kept = [c for c in (text or "").split() if "@" not in c and not any(ch.isdigit() for ch in c)]
    words = _TOKEN.findall(fold(" ".join(kept)))
    return " ".join(words)[:MAX_WORDS_LENGTH].strip()


def _bump(model, keys: dict, defaults: dict, **increments):
    changes = {field: F(field) + n for field, n in increments.items()}
    if model.objects.filter(**keys).update(**changes):
        return
    try:
        with transaction.atomic():
            model.objects.create(**keys, **defaults, **increments)
    except IntegrityError:
        model.objects.filter(**keys).update(**changes)


def record_search(words: str, result_count: int, language: str, place=None, page: int = 1):
    """Count one search (the first page only: paging on is the same search). place is the
    contactpoints.geo.Point searched near, if any. A failed count is logged and forgotten:
    counting must never cost a resident their search results."""
    if page != 1:
        return
    found_nothing = result_count == 0
    field = _field(
        timezone.localdate(),
        (language or "nl")[:8],
        getattr(place, "municipality_id", None),
        found_nothing,
        normalise_words(words) if found_nothing else "",
    )
    redis = _redis()
    if redis is not None:
        try:
            redis.hincrby(_pending_key(), field, 1)
            return
        except Exception:  # noqa: BLE001 - Redis away: count in the database instead
            logger.warning("Could not count a search in Redis; counting it in the database")
    try:
        with transaction.atomic():
            _record(field, 1)
    except DatabaseError:
        logger.exception("Could not count a search")


def flush_search_counts() -> int:
    """Move the counts waiting in Redis into the database; the number of searches moved.
    The hash is renamed first, so searches counted meanwhile wait for the next flush; if the
    database refuses, the counts go back to wait."""
    redis = _redis()
    if redis is None:
        return 0
    key = _pending_key()
    flushing = f"{key}:flushing"
    if not redis.exists(flushing):  # else a flush that failed halfway: finish it first
        try:
            redis.rename(key, flushing)
        except Exception:  # noqa: BLE001 - nothing counted since the last flush
            return 0
    pending = {f.decode(): int(n) for f, n in redis.hgetall(flushing).items()}
    try:
        with transaction.atomic():
            for field, n in pending.items():
                _record(field, n)
    except DatabaseError:
        logger.exception("Could not write the search counts; they wait for the next flush")
        return 0
    redis.delete(flushing)
    return sum(pending.values())


def _redis():
    """The Redis client behind the shared cache, or None without Redis (REDIS_URL unset)."""
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    if not isinstance(backend, RedisCache):
        return None
    return backend._cache.get_client(write=True)


def _pending_key():
    from django.core.cache import cache

    return cache.make_key("dashboard:search-counts")


# A count's field in the Redis hash: what the database rows are keyed on, "|"-separated
# (normalised words hold no "|"). The month, never the time of a search; the day only for
# zero-result words (their first_counted).
def _field(today, language, municipality_id, found_nothing, words):
    municipality = "" if municipality_id is None else str(municipality_id)
    day = today if words else today.replace(day=1)
    return "|".join([day.isoformat(), language, municipality, "1" if found_nothing else "0", words])


def _record(field, n):
    day, language, municipality, nothing, words = field.split("|", 4)
    today = date.fromisoformat(day)
    month = today.replace(day=1)
    found_nothing = nothing == "1"
    _bump(
        SearchMonth,
        {
            "month": month,
            "language": language,
            "municipality_id": int(municipality) if municipality else None,
        },
        {},
        searches=n,
        zero_results=n if found_nothing else 0,
    )
    if words:
        _bump(
            ZeroResultWords,
            {"month": month, "words": words, "language": language},
            {"first_counted": today},
            count=n,
        )


def purge_zero_result_words(today=None) -> int:
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=KEEP_WORDS_DAYS)
    deleted, _ = ZeroResultWords.objects.filter(first_counted__lt=cutoff).delete()
    return deleted
