import pytest

from groups.models import Theme
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


def test_an_edited_synonym_is_found_at_once_on_both_search_pages(client):
    theme = Theme.objects.get(slug="gokken")
    GroupFactory(name="Kring Weddenschap", themes=[theme])
    # Both pages have read (and cached) the theme words before the edit.
    assert "Kring Weddenschap" in client.get("/zoeken/", {"q": "gokken"}).text
    assert "Gokken" in client.get("/verwijzers/", {"q": "gokken"}).text
    assert "Gokken" not in client.get("/verwijzers/", {"q": "roulettetafel"}).text

    theme.synonyms = [*theme.synonyms, "roulettetafel"]
    theme.save()

    assert "Kring Weddenschap" in client.get("/zoeken/", {"q": "roulettetafel"}).text
    assert "Gokken" in client.get("/verwijzers/", {"q": "roulettetafel"}).text
