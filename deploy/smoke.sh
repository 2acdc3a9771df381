#!/usr/bin/env bash
# Production smoke test: what runs in production is what is tested.
#
# No Docker engine runs on the CI and development machines, so this script does not build
# or start the image: it runs the image's own commands directly, read from the Dockerfile
# and docker-compose.yml by deploy/image.py (not copied, so they cannot drift):
#   1. the Dockerfile's RUN steps after WORKDIR, in a fresh virtualenv (runtime
#      dependencies only, as in the image: no pgserver), i.e. pip install,
#      compilemessages and collectstatic with the production settings;
#   2. the compose `migrate` service's command (migrations, reference data), then the demo
#      data (load_demo_data, allowed because DEMO_MODE=true);
#   3. the Dockerfile's CMD (gunicorn with deploy/gunicorn.conf.py), with DEBUG off,
#      BEHIND_PROXY=true, ALLOWED_HOSTS a public name only, PostgreSQL and Redis.
# Then it checks what users and Docker see: home, search, group, theme, referrer and
# English pages answer 200; a missing page is the site's own Dutch 404; the web service's
# compose healthcheck, as written, passes; with the mail server hanging a relay post
# answers within a second and the message is delivered by `manage.py send_queued_mail`
# once the mail server is back; with the database refusing connections, pages answer the
# 503 page with Retry-After.
#
#   deploy/smoke.sh                       build, serve and check here (CI runs this)
#   deploy/smoke.sh https://example.nl    check a running deployment: the pages, the Dutch
#                                         404 and readiness (it posts and stops nothing)
#
# Environment for a local run (the defaults suit CI):
#   SMOKE_DATABASE_URL  default postgresql://postgres@127.0.0.1:5432/zelfhulp_smoke
#                       (dropped and created afresh; the user must be able to create databases)
#   SMOKE_REDIS_URL     default redis://127.0.0.1:6379/14 (flushed)
#   SMOKE_PORT          default 8000, where gunicorn listens on 127.0.0.1
#   SMOKE_WORKERS       gunicorn workers (default: as in deploy/gunicorn.conf.py)
#   SMOKE_VENV          reuse this virtualenv instead of creating a fresh one
#   SMOKE_KEEP_DATABASE leave the smoke database for deploy/backup-drill.sh (CI does)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo; echo "== $*"; }

if [ $# -gt 0 ]; then
    step "checking the deployment at $1"
    python3 deploy/smoke_checks.py pages "$1" || failures=$((failures + 1))
    [ "$failures" -eq 0 ] && echo "smoke test passed" || echo "smoke test FAILED"
    exit $((failures > 0))
fi

DATABASE=${SMOKE_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/zelfhulp_smoke}
REDIS=${SMOKE_REDIS_URL:-redis://127.0.0.1:6379/14}
PORT=${SMOKE_PORT:-8000}
HOST=zelfhulpkaart.example
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
pids=()
stop() { # stop the processes this script started, by their id
    for pid in "$@"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    return 0
}
cleanup() {
    stop "${pids[@]}"
    rm -rf "$WORK"
    if [ -z "${SMOKE_KEEP_DATABASE:-}" ]; then
        psql -X -q -d "${DATABASE%/*}/postgres" -c "DROP DATABASE IF EXISTS \"${DATABASE##*/}\" WITH (FORCE)" 2>/dev/null
    fi
}
trap cleanup EXIT

step "the Dockerfile's build steps, in a fresh virtualenv"
VENV=${SMOKE_VENV:-$WORK/venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
export PATH="$VENV/bin:$PATH"
while IFS= read -r build_step; do
    echo "\$ $build_step"
    bash -c "$build_step" || { fail "build step: $build_step"; exit 1; }
done < <(python3 deploy/image.py build)

# The production settings, as docker-compose.yml gives them to the app.
unset DEBUG DEMO_MODE DJANGO_SETTINGS_MODULE EMAIL_BACKEND VAR_DIR
export DATABASE_URL=$DATABASE REDIS_URL=$REDIS BEHIND_PROXY=true
export SECRET_KEY="smoke-$(python -c 'import secrets; print(secrets.token_urlsafe(40))')"
export ALLOWED_HOSTS=$HOST SITE_URL=https://$HOST CSRF_TRUSTED_ORIGINS=
export EMAIL_HOST=127.0.0.1 EMAIL_USE_TLS=false EMAIL_HOST_USER= EMAIL_HOST_PASSWORD=

step "a fresh database and cache; the compose migrate command; demo data"
psql -X -q -d "${DATABASE%/*}/postgres" -c "DROP DATABASE IF EXISTS \"${DATABASE##*/}\" WITH (FORCE)" \
    -c "CREATE DATABASE \"${DATABASE##*/}\"" || { fail "create the smoke database"; exit 1; }
python -c "import os, redis; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()" \
    || { fail "flush Redis $REDIS"; exit 1; }
migrate=$(python3 deploy/image.py command migrate)
echo "\$ $migrate"
bash -c "$migrate" || { fail "the migrate command"; exit 1; }
DEMO_MODE=true python manage.py load_demo_data || { fail "load_demo_data"; exit 1; }

step "a mail server that accepts connections and never answers"
python deploy/smoke_mail.py hang "$WORK/mail-port" &
pids+=($!)
hang_pid=$!
for _ in $(seq 50); do [ -s "$WORK/mail-port" ] && break; sleep 0.1; done
export EMAIL_PORT
EMAIL_PORT=$(cat "$WORK/mail-port")

start_web() { # the Dockerfile's CMD, bound to 127.0.0.1:$PORT
    local cmd
    cmd=$(python3 deploy/image.py cmd)
    echo "\$ $cmd  (GUNICORN_CMD_ARGS=$GUNICORN_CMD_ARGS)"
    bash -c "exec $cmd" >>"$WORK/gunicorn.log" 2>&1 &
    web_pid=$!
    pids+=("$web_pid")
    for _ in $(seq 120); do
        curl -fsS -o /dev/null "$BASE/health/live" 2>/dev/null && return 0
        sleep 0.5
    done
    fail "gunicorn did not start"; tail -30 "$WORK/gunicorn.log"; exit 1
}
export GUNICORN_CMD_ARGS="--bind 127.0.0.1:$PORT${SMOKE_WORKERS:+ --workers $SMOKE_WORKERS}"

step "the Dockerfile's CMD with the production settings (ALLOWED_HOSTS=$HOST)"
start_web

step "the web service's compose healthcheck, as written (port $PORT for 8000)"
probe=$(python3 deploy/image.py healthcheck web)
echo "\$ ${probe//127.0.0.1:8000/127.0.0.1:$PORT}"
if bash -c "${probe//127.0.0.1:8000/127.0.0.1:$PORT}"; then echo; echo "ok: healthcheck"
else fail "the compose healthcheck"; fi

step "pages, through the proxy's headers"
python deploy/smoke_checks.py pages "$BASE" --host "$HOST" || failures=$((failures + 1))

step "a relay post with the mail server hanging"
marker="rooktest-$(python -c 'import secrets; print(secrets.token_hex(6))')"
python deploy/smoke_checks.py relay "$BASE" --host "$HOST" --marker "$marker" --max-seconds 1 \
    || failures=$((failures + 1))

step "the mail server is back: send_queued_mail delivers the message"
stop "$hang_pid"
python deploy/smoke_mail.py smtp "$EMAIL_PORT" "$WORK/mailbox" &
pids+=($!)
sleep 1
python manage.py send_queued_mail || fail "send_queued_mail"
if grep -q "$marker" "$WORK/mailbox" 2>/dev/null; then echo "ok: the relayed message was delivered"
else fail "the relayed message ($marker) was not delivered"; fi

step "the database refuses connections"
stop "$web_pid"
python -c "import os, redis; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()"
export DATABASE_URL=postgresql://zelfhulp@127.0.0.1:1/zelfhulp  # nothing listens on port 1
start_web
python deploy/smoke_checks.py outage "$BASE" --host "$HOST" || failures=$((failures + 1))
stop "$web_pid"

step "gunicorn's log names no client"
if grep -E "203\.0\.113\.7|ip=127\.0\.0\.1" "$WORK/gunicorn.log"; then fail "a client address in the log"
else echo "ok: no client address in gunicorn's log"; fi

echo
if [ "$failures" -eq 0 ]; then echo "smoke test passed"; else echo "smoke test FAILED: $failures failure(s)"; fi
exit $((failures > 0))
