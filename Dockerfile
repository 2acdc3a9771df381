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
RUN pip install -c constraints.txt .
COPY . .
RUN DEBUG=true DATABASE_URL=postgresql://build@localhost/build python manage.py compilemessages -v0 --ignore=.venv \
 && DEBUG=true DATABASE_URL=postgresql://build@localhost/build python manage.py collectstatic --no-input -v0
USER app
EXPOSE 8000
CMD ["gunicorn", "zelfhulp.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "5", "--access-logfile", "-", "--access-logformat", "%(m)s %(U)s %(s)s %(M)sms"]
