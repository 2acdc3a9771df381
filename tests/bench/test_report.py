"""The figures the harness prints: sums per request and the README's Markdown table."""

from bench import report


def run(requests, seconds, p95_us, workers, backends, served=None, queries=0, db=0.0):
    return {
        "requests": requests,
        "seconds": seconds,
        "error_count": 0,
        "p50_us": p95_us / 2,
        "p95_us": p95_us,
        "p99_us": p95_us * 2,
        "workers": workers,
        "backends": backends,
        "wrk_cpu": 0.1,
        "served": requests if served is None else served,
        "queries": queries,
        "db_seconds": db,
        "machine_busy": 15.0,
        "machine": 20.0,
    }


def test_it_sums_runs_into_rates_and_cpu_per_request():
    summary = report.summarise(
        [
            run(1000, 10, 50_000, 8.0, 4.0, queries=4000, db=5.0),
            run(1000, 10, 70_000, 8.0, 4.0, queries=4000, db=5.0),
            run(1000, 10, 60_000, 8.0, 4.0, queries=4000, db=5.0),
        ]
    )
    assert summary["rps"] == 100
    assert summary["p95_ms"] == 60  # the median run's
    assert summary["python_cpu_ms"] == 8
    assert summary["postgres_cpu_ms"] == 4
    assert summary["db_ms"] == 5
    assert summary["queries"] == 4
    assert summary["machine_busy_pct"] == 75
    assert round(summary["others_pct"], 1) == round(100 * (15 - 8 - 4 - 0.1) / 20, 1)


def result(label, page_rps, floor_rps, sizes=("10000", "100000")):
    def server():
        return {
            # 20 + 13 ms of CPU per search, 1 + 0.5 ms per floor request.
            "page": report.summarise(
                [run(page_rps * 10, 10, 150_000, page_rps * 0.2, page_rps * 0.13)]
            ),
            "floor": report.summarise(
                [run(floor_rps * 10, 10, 13_000, floor_rps * 0.01, floor_rps * 0.005)]
            ),
        }

    return {
        "label": label,
        "date": "2026-12-02",
        "machine": {"cores": 2, "cpu": "AMD EPYC", "ram_gib": 24},
        "connections": 10,
        "seconds": 10,
        "rounds": 3,
        "workers": 5,
        "mix_size": 18,
        "sizes": {
            size: {
                "seed_seconds": 12.4,
                "runs": {"uncached": server(), "cached": server()},
                "rss_mib": {"uncached": [80, 82, 90, 81, 80], "cached": [70, 71, 72, 70, 70]},
                "dbtime": {"max_queries": 5, "max_search_db_ms": 12.3, "slowest_search": "/x"},
            }
            for size in sizes
        },
    }


def test_the_table_puts_todays_and_the_new_figures_side_by_side_per_size():
    table = report.markdown_table(result("new", 300, 1200), previous=result("today", 86, 1148))
    lines = table.splitlines()
    header = lines[0]
    assert header.index("10,000 groups, today") < header.index("10,000 groups, new")
    assert header.index("10,000 groups, new") < header.index("100,000 groups, today")
    assert all(line.count("|") == header.count("|") for line in lines)
    ratios = next(line for line in lines if line.startswith("| page ÷ floor: requests/s"))
    # 1148/86 and 1200/300; CPU per request (20 + 13) / (1 + 0.5) in both.
    assert "13.3× (CPU per request 22.0×)" in ratios and "4.0× (CPU" in ratios
    assert "| `/zoeken/`, uncached | 86 requests/s, p50 75 ms, p95 150 ms" in table
    assert "uncached: 90 MiB (of 5 workers, mean 83); cached: 72 MiB" in table
    assert "12 s" in table


def test_the_table_leaves_out_what_was_not_measured():
    new = result("new", 300, 1200, sizes=("2000",))
    del new["sizes"]["2000"]["runs"]["cached"]
    new["sizes"]["2000"]["rss_mib"] = [80, 84]  # the first saved results: one server's
    table = report.markdown_table(new)
    assert "| 84 MiB (of 2 workers, mean 82) |" in table
    assert "page cache" not in table
    assert "2,000 groups, new (2026-12-02)" in table
    assert "AMD EPYC" in report.describe(new)
