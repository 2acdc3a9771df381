"""Load-test the search page with an external generator and report what a search costs.

For each --groups size (default 10,000 and 100,000 groups across the country), in a
throwaway database on the configured server (`zelfhulpkaart_bench_10k`, …; dropped
afterwards unless --keep):

1. create it, migrate, load the gazetteer and themes, seed the groups set-based
   (bench.seed; the seeding time is reported);
2. time the database work of every search in the mix in-process (warm; queries per search);
3. start gunicorn as the image does (deploy/gunicorn.conf.py: 5 workers, access log) with
   the production settings plus the bench-only floor view and query timer (bench.settings),
   page cache off; load it with wrk (10 keep-alive connections, the mix in turn), the
   search page and the floor view alternately, --rounds times; read the CPU of the workers
   and of the database's PostgreSQL backends from /proc around every run, and the workers'
   query counts and database time from the query timer; then the same with the page cache
   on (Redis when REDIS_URL is set, as deployed);
4. print a Markdown table for the README (beside --compare's saved result) and save the
   result as JSON (--save).

The outer command only orchestrates; everything it measures runs in subprocesses.
"""

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench import procstat, report, wrk
from bench.middleware import parse_stats

BENCH_DB = "zelfhulpkaart_bench_{size}"
ROOT = Path(settings.BASE_DIR)

# A typical mix: theme words and synonyms, places, filters, sorting, and the one word that
# is in every group ("groep"), which only the ranking cap keeps cheap.
MIX = [
    "/zoeken/?q=depressie",
    "/zoeken/?q=rouw&waar=Utrecht",
    "/zoeken/?q=angst&waar=6411",
    "/zoeken/?q=somber",
    "/zoeken/?q=mantelzorg&waar=Zwolle&afstand=10",
    "/zoeken/?q=alcohol&waar=1012&afstand=5",
    "/zoeken/?q=autisme&gratis=ja&nieuwkomers=ja",
    "/zoeken/?waar=Amsterdam",
    "/zoeken/?waar=Groningen&afstand=50",
    "/zoeken/?waar=Eindhoven&dag=dinsdag",
    "/zoeken/?thema=verslaving&vorm=online&vorm=telefonisch",
    "/zoeken/?q=kanker&waar=Maastricht&voor=naasten",
    "/zoeken/?q=burn-out&sorteer=datum",
    "/zoeken/?thema=psychische-gezondheid&waar=Arnhem&rolstoel=ja",
    "/zoeken/?q=groep",
    "/zoeken/?q=groep&waar=Amsterdam&afstand=50",
    "/zoeken/?q=groep&page=7",
    "/en/zoeken/?q=grief&waar=Rotterdam",
]


def floor_mix(mix):
    """The floor view with each search's query string (it reads only `q`)."""
    return ["/bench/floor/?" + urlsplit(url).query for url in mix]


def size_name(count):
    """10000 -> '10k', 100000 -> '100k', 2500 -> '2500'."""
    return f"{count // 1000}k" if count % 1000 == 0 else str(count)


def parse_sizes(text):
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise CommandError(
            f"--groups takes whole numbers separated by commas, not {text!r}"
        ) from None
    if not sizes or any(size < 1 for size in sizes):
        raise CommandError("--groups needs at least one size of 1 or more")
    return sizes


class Command(BaseCommand):
    help = "Seed groups in throwaway databases and load-test /zoeken/ with wrk (module doc)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--groups", default="10000,100000", help="database sizes, e.g. 10000,100000"
        )
        parser.add_argument("--connections", type=int, default=10)
        parser.add_argument("--seconds", type=int, default=10, help="per run")
        parser.add_argument("--rounds", type=int, default=3, help="page/floor pairs per server")
        parser.add_argument("--warmup", type=int, default=3, help="seconds per page")
        parser.add_argument(
            "--workers", type=int, help="gunicorn workers (default: deploy/gunicorn.conf.py)"
        )
        parser.add_argument(
            "--quick",
            action="store_true",
            help="2,000 groups, 3 s runs, 1 round, 1 s warm-up (a smoke run, not figures)",
        )
        parser.add_argument(
            "--database-url",
            help="where to seed; {size} is replaced by the size, e.g. "
            ".../zh_bench{size} (default: zelfhulpkaart_bench_{size} on the configured server)",
        )
        parser.add_argument("--keep", action="store_true", help="keep the bench databases")
        parser.add_argument(
            "--reuse", action="store_true", help="use kept bench databases as they are"
        )
        parser.add_argument("--no-cached", action="store_true", help="skip the page-cache run")
        parser.add_argument("--label", help="the column heading (default: git branch@commit)")
        parser.add_argument("--save", help="write the result as JSON here")
        parser.add_argument("--compare", help="a saved result to show beside this one")
        parser.add_argument("--phase", choices=["seed", "dbtime"], help="internal")

    def handle(self, *args, **options):
        if options["quick"]:
            options.update(seconds=3, rounds=1, warmup=1)
            if options["groups"] == "10000,100000":
                options["groups"] = "2000"
        sizes = parse_sizes(options["groups"])
        if options["phase"] == "seed":
            from bench.seed import seed

            timings = {}
            count = seed(sizes[0], timings)
            self.stdout.write(json.dumps({"groups": count, "steps": timings}))
            return
        if options["phase"] == "dbtime":
            return self.db_time()
        if not Path("/usr/bin/wrk").exists() and not _which("wrk"):
            raise CommandError("wrk is not installed (Debian: apt-get install wrk)")
        previous = None
        if options["compare"]:
            previous = json.loads(Path(options["compare"]).read_text())
        if not os.environ.get("REDIS_URL"):
            self.stderr.write(
                "REDIS_URL is not set: the page cache is per worker (memory), not as deployed."
            )
        result = {
            "label": options["label"] or _git_label(),
            "date": date.today().isoformat(),
            "machine": {"cores": os.cpu_count(), "cpu": _cpu_model(), "ram_gib": _ram_gib()},
            "connections": options["connections"],
            "seconds": options["seconds"],
            "rounds": options["rounds"],
            "workers": options["workers"] or _configured_workers(),
            "mix_size": len(MIX),
            "sizes": {},
        }
        collected = False
        for count in sizes:
            url = self.database_url(options["database_url"], count)
            env = self.server_env(url, count)
            size = {"groups": count}
            if not options["reuse"]:
                if urlsplit(url).path.lstrip("/") == settings.DATABASES["default"]["NAME"]:
                    raise CommandError("Refusing to seed the configured database; give another.")
                size["seed_seconds"], size["seed_steps"] = self.create_and_seed(url, env, count)
                steps = ", ".join(f"{step} {s:.0f} s" for step, s in size["seed_steps"].items())
                self.stdout.write(
                    f"{count:,} groups seeded in {size['seed_seconds']:.0f} s ({steps})."
                )
            if not collected:
                # Production static storage (hashed names) needs the collected manifest.
                self.manage(env, "collectstatic", "--no-input", "-v0")
                collected = True
            try:
                uncached = {**env, "SEARCH_CACHE_SECONDS": "0"}
                size["dbtime"] = json.loads(
                    self.manage(uncached, "bench_search", "--phase", "dbtime", capture=True)
                )
                size["runs"], size["rss_mib"] = {}, {}
                servers = {"uncached": uncached}
                if not options["no_cached"]:
                    servers["cached"] = env
                for name, server_env in servers.items():
                    self.stdout.write(f"{count:,} groups, {name}: loading…")
                    runs, rss = self.load(server_env, url, options)
                    size["runs"][name] = runs
                    size["rss_mib"][name] = rss  # per worker, after that server's runs
            finally:
                if not options["keep"] and not options["database_url"]:
                    self.drop(url)
            result["sizes"][str(count)] = size
        self.stdout.write("")
        self.stdout.write(report.describe(result))
        self.stdout.write("")
        self.stdout.write(report.markdown_table(result, previous))
        save = (
            options["save"] or ROOT / "var" / "bench" / f"{result['date']}-{result['label']}.json"
        )
        save = Path(save)
        save.parent.mkdir(parents=True, exist_ok=True)
        save.write_text(json.dumps(result, indent=1))
        self.stdout.write(f"\nSaved to {save} (give it to --compare next time).")

    # The throwaway databases

    def database_url(self, template, count):
        if template:
            return template.replace("{size}", size_name(count))
        db = settings.DATABASES["default"]
        host = db.get("HOST") or "127.0.0.1"
        netloc = f"{db.get('USER') or 'postgres'}@"
        netloc += quote(host, safe="") if host.startswith("/") else host
        if db.get("PORT"):
            netloc += f":{db['PORT']}"
        name = BENCH_DB.format(size=size_name(count))
        return urlunsplit(("postgresql", netloc, "/" + name, "", ""))

    def server_env(self, url, count):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "zelfhulp.settings",
            "DATABASE_URL": url,
            "DEBUG": "false",
            "DEMO_MODE": "false",
            "SECRET_KEY": "bench-only-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
            "CONN_MAX_AGE": "600",
            "CACHE_KEY_PREFIX": f"bench-{size_name(count)}-{os.getpid()}-{time.time():.0f}",
            # One load generator on loopback is one client: the per-client search limit
            # would answer it 429 after 120 searches.
            "SEARCH_LIMIT_PER_MINUTE": "0",
            "SEARCH_LIMIT_PER_HOUR": "0",
        }

    def create_and_seed(self, url, env, count):
        self.recreate(url)
        self.manage(env, "migrate", "--no-input", "-v0")
        self.manage(env, "load_reference_data", "-v0")
        started = time.monotonic()
        # Seeding runs set-based statements longer than the web's statement timeout.
        seed_env = {**env, "DB_STATEMENT_TIMEOUT_MS": "0"}
        seeded = json.loads(
            self.manage(
                seed_env, "bench_search", "--phase", "seed", "--groups", str(count), capture=True
            )
        )
        if seeded["groups"] != count:
            raise CommandError(f"seeded {seeded['groups']} groups instead of {count}")
        return time.monotonic() - started, seeded["steps"]

    def _admin_connection(self, url):
        import psycopg

        parts = urlsplit(url)
        host = parts.hostname or ""
        if "%2F" in parts.netloc:
            host = parts.netloc.split("@", 1)[-1].split(":")[0].replace("%2F", "/")
        return psycopg.connect(
            host=host,
            port=parts.port or 5432,
            user=parts.username or "postgres",
            password=parts.password or None,
            dbname="postgres",
            autocommit=True,
        )

    def recreate(self, url):
        name = urlsplit(url).path.lstrip("/")
        with self._admin_connection(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')

    def drop(self, url):
        name = urlsplit(url).path.lstrip("/")
        with self._admin_connection(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def manage(self, env, *args, capture=False):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=env,
            cwd=ROOT,
            capture_output=capture,
            text=True,
        )
        if result.returncode:
            raise CommandError(f"manage.py {' '.join(args)} failed:\n{result.stderr or ''}")
        return result.stdout.strip().splitlines()[-1] if capture else None

    # Database time per search (runs inside the bench database, production settings)

    def db_time(self):
        from django.db import connection
        from django.test import Client

        client = Client()
        worst_search, worst_query, slowest = 0.0, 0.0, ""
        queries_per_search = 0
        per_url = {}
        for url in MIX:
            for attempt in range(3):  # the first round warms caches; keep the worst of the rest
                timings = []

                def timed(execute, sql, params, many, context, timings=timings):
                    t = time.perf_counter()
                    try:
                        return execute(sql, params, many, context)
                    finally:
                        timings.append(time.perf_counter() - t)

                with connection.execute_wrapper(timed):
                    response = client.get(url, HTTP_HOST="127.0.0.1")
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}")
                if attempt == 0:
                    continue
                total = sum(timings) * 1000
                per_url[url] = max(per_url.get(url, 0), round(total, 1))
                queries_per_search = max(queries_per_search, len(timings))
                worst_query = max(worst_query, max(timings) * 1000)
                if total > worst_search:
                    worst_search, slowest = total, url
        print(
            json.dumps(
                {
                    "max_search_db_ms": round(worst_search, 1),
                    "slowest_search": slowest,
                    "max_query_ms": round(worst_query, 1),
                    "max_queries": queries_per_search,
                    "per_url": per_url,
                }
            )
        )

    # HTTP load on gunicorn, from wrk

    def load(self, env, url, options):
        """Start the server, warm it up, alternate page and floor runs; return the summed
        figures per page and the workers' memory after the runs."""
        database = urlsplit(url).path.lstrip("/")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        stats_dir = tempfile.mkdtemp(prefix="bench-stats-")
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
        ]
        if options["workers"]:
            command += ["--workers", str(options["workers"])]
        # No control socket: it is one path per user, which a second server would take.
        command.append("--no-control-socket")
        errors = Path(stats_dir, "gunicorn.log")
        server = subprocess.Popen(
            [*command, "zelfhulp.wsgi:application"],
            env={**env, "DJANGO_SETTINGS_MODULE": "bench.settings", "BENCH_STATS_DIR": stats_dir},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,  # the access log, written as deployed
            stderr=errors.open("w"),
        )
        base = f"http://127.0.0.1:{port}"
        mixes = {"page": MIX, "floor": floor_mix(MIX)}
        try:
            self.wait_for(port, server, errors)
            for paths in mixes.values():
                wrk.run(base, paths, options["warmup"], options["connections"])
            runs = {"page": [], "floor": []}
            for _ in range(options["rounds"]):
                for name, paths in mixes.items():
                    runs[name].append(
                        self.measured_run(server.pid, database, stats_dir, base, paths, options)
                    )
            workers = procstat.snapshot(server.pid, database)["workers"]
            rss = sorted(round(kib / 1024) for kib in procstat.rss_kib(workers).values())
        finally:
            # Quick shutdown: the figures are in; a graceful one waits seconds for nothing.
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            server_log = errors.read_text()
            if "Traceback" in server_log:
                self.stderr.write("The server logged errors:\n" + server_log[-3000:])
            for name in os.listdir(stats_dir):
                os.unlink(os.path.join(stats_dir, name))
            os.rmdir(stats_dir)
        return {name: report.summarise(results) for name, results in runs.items()}, rss

    def measured_run(self, server_pid, database, stats_dir, base, paths, options):
        before_cpu, before_stats = procstat.snapshot(server_pid, database), _read_stats(stats_dir)
        result = wrk.run(base, paths, options["seconds"], options["connections"])
        # Requests still being answered when wrk stops belong to this run, not the next.
        after_cpu = settle(server_pid, database)
        after_stats = _read_stats(stats_dir)
        result.update(procstat.cpu_delta(before_cpu, after_cpu))
        counted = [
            tuple(a - b for a, b in zip(after, before_stats.get(pid, (0, 0, 0)), strict=True))
            for pid, after in after_stats.items()
        ]
        result["served"] = sum(c[0] for c in counted)
        result["queries"] = sum(c[1] for c in counted)
        result["db_seconds"] = sum(c[2] for c in counted) / 1e9
        return result

    def wait_for(self, port, server, log):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/health/live")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        raise CommandError("gunicorn did not start:\n" + log.read_text()[-3000:])


def settle(server_pid, database, quiet=0.005, limit=30.0):
    """Wait until the workers and the backends have stopped working (less than `quiet` CPU
    seconds in 0.2 s); return the last snapshot."""
    before = procstat.snapshot(server_pid, database)
    deadline = time.monotonic() + limit
    while True:
        time.sleep(0.2)
        after = procstat.snapshot(server_pid, database)
        spent = procstat.cpu_delta(before, after)
        if spent["workers"] + spent["backends"] < quiet or time.monotonic() > deadline:
            return after
        before = after


def _read_stats(directory):
    stats = {}
    for name in os.listdir(directory):
        if not name.endswith(".stats"):
            continue
        try:
            text = Path(directory, name).read_text()
            stats[int(name.split(".")[0])] = parse_stats(text)
        except (OSError, ValueError):
            continue  # being written for the first time
    return stats


def _which(name):
    from shutil import which

    return which(name)


def _configured_workers():
    namespace = {}
    exec((ROOT / "deploy" / "gunicorn.conf.py").read_text(), namespace)  # noqa: S102
    return namespace.get("workers", 1)


def _git_label():
    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    return f"{git('rev-parse', '--abbrev-ref', 'HEAD') or 'unknown'}@{git('rev-parse', '--short', 'HEAD')}"


def _ram_gib():
    try:
        with open("/proc/meminfo") as handle:
            kib = int(handle.readline().split()[1])
        return round(kib / 1024 / 1024)
    except OSError:
        return "?"


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"
