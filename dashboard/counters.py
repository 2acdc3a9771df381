"""Counting searches without remembering who searched.

``record_search`` is called once per search page by the search view. It adds one to the
month's counter (per language, and per municipality of the place searched for) and, only for
a search that found nothing, to the month's counter of its normalised words. The words are
folded to lower case without accents, cut to 50 characters, and any word with a digit or an
@ is dropped (postcodes, phone numbers, e-mail addresses). No address, user agent, session
or time of day is ever stored.

Each count is an upsert: UPDATE … SET n = n + 1, and an INSERT the first time (a second
process inserting at the same moment makes the first one update instead).

``purge_zero_result_words`` (daily job ``purge_zero_result_words``) deletes word counts 30
days after they were first counted.
"""

import logging
import re
from datetime import timedelta

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
    try:
        with transaction.atomic():
            _record(words, result_count, language, place)
    except DatabaseError:
        logger.exception("Could not count a search")


def _record(words, result_count, language, place):
    today = timezone.localdate()
    month = today.replace(day=1)
    language = (language or "nl")[:8]
    found_nothing = result_count == 0
    _bump(
        SearchMonth,
        {
            "month": month,
            "language": language,
            "municipality_id": getattr(place, "municipality_id", None),
        },
        {},
        searches=1,
        zero_results=1 if found_nothing else 0,
    )
    normalised = normalise_words(words) if found_nothing else ""
    if normalised:
        _bump(
            ZeroResultWords,
            {"month": month, "words": normalised, "language": language},
            {"first_counted": today},
            count=1,
        )


def purge_zero_result_words(today=None) -> int:
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=KEEP_WORDS_DAYS)
    deleted, _ = ZeroResultWords.objects.filter(first_counted__lt=cutoff).delete()
    return deleted
