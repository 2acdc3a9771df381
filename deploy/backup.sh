#!/bin/sh
# Nightly database backups: `pg_dump -Fc` into BACKUP_DIR, keeping BACKUP_KEEP_DAYS days.
# The `backup` service in docker-compose.yml runs this loop in a postgres:16 container;
# deploy/backup-drill.sh runs `backup.sh --once` in CI and restores what it wrote.
# Connection: the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
#
#   backup.sh          take a dump now if there is none yet, then one a day after BACKUP_HOUR
#   backup.sh --once   take one dump, prune old ones, exit
set -eu
BACKUP_DIR=${BACKUP_DIR:-/backups}
BACKUP_KEEP_DAYS=${BACKUP_KEEP_DAYS:-35}
BACKUP_HOUR=${BACKUP_HOUR:-2}

backup_once() {
    mkdir -p "$BACKUP_DIR"
    stamp=$(date +%Y-%m-%dT%H%M%S)
    partial="$BACKUP_DIR/.zelfhulp-$stamp.dump.partial"
    # Written under another name first: a dump that was cut off never looks complete.
    pg_dump --format=custom --no-owner --file="$partial"
    mv "$partial" "$BACKUP_DIR/zelfhulp-$stamp.dump"
    echo "backup: wrote $BACKUP_DIR/zelfhulp-$stamp.dump"
    find "$BACKUP_DIR" -maxdepth 1 -name 'zelfhulp-*.dump' -mmin +$((BACKUP_KEEP_DAYS * 24 * 60)) \
        -print -delete | sed 's/^/backup: removed /'
    find "$BACKUP_DIR" -maxdepth 1 -name '.zelfhulp-*.partial' -mmin +1440 -delete
}

if [ "${1:-}" = "--once" ]; then
    backup_once
    exit 0
fi

while true; do
    today=$(date +%Y-%m-%d)
    if ! ls "$BACKUP_DIR"/zelfhulp-*.dump >/dev/null 2>&1; then
        backup_once || echo "backup: FAILED" >&2
    elif [ "$(date +%H)" -ge "$BACKUP_HOUR" ] && ! ls "$BACKUP_DIR"/zelfhulp-"$today"T*.dump >/dev/null 2>&1; then
        backup_once || echo "backup: FAILED" >&2
    fi
    sleep 600
done
