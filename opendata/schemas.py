"""The HSDS 3.0 JSON schemas and the OpenAPI document this API serves.

``hsds_schema/`` holds the official files of Open Referral's specification (branch 3.0,
``schema/*.json``, ``schema/compiled/*`` and ``schema/openapi.json`` as
``openapi-official.json``), © Open Referral, CC BY-SA 4.0 (see hsds_schema/LICENSE). They are
copied unchanged; nothing is read from outside the project at run time.

The official OpenAPI document points at its schemas by URL on raw.githubusercontent.com.
The document served at /api/hsds/openapi.json is that document with the schemas placed
inside it (components/schemas), our server, the parameters we support with their bounds,
and the error answers we give (400, 404, 429), so a client or a test tool needs no network.
"""

import copy
import json
from functools import cache
from pathlib import Path

from django.conf import settings

SCHEMA_DIR = Path(__file__).resolve().parent / "hsds_schema"
OFFICIAL_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _load(name):
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def official_schemas() -> dict[str, dict]:
    """Official URL -> schema, for every file (compiled/service.json is the file shipped
    as compiled/service_with_definitions.json)."""
    found = {}
    for path in SCHEMA_DIR.glob("*.json"):
        if path.name != "openapi-official.json":
            found[OFFICIAL_BASE + path.name] = _load(path.name)
    for path in (SCHEMA_DIR / "compiled").glob("*.json"):
        found[OFFICIAL_BASE + "compiled/" + path.name] = _load("compiled/" + path.name)
    found[OFFICIAL_BASE + "compiled/service.json"] = found[
        OFFICIAL_BASE + "compiled/service_with_definitions.json"
    ]
    return found


def _rewrite_refs(node, mapping):
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = mapping(value)
            else:
                out[key] = _rewrite_refs(value, mapping)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, mapping) for v in node]
    return node


def _component(name):
    return "#/components/schemas/" + name


def _embedded_components() -> dict:
    """Every HSDS object schema under its own name; the fully nested service as
    'service_full'; the three list shapes as '<name>_list'."""
    compiled = _load("compiled/service_with_definitions.json")
    components = {}
    for name, schema in compiled.pop("definitions").items():
        components[name] = _rewrite_refs(
            schema, lambda ref: _component(ref.removeprefix("#/definitions/"))
        )
    components["service_full"] = _rewrite_refs(
        compiled, lambda ref: _component(ref.removeprefix("#/definitions/"))
    )
    components["service"] = _rewrite_refs(
        _load("service.json"), lambda ref: _component(ref.removesuffix(".json"))
    )
    for name in ("service_list", "organization_list", "service_at_location_list"):
        components[name] = _rewrite_refs(
            _load(f"compiled/{name}.json"), lambda ref: _component(ref.removesuffix(".json"))
        )
    return components


_REMOTE_TO_LOCAL = {
    "compiled/service.json": "service_full",
    "compiled/organization.json": "organization",
    "compiled/service_list.json": "service_list",
    "compiled/organization_list.json": "organization_list",
    "compiled/service_at_location_list.json": "service_at_location_list",
    "taxonomy.json": "taxonomy",
    "taxonomy_term.json": "taxonomy_term",
}

_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "fields": {"type": "object"}},
    "required": ["error"],
}

# What each parameter accepts here (the official document leaves them unbounded).
_BOUNDS = {
    "search": {"type": "string", "maxLength": 100, "pattern": "^[^\\u0000]*$"},
    "page": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1},
    "per_page": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
    "format": {"type": "string", "enum": ["json"], "default": "json"},
    "minimal": {"type": "boolean"},
    "full": {"type": "boolean"},
    "full_service": {"type": "boolean"},
    "modified_after": {"type": "string", "format": "date-time"},
    "taxonomy_term_id": {"type": "string", "format": "uuid"},
    "taxonomy_id": {"type": "string", "format": "uuid"},
    "organization_id": {"type": "string", "format": "uuid"},
    "postcode": {"type": "string", "pattern": r"^[1-9][0-9]{3} ?([A-Za-z]{2})?$"},
    "proximity": {"type": "integer", "minimum": 1, "maximum": 200000},
    "parent_id": {"type": "string", "format": "uuid"},
    "top_only": {"type": "boolean"},
}


@cache
def served_openapi() -> dict:
    doc = _rewrite_refs(
        _load("openapi-official.json"),
        lambda ref: (
            _component(_REMOTE_TO_LOCAL[ref.removeprefix(OFFICIAL_BASE)])
            if ref.startswith(OFFICIAL_BASE)
            else ref
        ),
    )
    doc["info"] = {
        "title": "Zelfhulpkaart HSDS API",
        "version": "1.0.0",
        "summary": "De zelfhulpgroepen van Zelfhulpkaart als Open Referral HSDS 3.0.",
        "description": (
            "Read-only Open Referral HSDS 3.0 API of Zelfhulpkaart, the directory of self-help "
            "groups. Services are groups, locations their venues, taxonomies the themes and "
            "ICPC-2 codes. No private contact details are published. Schemas © Open Referral "
            "(CC BY-SA 4.0). Rate limited per client; answers carry ETag and Last-Modified."
        ),
        "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    }
    doc["servers"] = [{"url": settings.SITE_URL + "/api/hsds"}]
    doc["components"]["schemas"].update(_embedded_components())
    doc["components"]["schemas"]["Error"] = _ERROR
    for name, schema in _BOUNDS.items():
        if name in doc["components"]["parameters"]:
            doc["components"]["parameters"][name]["schema"] = schema
    # The official listing of service_at_locations names postcode and proximity in prose;
    # they are real parameters here, on services too.
    for path in ("/services", "/service_at_locations"):
        params = doc["paths"][path]["get"]["parameters"]
        names = {p.get("$ref", "").rsplit("/", 1)[-1] for p in params}
        for name in ("postcode", "proximity"):
            if name not in names:
                params.append({"$ref": f"#/components/parameters/{name}"})
    # The official document gives this one the service schema, which a service_at_location
    # cannot meet (it has no name or status); it answers with the service_at_location.
    doc["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"] = {"$ref": _component("service_at_location")}
    error = {"content": {"application/json": {"schema": {"$ref": _component("Error")}}}}
    for path, item in doc["paths"].items():
        for param in item.get("parameters", []):
            param["schema"] = {"type": "string"}
        op = item["get"]
        for param in op.get("parameters", []):
            if param.get("name") in _BOUNDS:
                param["schema"] = _BOUNDS[param["name"]]
        op["responses"]["429"] = {"description": "Too many requests", **copy.deepcopy(error)}
        if "{id}" in path:
            op["responses"]["404"] = {"description": "Not found", **copy.deepcopy(error)}
        if path != "/":
            op["responses"]["400"] = {"description": "Invalid parameter", **copy.deepcopy(error)}
    return doc
