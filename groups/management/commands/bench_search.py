"""Load-test the search page on 100,000 groups across the country.

Runs in a throwaway database (`zelfhulpkaart_bench` on the same PostgreSQL server, dropped
afterwards unless --keep), never in the dev or demo data:

1. create the database, migrate, load the gazetteer and themes, seed --groups groups with
   bulk inserts and one set-based UPDATE for the search vectors;
2. time the database work of every search in the mix, in-process (warm cache);
3. start gunicorn (2 x cores + 1 workers) on loopback and let --clients keep-alive clients
   request the mix for --seconds; print p50/p95/p99 latency and throughput.

Targets (issue 3): p95 < 150 ms; no search above 50 ms of database time.
"""

import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

BENCH_DB = "zelfhulpkaart_bench"
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

WORDS = (
    "we praten samen over wat je meemaakt en hoe je daarmee omgaat iedereen mag zijn verhaal "
    "vertellen of alleen luisteren de avond begint met koffie en thee daarna delen we ervaringen "
    "en tips een ervaringsdeskundige leidt het gesprek je bent welkom ook als je twijfelt wat "
    "hier gezegd wordt blijft in de kring elke bijeenkomst heeft een thema zoals slapen werk "
    "familie vrienden moed hoop omgaan met onbegrip grenzen stellen herstel rust"
).split()


class Command(BaseCommand):
    help = "Seed 100,000 groups in a throwaway database and load-test /zoeken/ (see module doc)."

    def add_arguments(self, parser):
        parser.add_argument("--groups", type=int, default=100_000)
        parser.add_argument("--clients", type=int, default=10)
        parser.add_argument("--seconds", type=int, default=30)
        parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
        parser.add_argument(
            "--database-url",
            help=f"where to seed (default: database {BENCH_DB} on the configured server)",
        )
        parser.add_argument("--keep", action="store_true", help="keep the bench database")
        parser.add_argument(
            "--reuse", action="store_true", help="reuse a kept bench database as it is"
        )
        parser.add_argument("--phase", choices=["seed", "dbtime"], help="internal")

    def handle(self, *args, **options):
        if options["phase"] == "seed":
            return self.seed(options["groups"])
        if options["phase"] == "dbtime":
            return self.db_time()
        url = options["database_url"] or self.bench_url()
        if urlsplit(url).path.lstrip("/") == settings.DATABASES["default"]["NAME"]:
            raise CommandError("Refusing to seed the configured database; give another one.")
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DEBUG": "false",
            "DEMO_MODE": "false",
            "SECRET_KEY": "bench-only-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
            "CONN_MAX_AGE": "600",
            # One load generator on loopback is one client: the per-client search limit
            # would answer it 429 after 120 searches.
            "SEARCH_LIMIT_PER_MINUTE": "0",
            "SEARCH_LIMIT_PER_HOUR": "0",
        }
        started = time.monotonic()
        if not options["reuse"]:
            self.recreate(url)
            self.manage(env, "migrate", "--no-input", "-v0")
            self.manage(env, "load_reference_data", "-v0")
            # Seeding runs set-based statements longer than the web's statement timeout.
            seed_env = {**env, "DB_STATEMENT_TIMEOUT_MS": "0"}
            self.manage(
                seed_env, "bench_search", "--phase", "seed", "--groups", str(options["groups"])
            )
        self.stdout.write(f"Seeded in {time.monotonic() - started:.0f} s.")
        # Production static storage (hashed names) needs the collected manifest.
        self.manage(env, "collectstatic", "--no-input", "-v0")
        uncached = {**env, "SEARCH_CACHE_SECONDS": "0"}
        db = json.loads(self.manage(uncached, "bench_search", "--phase", "dbtime", capture=True))
        try:
            # Every request computed, then as deployed: popular searches come from the cache.
            loads = {
                "uncached": self.load_test(uncached, options),
                "with the page cache": self.load_test(env, options),
            }
        finally:
            if not options["keep"] and not options["database_url"]:
                self.drop(url)
        self.report(options, db, loads)

    # The throwaway database

    def bench_url(self):
        db = settings.DATABASES["default"]
        host = db.get("HOST") or "127.0.0.1"
        netloc = f"{db.get('USER') or 'postgres'}@"
        netloc += quote(host, safe="") if host.startswith("/") else host
        if db.get("PORT"):
            netloc += f":{db['PORT']}"
        return urlunsplit(("postgresql", netloc, "/" + BENCH_DB, "", ""))

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

    # Phase 1: seeding (runs inside the bench database)

    def seed(self, count):
        """Insert `count` groups with SQL (INSERT ... SELECT over generate_series): seconds,
        not minutes. Columns this command does not name get their model default, so new
        fields on the models do not break it. Deterministic (setseed)."""
        from django.db import connection, transaction

        from contactpoints.models import ContactPoint, Region
        from groups.models import Group, Schedule, Venue
        from groups.search import index

        with transaction.atomic():
            region = Region.objects.get_or_create(slug="bench", defaults={"name": "Bench"})[0]
            for i in range(12):
                ContactPoint.objects.get_or_create(
                    slug=f"bench-{i}",
                    defaults={
                        "name": f"Contactpunt {i}",
                        "region": region,
                        "phone": "045 000 00 00",
                    },
                )
        rng = random.Random(2026)
        texts = [" ".join(rng.choice(WORDS) for _ in range(70)) for _ in range(200)]
        group_sql, group_params = _insert(
            Group,
            {
                "external_id": "gen_random_uuid()",
                "name": "'Gespreksgroep ' || lower(th.name) || ' ' || pc.place || ' ' || p.i",
                "slug": "'bench-' || p.i",
                "summary": "'Een groep voor mensen die te maken hebben met ' || lower(th.name) || '.'",
                "description": (
                    "'In deze groep over ' || lower(th.name) || ' ' "
                    "|| (SELECT t FROM bench_texts WHERE n = 1 + p.i %% 200) || '.'"
                ),
                "audience": "(ARRAY['self','relatives','both'])[1 + p.i %% 3]",
                "format": "p.fmt",
                "languages": (
                    "(CASE p.i %% 3 WHEN 0 THEN ARRAY['nl'] WHEN 1 THEN ARRAY['nl','en'] "
                    "ELSE ARRAY['nl','ar'] END)::varchar(2)[]"
                ),
                "cost": "(ARRAY['free','free','contribution'])[1 + p.i %% 3]",
                "newcomers": "(ARRAY['welcome','welcome','waiting_list','closed'])[1 + p.i %% 4]",
                "contact_name": "'Bench'",
                "contact_email": "'bench' || p.i || '@example.org'",
                "contact_point_id": "(SELECT id FROM contactpoints_contactpoint WHERE slug = 'bench-' || p.i %% 12)",
                "status": "'published'",
                "last_verified": "DATE '2026-01-01'",
                "next_meeting_at": "now() + make_interval(hours => 1 + (p.i * 7919) %% 1440)",
                "created_at": "now()",
                "updated_at": "now()",
            },
            "FROM bench_plan p JOIN bench_pc pc ON pc.rn = p.pc JOIN bench_th th ON th.rn = p.th",
        )
        venue_sql, venue_params = _insert(
            Venue,
            {
                "name": "'Buurthuis ' || pc.place || ' ' || p.i",
                "street_address": "'Dorpsstraat ' || (1 + p.i %% 200)",
                "postcode": "pc.pc4 || ' AB'",
                "city": "pc.place",
                "municipality_id": "pc.municipality_id",
                "latitude": "pc.latitude + (random() - 0.5) * 0.02",
                "longitude": "pc.longitude + (random() - 0.5) * 0.02",
                "wheelchair_accessible": "random() < 0.7",
            },
            "FROM bench_plan p JOIN bench_pc pc ON pc.rn = p.pc WHERE p.fmt IN ('in_person', 'hybrid')",
        )
        schedule_sql, schedule_params = _insert(
            Schedule,
            {
                "group_id": "g.id",
                "venue_id": "v.id",
                "freq": "CASE WHEN p.i %% 5 < 3 THEN 'MONTHLY' ELSE 'WEEKLY' END",
                "interval": "1",
                "weekday": "p.i %% 7",
                "ordinal": "CASE WHEN p.i %% 5 < 3 THEN (ARRAY[1,2,3,-1])[1 + p.i %% 4] END",
                "start_time": "make_time(10 + (p.i %% 3) * 4, 30, 0)",
                "end_time": "make_time(12 + (p.i %% 3) * 4, 0, 0)",
                "first_date": "DATE '2026-01-05'",
            },
            "FROM bench_plan p JOIN groups_group g ON g.slug = 'bench-' || p.i "
            "JOIN bench_pc pc ON pc.rn = p.pc "
            "LEFT JOIN groups_venue v ON v.name = 'Buurthuis ' || pc.place || ' ' || p.i",
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT setseed(0.2026)")
            cursor.execute(
                "CREATE TEMP TABLE bench_pc AS SELECT row_number() OVER (ORDER BY pc4) AS rn, "
                "pc4, place, municipality_id, latitude, longitude FROM contactpoints_postcodearea"
            )
            cursor.execute(
                "CREATE TEMP TABLE bench_th AS SELECT row_number() OVER (ORDER BY id) AS rn, id, "
                "name FROM groups_theme WHERE parent_id IS NOT NULL"
            )
            cursor.execute(
                """
                CREATE TEMP TABLE bench_plan AS
                SELECT i,
                       1 + floor(random() * (SELECT count(*) FROM bench_pc))::int AS pc,
                       1 + floor(random() * (SELECT count(*) FROM bench_th))::int AS th,
                       1 + floor(random() * (SELECT count(*) FROM bench_th))::int AS th2,
                       (ARRAY['in_person','in_person','in_person','in_person','in_person',
                              'in_person','in_person','hybrid','online','phone'])
                           [1 + floor(random() * 10)::int] AS fmt
                FROM generate_series(0, %s - 1) AS i
                """,
                [count],
            )
            cursor.execute(
                "CREATE TEMP TABLE bench_texts AS "
                "SELECT n, t FROM unnest(%s::text[]) WITH ORDINALITY AS x(t, n)",
                [texts],
            )
            cursor.execute(group_sql, group_params)
            cursor.execute(venue_sql, venue_params)
            cursor.execute(schedule_sql, schedule_params)
            cursor.execute(
                """
                INSERT INTO groups_group_themes (group_id, theme_id)
                SELECT DISTINCT g.id, th.id
                FROM bench_plan p JOIN groups_group g ON g.slug = 'bench-' || p.i
                JOIN bench_th th ON th.rn = p.th OR (th.rn = p.th2 AND p.i %% 10 < 3)
                """,
                [],
            )
            # The same weights as groups.search, set-based instead of group by group.
            cursor.execute(
                """
                WITH th AS (
                    SELECT gt.group_id,
                           string_agg(t.name || ' ' || t.name_en || ' '
                                      || array_to_string(t.synonyms, ' '), ' ') AS a,
                           string_agg(coalesce(p.name, '') || ' ' || coalesce(p.name_en, '')
                                      || ' ' || coalesce(array_to_string(p.synonyms, ' '), ''),
                                      ' ') AS b
                    FROM groups_group_themes gt
                    JOIN groups_theme t ON t.id = gt.theme_id
                    LEFT JOIN groups_theme p ON p.id = t.parent_id
                    GROUP BY gt.group_id
                ), pl AS (
                    SELECT s.group_id, string_agg(v.city || ' ' || m.name, ' ') AS d
                    FROM groups_schedule s
                    JOIN groups_venue v ON v.id = s.venue_id
                    JOIN contactpoints_municipality m ON m.id = v.municipality_id
                    GROUP BY s.group_id
                )
                UPDATE groups_group g SET search_vector =
                    setweight(to_tsvector('dutch', lower(g.name || ' ' || th.a)), 'A') ||
                    setweight(to_tsvector('dutch', lower(g.summary || ' ' || th.b)), 'B') ||
                    setweight(to_tsvector('dutch', lower(g.description)), 'C') ||
                    setweight(to_tsvector('dutch', lower(coalesce(pl.d, ''))), 'D')
                FROM th LEFT JOIN pl ON pl.group_id = th.group_id
                WHERE th.group_id = g.id
                """
            )
            # And the facts the search page filters on, set-based as well.
            index.store_all()
            cursor.execute("VACUUM ANALYZE")
        self.stdout.write(f"{Group.objects.count()} groups")

    # Phase 2: database time per search (runs inside the bench database)

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

    # Phase 3: HTTP load on a real multi-process server

    def load_test(self, env, options):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "zelfhulp.wsgi",
                "--workers",
                str(options["workers"]),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            self.wait_for(port)
            self.run_clients(port, options["clients"], 3)  # warm-up: connections, caches
            return self.run_clients(port, options["clients"], options["seconds"])
        finally:
            server.terminate()
            server.wait(timeout=30)

    def wait_for(self, port):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/health/live")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        raise CommandError("gunicorn did not start")

    def run_clients(self, port, clients, seconds):
        latencies, errors = [], []
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def client(n):
            rng = random.Random(n)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            mine, failed = [], []
            while time.monotonic() < stop:
                url = rng.choice(MIX)
                t = time.perf_counter()
                try:
                    conn.request("GET", url)
                    response = conn.getresponse()
                    response.read()
                    if response.status != 200:
                        failed.append(f"{response.status} {url}")
                except OSError as exc:
                    failed.append(f"{exc} {url}")
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                mine.append(time.perf_counter() - t)
            with lock:
                latencies.extend(mine)
                errors.extend(failed)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - began
        return {"latencies": latencies, "errors": errors, "elapsed": elapsed}

    def report(self, options, db, loads):
        out = self.stdout.write
        out("")
        out(f"Machine: {os.cpu_count()} cores, {_ram_gib()} GiB RAM, {_cpu_model()}")
        out(
            f"Load: {options['clients']} clients, {options['seconds']} s per run, gunicorn "
            f"{options['workers']} workers, {len(MIX)} URLs in the mix, {options['groups']} groups"
        )
        out(
            f"Database time per search (uncached): max {db['max_search_db_ms']} ms "
            f"({db['slowest_search']}); slowest query {db['max_query_ms']} ms; "
            f"at most {db['max_queries']} queries per search"
        )
        for url, ms in sorted(db["per_url"].items(), key=lambda item: item[1]):
            out(f"  {ms:6.1f} ms  {url}")
        for name, load in loads.items():
            lat = sorted(load["latencies"])
            q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99
            p50, p95, p99 = (q[49] * 1000, q[94] * 1000, q[98] * 1000)
            out(
                f"HTTP {name}: {len(lat)} requests ({len(lat) / load['elapsed']:.0f}/s), "
                f"errors {len(load['errors'])}; p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms"
                + (" PASS" if p95 < 150 and not load["errors"] else " (target p95 < 150 ms)")
            )
            if load["errors"]:
                out("  first errors: " + "; ".join(load["errors"][:5]))
        ok = db["max_search_db_ms"] < 50
        out(("PASS" if ok else "FAIL") + ": no search above 50 ms of database time")


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


def _insert(model, expressions, source):
    """INSERT INTO model's table SELECT expressions ... source; every other column gets the
    field's default as a parameter (or NULL), so the SQL survives new model fields."""
    from django.db import connection

    columns, values, params = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(field.column)
        if field.column in expressions:
            values.append(expressions[field.column])
            continue
        values.append("%s")
        default = field.get_default() if field.has_default() or not field.null else None
        params.append(
            None if default is None else field.get_db_prep_save(default, connection=connection)
        )
    table = model._meta.db_table
    sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} {source}"
    return sql, params
