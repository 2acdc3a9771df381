"""The bench-only query timer: off without BENCH_STATS_DIR, else per-worker totals."""

import os

import pytest
from django.core.exceptions import MiddlewareNotUsed
from django.db import connection
from django.http import HttpResponse

from bench.middleware import parse_stats, query_stats


def test_it_is_off_without_a_stats_directory(monkeypatch):
    monkeypatch.delenv("BENCH_STATS_DIR", raising=False)
    with pytest.raises(MiddlewareNotUsed):
        query_stats(lambda request: HttpResponse())


@pytest.mark.django_db
def test_it_counts_requests_queries_and_database_time(monkeypatch, tmp_path, rf):
    monkeypatch.setenv("BENCH_STATS_DIR", str(tmp_path))

    def view(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(0.01)")
            cursor.execute("SELECT 1")
        return HttpResponse()

    middleware = query_stats(view)
    middleware(rf.get("/"))
    middleware(rf.get("/"))

    requests, queries, nanoseconds = parse_stats((tmp_path / f"{os.getpid()}.stats").read_text())
    assert (requests, queries) == (2, 4)
    assert 0.02 <= nanoseconds / 1e9 < 1
