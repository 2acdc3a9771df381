import pytest

from groups.models import Group, Theme
from tests.factories import GroupFactory, ThemeFactory, VenueFactory

pytestmark = pytest.mark.django_db


def found(text):
    return set(Group.objects.matching(text).values_list("name", flat=True))


def test_a_stemmed_dutch_word_finds_the_description():
    GroupFactory(name="Samen verder", description="Een groep voor mensen met een depressie.")
    GroupFactory(name="Andere groep", description="Over rouw en verlies.")
    assert found("depressieve") == {"Samen verder"}


def test_a_theme_synonym_finds_the_group():
    group = GroupFactory(name="Kring Heuvelland", description="Wij praten over hoe het gaat.")
    group.themes.set([Theme.objects.get(slug="depressie")])
    assert found("somber") == {"Kring Heuvelland"}


def test_accents_are_ignored():
    GroupFactory(name="Café Zorgen", description="Lotgenotencontact voor naïeve vragen.")
    assert found("cafe") == {"Café Zorgen"}
    assert found("naieve") == {"Café Zorgen"}


def test_the_last_word_matches_as_a_prefix():
    GroupFactory(name="Angststoornis Roermond")
    assert found("angst") == {"Angststoornis Roermond"}


def test_renaming_a_theme_updates_its_groups():
    theme = ThemeFactory(name="Zeldzame aandoening")
    GroupFactory(name="Groep Z", themes=[theme])
    assert found("zeldzame") == {"Groep Z"}
    theme.synonyms = ["weesziekte"]
    theme.save()
    assert found("weesziekte") == {"Groep Z"}


def test_changing_a_groups_themes_updates_its_vector():
    group = GroupFactory(name="Groep Y")
    assert found("alcoholisme") == set()
    group.themes.add(Theme.objects.get(slug="alcohol"))
    assert found("alcoholisme") == {"Groep Y"}


def test_the_place_of_the_venue_is_searchable():
    GroupFactory(name="Groep X", venue=VenueFactory(city="Hoensbroek"))
    assert found("hoensbroek") == {"Groep X"}


def test_name_weighs_more_than_description():
    GroupFactory(name="Rouwgroep", description="Samen praten.")
    GroupFactory(name="Praatgroep", description="Ook over rouwgroep-onderwerpen.")
    ranked = list(Group.objects.ranked("rouwgroep", 1000).values_list("name", flat=True))
    assert ranked[0] == "Rouwgroep"


def test_english_theme_names_find_the_group_too():
    group = GroupFactory(name="Lotgenoten Heerlen", description="Samen praten.")
    group.themes.set([Theme.objects.get(slug="rouw-partner")])
    assert found("grief") == {"Lotgenoten Heerlen"}
    assert found("partner") == {"Lotgenoten Heerlen"}


def test_the_rebuild_command_restores_a_lost_vector():
    from django.core.management import call_command

    GroupFactory(name="Rouwgroep")
    Group.objects.update(search_vector=None)
    assert found("rouwgroep") == set()
    call_command("rebuild_search_vectors", verbosity=0)
    assert found("rouwgroep") == {"Rouwgroep"}
