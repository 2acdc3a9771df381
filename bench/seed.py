"""Seed the bench database: `count` published groups across the whole country, with
venues, schedules, themes, search vectors and search facts, set-based (INSERT ... SELECT
over generate_series, one UPDATE for the vectors): seconds, not minutes."""

import random
import time

WORDS = (
    "we praten samen over wat je meemaakt en hoe je daarmee omgaat iedereen mag zijn verhaal "
    "vertellen of alleen luisteren de avond begint met koffie en thee daarna delen we ervaringen "
    "en tips een ervaringsdeskundige leidt het gesprek je bent welkom ook als je twijfelt wat "
    "hier gezegd wordt blijft in de kring elke bijeenkomst heeft een thema zoals slapen werk "
    "familie vrienden moed hoop omgaan met onbegrip grenzen stellen herstel rust"
).split()


def seed(count, timings=None):
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
        lap = _Laps(timings)
        cursor.execute(group_sql, group_params)
        lap("groups")
        cursor.execute(venue_sql, venue_params)
        lap("venues")
        cursor.execute(schedule_sql, schedule_params)
        lap("schedules")
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
        lap("themes and search vectors")
        index.store_all()
        lap("search facts")
        cursor.execute("VACUUM ANALYZE")
        lap("vacuum analyze")
    return Group.objects.count()


class _Laps:
    """Seconds per step into `timings` (a dict), when given."""

    def __init__(self, timings):
        self.timings, self.last = timings, time.monotonic()

    def __call__(self, step):
        now = time.monotonic()
        if self.timings is not None:
            self.timings[step] = round(now - self.last, 1)
        self.last = now


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
