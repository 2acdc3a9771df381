"""The HSDS 3.0 API: every path of the official OpenAPI document, each answer validated
against the official JSON schemas (copied into opendata/hsds_schema)."""

import json

import pytest

from opendata import ids
from tests.opendata.hsds_validation import validate, validate_official, validate_page

pytestmark = pytest.mark.django_db

LISTS = {
    "/api/hsds/services": "compiled/service_list.json",
    "/api/hsds/service_at_locations": "compiled/service_at_location_list.json",
    "/api/hsds/organizations": "compiled/organization_list.json",
    "/api/hsds/taxonomies": "taxonomy.json",
    "/api/hsds/taxonomy_terms": "taxonomy_term.json",
}


def get_json(api, url, status=200):
    response = api.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_the_root_says_which_hsds_version_and_where_the_openapi_document_is(api):
    data = get_json(api, "/api/hsds/")
    validate_official("/", "get", 200, data)
    assert data["version"] == "3.0"
    assert data["openapi_url"].endswith("/api/hsds/openapi.json")


@pytest.mark.parametrize("url", list(LISTS))
def test_every_list_answers_with_a_valid_hsds_page(api, directory, url):
    data = get_json(api, url)
    validate_page(data, LISTS[url])
    validate_official(url.removeprefix("/api/hsds"), "get", 200, data)
    assert data["total_items"] >= 1
    assert data["page_number"] == 1 and data["first_page"] and not data["empty"]


@pytest.mark.parametrize("url", ["/api/hsds/services", "/api/hsds/service_at_locations"])
def test_full_lists_nest_everything_and_stay_valid(api, directory, url):
    data = get_json(api, url + "?full=true")
    validate_page(data, LISTS[url])
    if url.endswith("services"):
        for item in data["contents"]:
            validate(item, "compiled/service.json")
            assert "schedules" in item


def test_minimal_services_are_ids_with_their_modified_date(api, directory):
    data = get_json(api, "/api/hsds/services?minimal=true")
    validate_page(data, "compiled/service_list.json")
    assert set(data["contents"][0]) == {"id", "name", "status", "last_modified"}


def test_a_service_is_the_fully_nested_group(api, directory):
    group = directory["old"]
    data = get_json(api, f"/api/hsds/services/{group.external_id}")
    validate(data, "compiled/service.json")
    validate_official("/services/{id}", "get", 200, data)
    assert data["name"] == "Rouwgroep Parkstad"
    assert data["assured_date"] == "2025-03-01"
    assert data["wait_time"] == "wachtlijst"
    assert data["organization"]["name"] == "Stichting Samen Verder"
    assert [lang["code"] for lang in data["languages"]] == ["nl", "li"]
    assert data["cost_options"][0]["option"] == "kleine bijdrage"
    assert data["phones"][0]["number"] == "045 123 4567"
    # Two venues: two service_at_locations, each with its location and address.
    places = sorted(s["location"]["addresses"][0]["city"] for s in data["service_at_locations"])
    assert places == ["Heerlen", "Kerkrade"]
    rules = sorted((s["freq"], s["byday"], s.get("interval")) for s in data["schedules"])
    assert rules == [("MONTHLY", "2TU", 1), ("WEEKLY", "TH", 2)]
    monthly = next(s for s in data["schedules"] if s["freq"] == "MONTHLY")
    assert monthly["opens_at"] == "19:30" and monthly["dtstart"] == "2017-09-12"
    assert "Niet in juli en augustus" in monthly["notes"]
    assert {a["link_type"] for a in data["attributes"]} == {"theme", "icpc2"}


def test_private_contacts_never_appear_anywhere(api, directory):
    everything = [get_json(api, f"/api/hsds/services/{directory['old'].external_id}")]
    for url in LISTS:
        everything.append(get_json(api, url + "?full=true&full_service=true&per_page=100"))
    text = json.dumps(everything, ensure_ascii=False)
    assert "geheim@prive.example" not in text
    assert "Geheime Contactpersoon" not in text
    assert "prive.example" not in text
    assert "contacts" not in text


def test_drafts_and_archived_groups_are_not_published_and_paused_ones_are_temporarily_closed(
    api, directory
):
    data = get_json(api, "/api/hsds/services?per_page=100")
    names = {s["name"]: s["status"] for s in data["contents"]}
    assert "Conceptgroep" not in names and "Oude groep" not in names
    assert names["Gepauzeerde groep"] == "temporarily closed"
    assert names["Rouwgroep Parkstad"] == "active"


def test_paging_counts_pages_and_says_which_is_last(api, directory):
    first = get_json(api, "/api/hsds/services?per_page=2&page=1")
    assert first["total_items"] == 3 and first["total_pages"] == 2 and first["size"] == 2
    assert first["first_page"] and not first["last_page"]
    last = get_json(api, "/api/hsds/services?per_page=2&page=2")
    assert last["size"] == 1 and last["last_page"] and not last["first_page"]
    beyond = get_json(api, "/api/hsds/services?per_page=2&page=9")
    assert beyond["empty"] and beyond["contents"] == []
    validate_page(beyond, "compiled/service_list.json")


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "per_page=1000",
        "modified_after=gisteren",
        "taxonomy_id=abc",
        "minimal=misschien",
        "postcode=0000",
        "postcode=",
        "search=" + "x" * 101,
        "format=csv",
        "search=%00",
    ],
)
def test_bad_parameters_are_a_400_with_the_field_named(api, query):
    data = get_json(api, "/api/hsds/services?" + query, status=400)
    assert data["error"] == "invalid parameter" and data["fields"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/hsds/services/00000000-0000-4000-8000-000000000000",
        "/api/hsds/services/geen-uuid",
        "/api/hsds/service_at_locations/" + ids.make(ids.SERVICE_AT_LOCATION, 999999, 1),
        "/api/hsds/organizations/" + ids.make(ids.ORGANIZATION_CONTACT_POINT, 999999),
        "/api/hsds/taxonomies/" + ids.make(ids.TAXONOMY, 9),
        "/api/hsds/taxonomy_terms/" + ids.make(ids.TERM_THEME, 999999),
    ],
)
def test_unknown_ids_are_a_404(api, url):
    assert get_json(api, url, status=404)["error"] == "not found"


def test_a_draft_groups_id_is_a_404(api, directory, hidden_groups):
    get_json(api, f"/api/hsds/services/{hidden_groups[0].external_id}", status=404)


def test_service_at_location_by_id_has_its_location_and_schedules(api, directory):
    listing = get_json(api, "/api/hsds/service_at_locations?per_page=100")
    for item in listing["contents"]:
        data = get_json(api, f"/api/hsds/service_at_locations/{item['id']}")
        validate(data, "service_at_location.json")
        assert data["location"]["location_type"] == "physical"
        assert data["schedules"]


def test_filters_narrow_services_and_are_cumulative(api, directory):
    old = directory["old"]
    full = get_json(api, f"/api/hsds/services/{old.external_id}")
    theme_term = next(a for a in full["attributes"] if a["link_type"] == "theme")
    icpc_term = next(a for a in full["attributes"] if a["link_type"] == "icpc2")
    for query in [
        f"taxonomy_term_id={theme_term['taxonomy_term_id']}",
        f"taxonomy_term_id={icpc_term['taxonomy_term_id']}",
        f"taxonomy_id={ids.make(ids.TAXONOMY, ids.TAXONOMY_ICPC)}",
        f"organization_id={full['organization_id']}",
        "search=rouwgroep",
        "postcode=6461&proximity=2000",
        f"search=rouwgroep&organization_id={full['organization_id']}",
    ]:
        names = [s["name"] for s in get_json(api, "/api/hsds/services?" + query)["contents"]]
        assert names == ["Rouwgroep Parkstad"], query
    nothing = get_json(
        api, f"/api/hsds/services?search=mantelzorgers&organization_id={full['organization_id']}"
    )
    assert nothing["total_items"] == 0


def test_modified_after_leaves_out_older_changes(api, directory):
    assert (
        get_json(api, "/api/hsds/services?modified_after=2100-01-01T00:00:00Z")["total_items"] == 0
    )
    assert (
        get_json(api, "/api/hsds/services?modified_after=2000-01-01T00:00:00Z")["total_items"] == 3
    )


def test_proximity_on_service_at_locations_keeps_only_nearby_venues(api, directory):
    near_kerkrade = get_json(api, "/api/hsds/service_at_locations?postcode=6461&proximity=1500")
    cities = {i["location"]["addresses"][0]["city"] for i in near_kerkrade["contents"]}
    assert cities == {"Kerkrade"}


def test_organizations_with_their_services_and_terms_with_their_parents(api, directory):
    orgs = get_json(api, "/api/hsds/organizations?full_service=true")
    for org in orgs["contents"]:
        data = get_json(api, f"/api/hsds/organizations/{org['id']}?full_service=true")
        validate(data, "organization.json")
        assert data["services"]
    terms = get_json(api, "/api/hsds/taxonomy_terms?per_page=100&top_only=true")
    assert all("parent_id" not in t for t in terms["contents"])
    child = get_json(api, "/api/hsds/taxonomy_terms?per_page=100")["contents"]
    with_parent = next(t for t in child if "parent_id" in t)
    validate(
        get_json(api, f"/api/hsds/taxonomy_terms/{with_parent['parent_id']}"), "taxonomy_term.json"
    )
    icpc = get_json(
        api,
        f"/api/hsds/taxonomy_terms?taxonomy_id={ids.make(ids.TAXONOMY, ids.TAXONOMY_ICPC)}&per_page=100",
    )
    assert icpc["total_items"] > 0 and all(t["taxonomy"] == "ICPC-2" for t in icpc["contents"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/hsds/services?full=true&per_page=100",
        "/api/hsds/service_at_locations?full=true&per_page=100",
        "/api/hsds/organizations?full_service=true",
    ],
)
def test_a_page_costs_the_same_few_queries_however_many_groups(
    api, directory, url, django_assert_max_num_queries
):
    from tests.factories import GroupFactory

    for n in range(12):
        GroupFactory(
            name=f"Extra groep {n}", contact_point=directory["old"].contact_point, venue=True
        )
    # count, the page's groups, their themes, schedules with venues and municipalities, the
    # organisation index, Last-Modified (and one more per nested step of full_service).
    with django_assert_max_num_queries(12):
        assert api.get(url).status_code == 200
