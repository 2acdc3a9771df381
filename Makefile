# Zelfhulpkaart. `make run` serves the demo on http://127.0.0.1:8000; `make test` runs everything CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=true DEMO_MODE=true

.PHONY: run test lint format migrations-check bench install clean-db

$(BIN)/activate: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(BIN)/activate

install: $(BIN)/activate

node_modules/axe-core/axe.min.js: package.json
	@if command -v npm >/dev/null; then npm install --no-audit --no-fund --silent; touch $@; \
	else echo "npm not found: browser accessibility tests will be skipped"; fi

run: install
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_reference_data
	$(DEV_ENV) $(BIN)/python manage.py load_demo_data
	$(DEV_ENV) $(BIN)/python manage.py load_demo_peers
	$(DEV_ENV) $(BIN)/python manage.py load_demo_activities
	$(DEV_ENV) $(BIN)/python manage.py load_demo_staff
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
	@# Pages only queue mail; the scheduler beside the server sends it (to this console).
	$(DEV_ENV) $(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

# The same tools as .pre-commit-config.yaml, pinned, from .venv (no download).
PY_SOURCES = $(shell git ls-files '*.py' ':!:*/migrations/*' 2>/dev/null || find . -name '*.py' -not -path './.venv/*' -not -path '*/migrations/*')
TEMPLATES = $(shell git ls-files 'templates/*.html' 2>/dev/null || find templates -name '*.html')

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# django-upgrade has no check mode: it rewrites what is outdated and exits 1 if it did.
	@echo "django-upgrade --target-version 5.2 (Python files)"
	@$(BIN)/django-upgrade --target-version 5.2 $(PY_SOURCES)
	@echo "djhtml --check (templates)"
	@$(BIN)/djhtml --check $(TEMPLATES)

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	@$(BIN)/django-upgrade --target-version 5.2 $(PY_SOURCES) || true
	@$(BIN)/djhtml $(TEMPLATES)

migrations-check: install
	DEBUG=true $(BIN)/python manage.py makemigrations --check --dry-run

test: install node_modules/axe-core/axe.min.js lint migrations-check
	DEBUG=true $(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
	$(BIN)/pytest

# make bench: figures at 10,000 and 100,000 groups (README "Performance"); options go in
# BENCH_ARGS, e.g. make bench BENCH_ARGS="--quick" or BENCH_ARGS="--compare var/bench/<old>.json".
BENCH_ARGS ?=
bench: install
	@command -v wrk >/dev/null || { echo "make bench needs wrk (Debian: apt-get install wrk)"; exit 1; }
	@# The outer command only orchestrates (development settings); the server it measures runs
	@# with the production settings (DEBUG off), see groups/management/commands/bench_search.py.
	DEBUG=true $(BIN)/python manage.py bench_search $(BENCH_ARGS)

clean-db:
	rm -rf var/pgdata
