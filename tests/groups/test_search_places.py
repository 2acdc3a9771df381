import pytest

from contactpoints.models import PlaceAlias, PostcodeArea
from groups.models import Theme
from tests.factories import GroupFactory, VenueFactory

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/zoeken/", params)
    assert response.status_code == 200
    return response


def names(response):
    return [g.name for g in response.context["groups"]]


@pytest.fixture
def voerendaal_group():
    return GroupFactory(
        name="Rouwgroep Voerendaal",
        themes=[Theme.objects.get(slug="rouw-partner")],
        venue=VenueFactory(latitude=50.8739, longitude=5.933, city="Voerendaal"),
    )


def test_a_village_the_gazetteer_files_under_another_name_is_found(client, voerendaal_group):
    response = search(client, q="rouw", waar="Ubachsberg")
    assert names(response) == ["Rouwgroep Voerendaal"]
    assert "Er ging iets mis" not in response.text


@pytest.mark.parametrize(("typed", "pc4"), [("Den Bosch", "5211"), ("maastricht-heer", "6226")])
def test_common_other_names_are_known(client, typed, pc4):
    alias = PlaceAlias.objects.get(name_key=PlaceAlias(name=typed).name.lower().replace("-", " "))
    assert alias.area_id == pc4
    response = search(client, waar=typed)
    assert not response.context["blocking"]
    assert "Oudenbosch" not in response.text


def test_an_alias_a_coordinator_adds_is_found_at_once(client, voerendaal_group):
    assert search(client, q="rouw", waar="Colmont").context["blocking"] == ["waar"]
    PlaceAlias.objects.create(name="Colmont", area=PostcodeArea.objects.get(pc4="6367"))
    assert names(search(client, q="rouw", waar="Colmont")) == ["Rouwgroep Voerendaal"]


def test_an_unknown_place_says_we_do_not_know_it_with_suggestions(client):
    response = search(client, q="rouw", waar="Voerendal")
    assert "We kennen ‘Voerendal’ niet" in response.text
    assert ">Voerendaal</a>" in response.text
    assert "Er ging iets mis" not in response.text


def test_a_place_outside_limburg_says_so_and_shows_the_online_groups(client):
    rouw = Theme.objects.get(slug="rouw-partner")
    GroupFactory(name="Rouw online", themes=[rouw], format="online")
    GroupFactory(name="Rouw Heerlen", themes=[rouw], venue=VenueFactory(city="Heerlen"))
    response = search(client, q="rouw", waar="Groningen")
    assert "Zelfhulpkaart toont voorlopig groepen in Limburg" in response.text
    assert names(response) == ["Rouw online"]
    assert "binnen 25 km" not in response.text.lower()
    assert 'value="Groningen"' in response.text
    assert "/interesse/?plaats=Groningen&amp;woorden=rouw" in response.text


def test_the_interest_link_of_an_empty_result_carries_words_theme_and_place(client):
    response = search(client, q="rouw", waar="Heerlen")
    assert response.context["nothing"]
    assert "/interesse/?thema=verlies-rouw&amp;plaats=Heerlen&amp;woorden=rouw" in response.text
