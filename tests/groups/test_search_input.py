"""Any input is safe: a normal page with a message, never a 500 (400 at worst)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groups.models import Theme
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db

PARAMS = [
    "q",
    "waar",
    "afstand",
    "thema",
    "vorm",
    "voor",
    "dag",
    "gratis",
    "nieuwkomers",
    "rolstoel",
    "taal",
    "sorteer",
    "page",
]


@pytest.fixture
def a_group():
    return GroupFactory(
        name="Rouwcafé", themes=[Theme.objects.get(slug="rouw-partner")], venue=True
    )


@pytest.mark.parametrize(
    "query",
    [
        "q=%00",
        "q=rouw%00&waar=6411",
        "waar=%00",
        "q=%ED%A0%80",
        "q=%FF%FE",
        "q=!!!||%26%26",
        "q=%27%20OR%201%3D1--",
        "q=" + "a" * 10_000,
        "waar=" + "6" * 500,
        "q=(((((",
        "q=rouw:*%20%26%20!",
        "q=%5C%27",
        "thema=bestaat-niet",
        "vorm=vliegend&voor=iedereen&dag=blauwdag&taal=xx&sorteer=willekeurig",
        "afstand=-1",
        "afstand=99999999999999999999",
        "page=abc",
        "page=0",
        "page=-5",
        "page=100000000000000000000",
        "gratis=nee&nieuwkomers=&rolstoel=0",
        "q=" + "%C3%A9" * 200,
        "waar=6411%20AB%20extra",
        "q[]=rouw",
        "q=rouw&q=angst",
    ],
)
def test_strange_input_gives_a_normal_page(client, a_group, query):
    response = client.get("/zoeken/?" + query)
    assert response.status_code == 200
    assert "<h1>" in response.text


def test_a_nul_byte_in_the_words_is_a_form_error_not_a_crash(client):
    response = client.get("/zoeken/?q=rouw%00")
    assert response.context["blocking"] == ["q"]
    assert "een teken dat we niet kunnen lezen" in response.text
    assert "\x00" not in response.text


def test_too_many_characters_is_a_form_error(client):
    response = client.get("/zoeken/", {"q": "rouw " * 30})
    assert response.context["blocking"] == ["q"]
    assert "hoogstens 100 tekens" in response.text


def test_unknown_filter_values_are_skipped_with_a_message(client, a_group):
    response = client.get("/zoeken/", {"thema": "bestaat-niet", "dag": "blauwdag"})
    assert response.status_code == 200
    assert [g.name for g in response.context["groups"]] == ["Rouwcafé"]
    assert "Een deel van je zoekopdracht konden we niet gebruiken" in response.text


def test_html_in_the_words_is_shown_escaped(client):
    response = client.get("/zoeken/", {"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
values = st.one_of(text, st.sampled_from(["", "ja", "6411", "Heerlen", "rouw", "2", "999999"]))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.dictionaries(st.sampled_from(PARAMS), values, max_size=6))
def test_no_combination_of_parameters_breaks_the_search_page(client, params):
    response = client.get("/zoeken/", params)
    assert response.status_code in (200, 400)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=values)
def test_no_page_number_breaks_the_theme_page(client, page):
    response = client.get("/themas/rouw-partner/", {"page": page})
    assert response.status_code == 200
