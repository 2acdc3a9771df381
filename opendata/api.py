"""The read-only HSDS 3.0 API at /api/hsds/ (paths as in opendata/hsds_schema/openapi-official.json).

Every answer is JSON, in Dutch, without cookies; any site may read it (CORS, GET only).
Each client address may ask API_PER_ADDRESS times an hour (counted on the shared cache,
zelfhulp.ratelimit); answers carry an ETag and Last-Modified, so a harvester that asks
again with If-None-Match or If-Modified-Since gets a 304.
"""

import hashlib
import json
import math
from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import override

from contactpoints.geo import Point, haversine_km, resolve_place
from groups import privacy
from groups.models import Schedule, Venue
from opendata import hsds, ids
from opendata.forms import ApiListForm
from opendata.schemas import served_openapi
from zelfhulp import ratelimit
from zelfhulp.client import client_address

API_PER_ADDRESS = ratelimit.Limit("hsds-address", 1200, 60 * 60)
DEFAULT_PER_PAGE = 20
DEFAULT_PROXIMITY_M = 10000


class NotFound(Exception):
    pass


class BadRequest(Exception):
    def __init__(self, errors):
        self.errors = errors


def _error(status, message, **extra):
    return JsonResponse({"error": message, **extra}, status=status)


def _cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Retry-After"
    response["Access-Control-Max-Age"] = "86400"
    return response


def api_view(view=None, *, dated=True):
    """GET/HEAD/OPTIONS only; rate limit; JSON; CORS; ETag + Last-Modified; 304s.

    Last-Modified is the last change of a public group; answers about themes (dated=False)
    do not follow the groups' dates, so they only carry an ETag."""
    if view is None:
        return lambda v: api_view(v, dated=dated)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = "GET, HEAD, OPTIONS"
            return _cors(response)
        if request.method not in ("GET", "HEAD"):
            response = _error(405, "read-only API")
            response["Allow"] = "GET, HEAD, OPTIONS"
            return _cors(response)
        wait = ratelimit.hit(API_PER_ADDRESS, client_address(request))
        if wait:
            response = _error(429, "too many requests")
            response["Retry-After"] = str(wait)
            return _cors(response)
        hsds.reset_organisation_index()
        try:
            with override("nl"):
                data = view(request, *args, **kwargs)
        except NotFound:
            return _cors(_error(404, "not found"))
        except BadRequest as exc:
            return _cors(_error(400, "invalid parameter", fields=exc.errors))
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
        latest = hsds.last_modified() if dated else None
        # Whole seconds: that is what the header can say and what clients send back.
        modified = int(latest.timestamp()) if latest else None
        response = get_conditional_response(request, etag=etag, last_modified=modified)
        if response is None:
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["ETag"] = etag
        if modified:
            response["Last-Modified"] = http_date(modified)
        response["Cache-Control"] = "public, max-age=300"
        patch_vary_headers(response, ["Origin"])
        return _cors(response)

    wrapper.csrf_exempt = True
    return wrapper


def _params(request):
    form = ApiListForm(request.GET)
    # A form reads "page=" as no page; the OpenAPI document says a page is an integer.
    empty = {
        name: ["empty value"]
        for name in form.fields
        if name != "search" and name in request.GET and request.GET[name].strip() == ""
    }
    if empty or not form.is_valid():
        raise BadRequest(empty | {k: [str(e) for e in v] for k, v in form.errors.items()})
    return form.cleaned_data


def _page(items_or_count, params, contents_for):
    """The HSDS paging object. contents_for(start, end) gives the page's items."""
    per_page = params.get("per_page") or DEFAULT_PER_PAGE
    page = params.get("page") or 1
    total = items_or_count
    total_pages = math.ceil(total / per_page)
    start = (page - 1) * per_page
    contents = contents_for(start, start + per_page) if start < total else []
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def _list_page(items, params):
    return _page(len(items), params, lambda start, end: items[start:end])


def _search_text(item, text):
    return not text or text.lower() in json.dumps(item, ensure_ascii=False).lower()


def _filtered_groups(params):
    groups = hsds.public_groups()
    if text := params.get("search"):
        groups = groups.matching(text)
    if term := params.get("taxonomy_term_id"):
        groups = hsds.groups_for_term(groups, term)
    if taxonomy := params.get("taxonomy_id"):
        groups = hsds.groups_for_taxonomy(groups, taxonomy)
    if org := params.get("organization_id"):
        groups = hsds.groups_for_organization(groups, org)
    if after := params.get("modified_after"):
        groups = groups.filter(updated_at__gte=after)
    return groups


def _point(params):
    """(point, km) for postcode + proximity, or None; an unknown postcode finds nothing."""
    if not params.get("postcode"):
        return None
    point = resolve_place(params["postcode"])
    km = (params.get("proximity") or DEFAULT_PROXIMITY_M) / 1000
    return (point, km)


# Views


@api_view(dated=False)
def root(request):
    return hsds.api_root()


def openapi(request):
    response = JsonResponse(served_openapi(), json_dumps_params={"ensure_ascii": False})
    return _cors(response)


@api_view
def services(request):
    params = _params(request)
    groups = _filtered_groups(params)
    if near := _point(params):
        point, km = near
        groups = groups.near(point, km) if point else groups.none()
    groups = groups.order_by("name", "pk")
    if params.get("minimal"):
        shape, rows = hsds.minimal_service, groups
    elif params.get("full"):
        shape, rows = hsds.full_service, hsds.groups_in_full().filter(pk__in=groups.values("pk"))
    else:
        shape, rows = (
            hsds.service_summary,
            hsds.groups_for_cards().filter(pk__in=groups.values("pk")),
        )
    rows = rows.order_by("name", "pk")
    return _page(groups.count(), params, lambda s, e: [shape(g) for g in rows[s:e]])


@api_view
def service(request, id):
    group = hsds.groups_in_full().filter(external_id=_uuid(id)).first()
    if group is None:
        raise NotFound
    return hsds.full_service(group)


def _uuid(text):
    import uuid

    try:
        return uuid.UUID(str(text))
    except ValueError:
        raise NotFound from None


@api_view
def service_at_locations(request):
    params = _params(request)
    groups = _filtered_groups(params)
    pairs = (
        Schedule.objects.filter(group__in=groups.values("pk"), venue__isnull=False)
        .values_list("group_id", "venue_id")
        .distinct()
        .order_by("group_id", "venue_id")
    )
    if near := _point(params):
        point, km = near
        if point is None:
            pairs = pairs.none()
        else:
            # Measured from the place for a private-address group (groups.privacy).
            close = [
                pk
                for pk, lat, lon in Schedule.objects.filter(
                    group__in=groups.values("pk"), venue__isnull=False
                )
                .annotate(**privacy.shown_coordinates())
                .values_list("pk", "shown_lat", "shown_lon")
                if lat is not None and haversine_km(point, Point(lat, lon)) <= km
            ]
            pairs = pairs.filter(pk__in=close)
    full = bool(params.get("full"))

    def contents(start, end):
        chosen = list(pairs[start:end])
        group_ids = {g for g, _v in chosen}
        by_pk = {g.pk: g for g in hsds.groups_in_full().filter(pk__in=group_ids)}
        venues = {
            v.pk: v
            for v in Venue.objects.select_related("municipality").filter(
                pk__in={v for _g, v in chosen}
            )
        }
        return [
            hsds.service_at_location(by_pk[g], venues[v], with_service=True, full=full)
            for g, v in chosen
        ]

    return _page(pairs.count(), params, contents)


@api_view
def service_at_location(request, id):
    key = ids.parse(id, ids.SERVICE_AT_LOCATION)
    if key is None:
        raise NotFound
    group = hsds.groups_in_full().filter(pk=key[0]).first()
    venue = next((v for v in hsds.venues_of(group) if v.pk == key[1]), None) if group else None
    if venue is None:
        raise NotFound
    return hsds.service_at_location(group, venue, full=True)


@api_view
def organizations(request):
    params = _params(request)
    items = [o for o in hsds.all_organizations() if _search_text(o, params.get("search"))]
    if not (params.get("full") or params.get("full_service")):
        return _list_page(items, params)
    full = bool(params.get("full_service"))

    def contents(start, end):
        # The page's organisations with their services, from one load of the groups.
        groups = hsds.groups_in_full() if full else hsds.groups_for_cards()
        by_org = {}
        for group in groups.order_by("name", "pk"):
            by_org.setdefault(hsds.organization_id(group), []).append(group)
        return [_with_services(o, full, by_org.get(o["id"], [])) for o in items[start:end]]

    return _page(len(items), params, contents)


def _with_services(org, full=False, groups=None):
    if groups is None:
        groups = hsds.groups_for_organization(
            hsds.groups_in_full() if full else hsds.groups_for_cards(), org["id"]
        ).order_by("name", "pk")
    shape = hsds.full_service if full else hsds.service_summary
    services = []
    for group in groups:
        item = shape(group)
        item.pop("organization", None)
        services.append(item)
    return {**org, "services": services}


@api_view
def organization(request, id):
    params = _params(request)
    org = hsds.find_organization(id)
    if org is None:
        raise NotFound
    return _with_services(org, full=bool(params.get("full_service")))


@api_view(dated=False)
def taxonomies(request):
    params = _params(request)
    items = [t for t in hsds.taxonomies() if _search_text(t, params.get("search"))]
    return _list_page(items, params)


@api_view(dated=False)
def taxonomy(request, id):
    found = next((t for t in hsds.taxonomies() if t["id"] == str(id).lower()), None)
    if found is None:
        raise NotFound
    return found


@api_view(dated=False)
def taxonomy_terms(request):
    params = _params(request)
    items = hsds.all_terms()
    if text := params.get("search"):
        items = [t for t in items if _search_text(t, text)]
    if taxonomy_id := params.get("taxonomy_id"):
        items = [t for t in items if t["taxonomy_id"] == str(taxonomy_id)]
    if parent := params.get("parent_id"):
        items = [t for t in items if t.get("parent_id") == str(parent)]
    if params.get("top_only"):
        items = [t for t in items if "parent_id" not in t]
    return _list_page(items, params)


@api_view(dated=False)
def taxonomy_term(request, id):
    term = hsds.find_term(id)
    if term is None:
        raise NotFound
    return term
