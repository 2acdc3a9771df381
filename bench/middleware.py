"""Per-worker query counts and database time, for the benchmark only (bench.settings).

Every query of a request runs through a `connection.execute_wrapper` that counts it and
times it (wall time in this process: the statement plus its round trip). After each
request the worker's running totals go to BENCH_STATS_DIR/<pid>.stats with one pwrite
(fixed width, overwritten in place), which the harness reads before and after a run."""

import os
import time

from django.core.exceptions import MiddlewareNotUsed
from django.db import connection

LINE = b"%20d %20d %20d\n"


def parse_stats(text):
    """(requests, queries, database nanoseconds) from one stats file's text."""
    requests, queries, nanoseconds = (int(part) for part in text.split())
    return requests, queries, nanoseconds


def query_stats(get_response):
    directory = os.environ.get("BENCH_STATS_DIR")
    if not directory:
        raise MiddlewareNotUsed
    totals = [0, 0, 0]  # requests, queries, database nanoseconds
    opened = {}  # pid -> file descriptor

    def timed(execute, sql, params, many, context):
        started = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            totals[1] += 1
            totals[2] += time.perf_counter_ns() - started

    def middleware(request):
        with connection.execute_wrapper(timed):
            response = get_response(request)
        totals[0] += 1
        pid = os.getpid()
        if pid not in opened:
            opened.clear()
            path = os.path.join(directory, f"{pid}.stats")
            opened[pid] = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
        os.pwrite(opened[pid], LINE % tuple(totals), 0)
        return response

    return middleware
