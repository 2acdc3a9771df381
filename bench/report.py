"""Sum up the runs and print them as a Markdown table for the README, today's figures
(a saved earlier result) beside the new ones."""

import statistics


def summarise(runs):
    """One figure per measure from the alternating runs of one page on one server: rates
    over all runs together, latency percentiles as the median of the runs', CPU and
    database time per request from the /proc and query-timer deltas."""
    requests = sum(r["requests"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    # CPU is divided by the requests the workers answered in the run, which includes those
    # still open when wrk stopped (wrk does not count them; the harness waits for them).
    served = sum(r["served"] for r in runs) or 1

    def per_request_ms(key, count=served):
        return 1000 * sum(r[key] for r in runs) / count

    def median_ms(key):
        return statistics.median(r[key] for r in runs) / 1000

    machine = sum(r["machine"] for r in runs) or 1
    return {
        "runs": len(runs),
        "requests": requests,
        "rps": requests / seconds if seconds else 0.0,
        "errors": sum(r["error_count"] for r in runs),
        "p50_ms": median_ms("p50_us"),
        "p95_ms": median_ms("p95_us"),
        "p99_ms": median_ms("p99_us"),
        "python_cpu_ms": per_request_ms("workers"),
        "postgres_cpu_ms": per_request_ms("backends"),
        "wrk_cpu_ms": per_request_ms("wrk_cpu", requests or 1),
        "db_ms": 1000 * sum(r["db_seconds"] for r in runs) / served,
        "queries": sum(r["queries"] for r in runs) / served,
        "machine_busy_pct": 100 * sum(r["machine_busy"] for r in runs) / machine,
        # What other processes took meanwhile: noise in every absolute figure.
        "others_pct": 100
        * sum(r["machine_busy"] - r["workers"] - r["backends"] - r["wrk_cpu"] for r in runs)
        / machine,
    }


def _n(value, digits=0):
    return f"{value:,.{digits}f}"


def _cells(size):
    """The Markdown cells of one result for one database size: {measure: text}."""
    cells = {"seeding": f"{_n(size['seed_seconds'])} s" if size.get("seed_seconds") else "-"}
    for server in ("uncached", "cached"):
        runs = size.get("runs", {}).get(server)
        if not runs:
            continue
        page, floor = runs["page"], runs["floor"]
        ratio = floor["rps"] / page["rps"] if page["rps"] else float("inf")
        cells[f"{server} page"] = (
            f"{_n(page['rps'])} requests/s, p50 {_n(page['p50_ms'])} ms, "
            f"p95 {_n(page['p95_ms'])} ms, p99 {_n(page['p99_ms'])} ms, "
            f"{_n(page['errors'])} errors"
        )
        cells[f"{server} floor"] = f"{_n(floor['rps'])} requests/s, p95 {_n(floor['p95_ms'])} ms"
        page_cpu = page["python_cpu_ms"] + page["postgres_cpu_ms"]
        floor_cpu = floor["python_cpu_ms"] + floor["postgres_cpu_ms"]
        cpu_ratio = page_cpu / floor_cpu if floor_cpu else float("inf")
        cells[f"{server} ratio"] = f"{ratio:.1f}× (CPU per request {cpu_ratio:.1f}×)"
        cells[f"{server} cpu"] = (
            f"Python {_n(page['python_cpu_ms'], 1)} ms + PostgreSQL "
            f"{_n(page['postgres_cpu_ms'], 1)} ms (database time {_n(page['db_ms'], 1)} ms, "
            f"{_n(page['queries'], 1)} queries)"
        )
        cells[f"{server} floor cpu"] = (
            f"Python {_n(floor['python_cpu_ms'], 1)} ms + PostgreSQL "
            f"{_n(floor['postgres_cpu_ms'], 1)} ms"
        )
        cells[f"{server} machine"] = (
            f"{_n(page['machine_busy_pct'])} % busy, other processes "
            f"{_n(page['others_pct'])} %; wrk {_n(page['wrk_cpu_ms'], 2)} ms/request"
        )
    rss = size.get("rss_mib")
    if isinstance(rss, list):  # one server's, as the first results saved have it
        rss = {"": rss}
    if rss:
        cells["rss"] = "; ".join(
            f"{server + ': ' if server else ''}{_n(max(sizes))} MiB "
            f"(of {len(sizes)} workers, mean {_n(statistics.mean(sizes))})"
            for server, sizes in rss.items()
            if sizes
        )
    dbtime = size.get("dbtime")
    if dbtime:
        cells["queries"] = (
            f"{dbtime['max_queries']} at most; worst database time "
            f"{_n(dbtime['max_search_db_ms'], 1)} ms (`{dbtime['slowest_search']}`)"
        )
    return cells


ROWS = [
    ("seeding", "seeding the groups", ""),
    ("uncached page", "`/zoeken/`, uncached", "≥ 300 requests/s, p95 ≤ 60 ms"),
    ("uncached floor", "the floor (same server)", ""),
    ("uncached ratio", "page ÷ floor: requests/s of the floor over the page's", ""),
    ("uncached cpu", "CPU per search, uncached", "≈ 6 ms in all"),
    ("uncached floor cpu", "CPU per floor request", ""),
    ("queries", "queries per search (in-process, warm)", "fixed"),
    ("cached page", "`/zoeken/`, with the page cache (Redis)", "≥ 4,000 requests/s"),
    ("cached floor", "the floor (same server)", ""),
    ("cached ratio", "page ÷ floor, with the page cache", ""),
    ("uncached machine", "machine during the uncached page runs", "quiet"),
    ("rss", "memory per gunicorn worker after the runs (RSS, max)", "not grown"),
]


def markdown_table(result, previous=None):
    """Rows: the measures; columns: per database size, the previous result's figures (if
    any) and this result's."""
    sizes = sorted(
        set(result["sizes"]) | set((previous or {}).get("sizes", {})), key=lambda s: int(s)
    )
    columns = []  # (header, cells)
    for size in sizes:
        for source in (previous, result):
            if source is None:
                continue
            data = source["sizes"].get(size)
            header = f"{int(size):,} groups, {source.get('label', '?')} ({source.get('date', '?')})"
            columns.append((header, _cells(data) if data else {}))
    lines = [
        "| measure | " + " | ".join(h for h, _ in columns) + " | target |",
        "|---|" + "---|" * len(columns) + "---|",
    ]
    for key, label, target in ROWS:
        row = [cells.get(key, "-") for _, cells in columns]
        if all(cell == "-" for cell in row):
            continue
        lines.append(f"| {label} | " + " | ".join(row) + f" | {target} |")
    return "\n".join(lines)


def describe(result):
    """The line under the table: machine, load and date."""
    m = result["machine"]
    return (
        f"{result.get('label', '?')}, {result.get('date', '?')}: {m['cores']} cores "
        f"({m['cpu']}), {m['ram_gib']} GiB RAM; wrk {result['connections']} keep-alive "
        f"connections, 1 thread; gunicorn {result['workers']} workers (deploy/gunicorn.conf.py), "
        f"production settings; {result['rounds']} alternating rounds of {result['seconds']} s "
        f"per page; the {result['mix_size']} searches of the mix in turn."
    )
