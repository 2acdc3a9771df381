import pytest
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def suggestions(client, typed, prefix=""):
    response = client.get(f"{prefix}/zoeken/suggesties/", {"q": typed})
    assert response.status_code == 200
    assert response.cookies == {}
    return response.json()


def test_it_suggests_themes_by_name_and_synonym(client):
    themes = [t["label"] for t in suggestions(client, "mantel")["themes"]]
    assert "Mantelzorg" in themes
    assert "Alcohol" in [t["label"] for t in suggestions(client, "drank")["themes"]]


def test_it_suggests_english_names_under_en(client):
    assert "Informal caregiving" in [
        t["label"] for t in suggestions(client, "mantel", "/en")["themes"]
    ]


def test_it_suggests_places_and_other_names(client):
    assert suggestions(client, "ubachs")["places"][0]["label"] == "Ubachsberg"
    assert "Heerlen" in [p["label"] for p in suggestions(client, "heerl")["places"]]


@pytest.mark.parametrize("typed", ["", "a", "x" * 61, "\x00\x00", "zzzzzz"])
def test_short_long_or_odd_input_gives_no_suggestions_and_no_error(client, typed):
    found = suggestions(client, typed)
    assert found == {"themes": [], "places": []}


def test_a_keystroke_costs_no_query_once_cached(client):
    from django.db import connection

    suggestions(client, "rouw")
    with CaptureQueriesContext(connection) as captured:
        suggestions(client, "rouwv")
    assert len(captured) == 0


def test_the_search_fields_name_the_endpoint_and_work_as_plain_fields(client):
    html = client.get("/zoeken/").text
    assert 'data-suggest="themes" data-suggest-url="/zoeken/suggesties/"' in html
    assert 'role="combobox"' not in html  # set by the script only


@pytest.mark.parametrize("path", ["/", "/zoeken/", "/themas/verlies-rouw/", "/verwijzers/"])
def test_every_search_box_names_the_endpoint(client, path):
    html = client.get(path).text
    assert 'data-suggest-url="/zoeken/suggesties/"' in html
    assert "/static/js/autocomplete" in html
    assert 'role="combobox"' not in html  # set by the script only
