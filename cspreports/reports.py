"""Turn what a browser posts about a CSP violation into counted rows (cspreports.models).

Two formats arrive: the older `report-uri` one (Content-Type application/csp-report,
{"csp-report": {"effective-directive": ..., "blocked-uri": ..., "document-uri": ...}}) and
the Reporting API's `report-to` one (application/reports+json, a list of
{"type": "csp-violation", "body": {"effectiveDirective": ..., "blockedURL": ...,
"documentURL": ...}}). Anything else is junk and is ignored; nothing here raises on it.
"""

import json
import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from cspreports.models import CspReport

MAX_BODY_BYTES = 16 * 1024
MAX_REPORTS_PER_POST = 20
# New rows a day, whoever sends them: counts on existing rows always go up, but made-up
# reports cannot grow the table without end.
MAX_NEW_ROWS_PER_DAY = 1000
KEEP_DAYS = 30

DIRECTIVE = re.compile(r"^[a-z][a-z-]{0,39}$")


class Junk(ValueError):
    pass


def _text(value):
    return value if isinstance(value, str) else ""


def _without_query(uri):
    """An address as origin and path only; a keyword such as 'inline' or 'eval' as is;
    'data:...' or 'blob:...' as its scheme."""
    uri = uri.strip()
    if "://" in uri:
        parts = urlsplit(uri)
        return f"{parts.scheme}://{parts.netloc}{parts.path}"[:200]
    if ":" in uri:
        return uri.split(":", 1)[0][:200]
    return uri[:200]


def _path(uri):
    uri = uri.strip()
    return (urlsplit(uri).path if "://" in uri else uri.split("?", 1)[0].split("#", 1)[0])[:200]


def _violation(body):
    """(directive, blocked, page) from either format's body, or None."""
    if not isinstance(body, dict):
        return None
    directive = _text(body.get("effective-directive") or body.get("effectiveDirective"))
    if not directive:  # old browsers: "script-src 'self'"
        directive = _text(body.get("violated-directive")).split(" ", 1)[0]
    directive = directive.strip().lower()
    if not DIRECTIVE.match(directive):
        return None
    blocked = _without_query(_text(body.get("blocked-uri") or body.get("blockedURL")))
    page = _path(_text(body.get("document-uri") or body.get("documentURL")))
    return directive, blocked or "—", page or "—"


def parse(raw):
    """The violations in a posted body; raises Junk when it is not a report at all."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Junk("not JSON") from exc
    if isinstance(data, dict) and "csp-report" in data:
        bodies = [data["csp-report"]]
    elif isinstance(data, list):
        bodies = [
            item.get("body")
            for item in data[:MAX_REPORTS_PER_POST]
            if isinstance(item, dict) and item.get("type") == "csp-violation"
        ]
    else:
        raise Junk("not a CSP report")
    return [v for v in map(_violation, bodies) if v]


def count(violations, day=None):
    """Add one to each violation's row for the day, making the row if it is new."""
    day = day or timezone.localdate()
    for directive, blocked, page in violations:
        row = CspReport.objects.filter(day=day, directive=directive, blocked=blocked, page=page)
        if row.update(count=F("count") + 1):
            continue
        if CspReport.objects.filter(day=day).count() >= MAX_NEW_ROWS_PER_DAY:
            continue
        try:
            with transaction.atomic():
                CspReport.objects.create(day=day, directive=directive, blocked=blocked, page=page)
        except IntegrityError:  # someone else made it just now
            row.update(count=F("count") + 1)


def purge(today=None):
    """Delete reports older than KEEP_DAYS days; returns how many rows."""
    today = today or timezone.localdate()
    deleted, _ = CspReport.objects.filter(day__lt=today - timedelta(days=KEEP_DAYS)).delete()
    return deleted
