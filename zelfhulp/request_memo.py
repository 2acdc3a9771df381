"""Values read from the shared cache once per request.

A search page asks several times whether the themes changed (the version in Redis): each
ask was a Redis round trip. Within one request the answer is read once; outside a request
(management commands, the scheduler) every ask still reads the cache. Cleared when a request
starts and ends (Django's request_started and request_finished signals), per thread.
"""

import threading

from django.core.signals import request_finished, request_started

_local = threading.local()


def _start(**kwargs):
    _local.values = {}


def _finish(**kwargs):
    _local.values = None


request_started.connect(_start, dispatch_uid="zelfhulp.request_memo.start")
request_finished.connect(_finish, dispatch_uid="zelfhulp.request_memo.finish")


def once_per_request(key, read):
    """read() once per request for this key; outside a request, every time."""
    values = getattr(_local, "values", None)
    if values is None:
        return read()
    if key not in values:
        values[key] = read()
    return values[key]


def forget(key):
    """The next once_per_request(key) in this request reads again (after a change)."""
    values = getattr(_local, "values", None)
    if values is not None:
        values.pop(key, None)
