"""Validate API answers against the official HSDS 3.0 JSON schemas (the project's copies in
opendata/hsds_schema, looked up by their official URLs; no network)."""

import json

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from opendata.schemas import OFFICIAL_BASE, SCHEMA_DIR, official_schemas

_registry = Registry().with_resources(
    (url, Resource.from_contents(schema, default_specification=DRAFT202012))
    for url, schema in official_schemas().items()
)
OPENAPI = json.loads((SCHEMA_DIR / "openapi-official.json").read_text())
PAGE = OPENAPI["components"]["schemas"]["Page"]


def validator(schema):
    return Draft202012Validator(schema, registry=_registry, format_checker=FormatChecker())


def ref(name):
    return {"$ref": OFFICIAL_BASE + name}


def validate(instance, name):
    """name: the official file, e.g. 'compiled/service.json' or 'taxonomy.json'."""
    validator(ref(name)).validate(instance)


def validate_page(instance, item_name):
    schema = {
        "allOf": [PAGE],
        "type": "object",
        "required": [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ],
        "properties": {"contents": {"type": "array", "items": ref(item_name)}},
    }
    validator(schema).validate(instance)


def validate_official(path, method, status, instance):
    """Against the response schema the official OpenAPI document gives this path."""
    schema = OPENAPI["paths"][path][method]["responses"][str(status)]["content"][
        "application/json"
    ]["schema"]
    schema = json.loads(json.dumps(schema).replace('"#/components/schemas/Page"', '"#/$defs/Page"'))
    validator({**schema, "$defs": {"Page": PAGE}}).validate(instance)
