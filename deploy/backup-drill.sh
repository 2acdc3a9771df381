#!/usr/bin/env bash
# Backup drill: take a backup the way the `backup` service does (deploy/backup.sh --once),
# restore it into an empty database the way the README says, run the app against the
# restored copy, and compare the row count of every table with the original.
#
#   deploy/backup-drill.sh SOURCE_DB RESTORE_DB
#
# The server comes from PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres); the user
# must be able to create databases. RESTORE_DB is dropped and created afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
source_db=${1:?usage: backup-drill.sh SOURCE_DB RESTORE_DB}
restore_db=${2:?usage: backup-drill.sh SOURCE_DB RESTORE_DB}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PYTHON=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== backup: deploy/backup.sh --once on $source_db"
PGDATABASE=$source_db BACKUP_DIR=$work deploy/backup.sh --once
dump=$(ls "$work"/zelfhulp-*.dump)
pg_restore --list "$dump" >/dev/null

echo "== restore into the empty database $restore_db"
dropdb --if-exists "$restore_db"
createdb "$restore_db"
pg_restore --no-owner --exit-on-error --dbname="$restore_db" "$dump"

echo "== row counts per table"
count_rows() {
    psql -X -q -A -t -d "$1" -c "
        SELECT table_name || ' ' || (xpath('/row/n/text()', query_to_xml(
            format('SELECT count(*) AS n FROM %I.%I', table_schema, table_name),
            false, true, '')))[1]::text
        FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        ORDER BY table_name"
}
count_rows "$source_db" >"$work/source.txt"
count_rows "$restore_db" >"$work/restored.txt"
tables=$(wc -l <"$work/source.txt")
if ! diff -u "$work/source.txt" "$work/restored.txt"; then
    echo "FAIL: the restored copy's row counts differ (above)" >&2
    exit 1
fi
if [ "$tables" -lt 10 ] || ! grep -q '^groups_group [1-9]' "$work/restored.txt"; then
    echo "FAIL: the source database looks empty; the drill proves nothing" >&2
    exit 1
fi
echo "ok: $tables tables, every row count equal"

echo "== smoke check against the restored copy"
DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$restore_db" DEBUG=true REDIS_URL= \
    "$PYTHON" manage.py migrate --check --no-input >/dev/null
DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$restore_db" DEBUG=true REDIS_URL= \
    "$PYTHON" manage.py shell -c '
from django.test import Client
from groups.models import Group
client = Client(HTTP_HOST="localhost")
group = Group.objects.published().order_by("pk").first()
for path in ["/", "/zoeken/?q=rouw", "/themas/", f"/groepen/{group.slug}/", "/verwijzers/"]:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    print("ok:", path, response.status_code)
'
echo "backup drill passed: $dump restored into $restore_db"
