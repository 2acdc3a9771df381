"""A short real run of the harness: 2,000 groups in the test database, gunicorn with two
workers, wrk for two seconds per page, page cache off. It checks that every figure is measured,
not what the figures are (about 20 s on a quiet machine; deselect with -m "not bench")."""

import json
import shutil
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection

from bench.seed import seed

pytestmark = [
    pytest.mark.bench,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed"),
]


def test_a_short_run_measures_every_figure(tmp_path, capsys):
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = 0")
    assert seed(2000) == 2000
    db = connection.settings_dict
    host = quote(db["HOST"] or "127.0.0.1", safe="")  # a socket directory is percent-encoded
    url = f"postgresql://{db['USER']}@{host}:{db['PORT'] or 5432}/{db['NAME']}"
    saved = tmp_path / "result.json"

    call_command(
        "bench_search",
        "--reuse",
        f"--database-url={url}",
        "--groups=2000",
        "--seconds=2",
        "--rounds=1",
        "--warmup=1",
        "--workers=2",
        "--no-cached",  # the same code with the page cache on; it would double the time
        "--label=smoke",
        f"--save={saved}",
    )

    out = capsys.readouterr().out
    assert "| measure | 2,000 groups, smoke (" in out
    size = json.loads(saved.read_text())["sizes"]["2000"]
    assert list(size["runs"]) == ["uncached"]
    for page in ("page", "floor"):
        figures = size["runs"]["uncached"][page]
        assert figures["requests"] > 0 and figures["errors"] == 0, page
        assert figures["python_cpu_ms"] >= 0 and figures["postgres_cpu_ms"] >= 0
    uncached = size["runs"]["uncached"]
    # /proc counts in clock ticks (10 ms): a few uncached searches are enough to show.
    assert uncached["page"]["python_cpu_ms"] > 0
    assert uncached["floor"]["queries"] == 1
    assert 1 <= uncached["page"]["queries"] <= size["dbtime"]["max_queries"]
    assert uncached["page"]["db_ms"] > 0
    assert len(size["rss_mib"]["uncached"]) == 2 and min(size["rss_mib"]["uncached"]) > 20
