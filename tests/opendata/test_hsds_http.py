"""What the API promises over HTTP: read-only CORS, conditional requests, no cookies, a rate
limit per client on the shared cache, and the OpenAPI document it serves."""

import pytest

from opendata import api as hsds_api
from opendata.schemas import served_openapi

pytestmark = pytest.mark.django_db


def test_any_site_may_read_but_not_write(client, directory):
    response = client.get("/api/hsds/services", HTTP_ORIGIN="https://huisarts.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options("/api/hsds/services", HTTP_ORIGIN="https://huisarts.example")
    assert preflight.status_code == 204 and preflight["Access-Control-Allow-Origin"] == "*"
    for method in (client.post, client.put, client.delete, client.patch):
        assert method("/api/hsds/services").status_code == 405


def test_answers_set_no_cookie(client, directory):
    for url in ["/api/hsds/", "/api/hsds/services?full=true", "/api/hsds/openapi.json"]:
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies
        assert "Set-Cookie" not in response


def test_an_unchanged_answer_is_a_304_by_etag_and_by_date(client, directory):
    first = client.get("/api/hsds/services")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    assert client.get("/api/hsds/services", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get("/api/hsds/services", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304


def test_a_changed_listing_changes_the_etag(client, directory):
    before = client.get("/api/hsds/services")["ETag"]
    group = directory["old"]
    group.summary = "Nieuwe samenvatting"
    group.save()
    after = client.get("/api/hsds/services", HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200 and after["ETag"] != before


def test_each_client_has_a_limit_and_then_gets_a_429_with_retry_after(
    client, settings, monkeypatch
):
    monkeypatch.setattr(hsds_api, "API_PER_ADDRESS", hsds_api.ratelimit.Limit("hsds-test", 3, 3600))
    for _ in range(3):
        assert client.get("/api/hsds/taxonomies").status_code == 200
    over = client.get("/api/hsds/taxonomies")
    assert over.status_code == 429 and int(over["Retry-After"]) > 0
    assert over["Access-Control-Allow-Origin"] == "*"
    other = client.get("/api/hsds/taxonomies", REMOTE_ADDR="192.0.2.8")
    assert other.status_code == 200


def test_the_served_openapi_document_describes_this_api_and_needs_no_network(client):
    doc = client.get("/api/hsds/openapi.json").json()
    assert doc == served_openapi()
    assert doc["openapi"] == "3.1.0"
    assert doc["servers"][0]["url"].endswith("/api/hsds")
    assert set(doc["paths"]) == {
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/service_at_locations",
        "/service_at_locations/{id}",
        "/taxonomies",
        "/taxonomies/{id}",
        "/taxonomy_terms",
        "/taxonomy_terms/{id}",
    }
    text = str(doc)
    assert "raw.githubusercontent.com" not in text
    assert "REQUIRED --" not in text
