FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext curl && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1000 app
WORKDIR /app
COPY pyproject.toml constraints.txt ./
COPY zelfhulp zelfhulp
COPY groups groups
COPY contactpoints contactpoints
COPY outbox outbox
COPY referrals referrals
COPY submissions submissions
COPY opendata opendata
COPY dashboard dashboard
COPY staff staff
COPY cspreports cspreports
COPY peers peers
COPY knowledge knowledge
# Runtime dependencies only: no dev extra, so no pgserver (DATABASE_URL is required).
RUN pip install -c constraints.txt .
COPY . .
# Build steps run with the production settings (DEBUG off), so collectstatic writes the
# static files manifest that every page needs at run time. The SECRET_KEY is a throwaway
# for the build only (nothing is signed here) and no database is opened.
# deploy/smoke.sh runs these RUN steps and the CMD below as written.
RUN SECRET_KEY=build-only-throwaway-key DATABASE_URL=postgresql://build@localhost/build python manage.py compilemessages -v0 --ignore=.venv --ignore=node_modules \
 && SECRET_KEY=build-only-throwaway-key DATABASE_URL=postgresql://build@localhost/build python manage.py collectstatic --no-input -v0
USER app
EXPOSE 8000
# Bind address, workers and logs (no client addresses): deploy/gunicorn.conf.py.
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "zelfhulp.wsgi:application"]
