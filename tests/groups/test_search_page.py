"""The search page as a resident uses it: what, where, filters, and the kind answers."""

import re

import pytest
from django.test.utils import CaptureQueriesContext

from contactpoints.models import Municipality
from groups.models import Group, Theme
from tests.factories import ContactPointFactory, GroupFactory, VenueFactory, heerlen

pytestmark = pytest.mark.django_db

HEERLEN = (50.8837, 5.9815)
MAASTRICHT = (50.8483, 5.6889)  # about 21 km from Heerlen
AMSTERDAM = (52.36294, 4.89988)


def theme(slug):
    return Theme.objects.get(slug=slug)


def venue_at(point, city, municipality=None):
    return VenueFactory(
        latitude=point[0],
        longitude=point[1],
        city=city,
        municipality=municipality or heerlen(),
    )


def search(client, **params):
    return client.get("/zoeken/", params)


def names(response):
    return [g.name for g in response.context["groups"]]


def test_a_theme_word_finds_its_groups_and_says_how_many(client):
    GroupFactory(name="Samen verder", themes=[theme("depressie")], venue=True)
    GroupFactory(name="Rouwcafé", themes=[theme("rouw-partner")], venue=True)
    response = search(client, q="depressie")
    assert response.status_code == 200
    assert names(response) == ["Samen verder"]
    assert "1 groep gevonden" in response.text


def test_a_synonym_counts_as_its_theme(client):
    GroupFactory(name="Kring Heuvelland", description="We praten.", themes=[theme("depressie")])
    GroupFactory(name="Anonieme drinkers", description="Elke week.", themes=[theme("alcohol")])
    assert names(search(client, q="somber")) == ["Kring Heuvelland"]
    assert names(search(client, q="AA")) == ["Anonieme drinkers"]


def test_a_longer_form_of_the_word_still_finds_the_group(client):
    GroupFactory(name="Lichtpunt", description="Voor mensen met een depressie.")
    assert names(search(client, q="depressieve")) == ["Lichtpunt"]


def test_a_near_miss_typo_is_searched_as_the_theme_word_and_said_so(client):
    GroupFactory(name="Lichtpunt", themes=[theme("depressie")])
    response = search(client, q="depresie")
    assert names(response) == ["Lichtpunt"]
    assert "Resultaten voor ‘depressie’." in response.text
    assert re.search(r'<a href="\?q=depresie&amp;letterlijk=1">Toch zoeken naar', response.text)


def test_only_published_groups_are_found(client):
    GroupFactory(name="Open groep", themes=[theme("rouw-partner")])
    for status in ["draft", "in_review", "paused", "archived"]:
        GroupFactory(name=f"Groep {status}", status=status, themes=[theme("rouw-partner")])
    assert names(search(client, q="rouw")) == ["Open groep"]


def test_with_a_place_nearby_groups_come_nearest_first_with_their_distance(client):
    maastricht = Municipality.objects.get(code="GM0935")
    GroupFactory(
        name="Verder weg",
        themes=[theme("rouw-partner")],
        venue=venue_at(MAASTRICHT, "Maastricht", maastricht),
    )
    GroupFactory(
        name="Dichtbij", themes=[theme("rouw-partner")], venue=venue_at(HEERLEN, "Heerlen")
    )
    GroupFactory(
        name="Amsterdam", themes=[theme("rouw-partner")], venue=venue_at(AMSTERDAM, "Amsterdam")
    )
    response = search(client, q="rouw", waar="6411")
    assert names(response) == ["Dichtbij", "Verder weg"]
    assert "hiervandaan" in response.text
    assert "Groepen voor ‘rouw’ bij 6411 Heerlen" in response.text
    assert names(search(client, q="rouw", waar="6411", afstand="10")) == ["Dichtbij"]


def test_online_groups_have_their_own_section_when_a_place_is_given(client):
    GroupFactory(
        name="Dichtbij", themes=[theme("rouw-partner")], venue=venue_at(HEERLEN, "Heerlen")
    )
    GroupFactory(name="Rouw online", themes=[theme("rouw-partner")], format="online")
    GroupFactory(name="Rouwlijn", themes=[theme("rouw-partner")], format="phone")
    response = search(client, q="rouw", waar="Heerlen")
    assert names(response) == ["Dichtbij"]
    assert {g.name for g in response.context["remote"]} == {"Rouw online", "Rouwlijn"}
    assert "2 groepen online of telefonisch" in response.text


@pytest.mark.parametrize(
    "place",
    [
        "6411",
        "6411 AB",
        "6411ab",
        "Heerlen",
        "heerlen",
        "Hoensbroek",
        "Sittard-Geleen",
        "sittard geleen",
    ],
)
def test_where_takes_a_postcode_a_place_or_a_municipality(client, place):
    response = search(client, waar=place)
    assert response.status_code == 200
    assert response.context["place"] is not None
    assert not response.context["blocking"]


def test_an_unknown_place_is_a_clear_message_with_suggestions(client):
    response = search(client, q="rouw", waar="Heerln")
    assert response.status_code == 200
    assert response.context["blocking"] == ["waar"]
    assert "We kennen de plaats of postcode ‘Heerln’ niet." in response.text
    assert ">Heerlen</a>" in response.text
    assert response.text.count("<title>Fout: ") == 1
    assert 'href="#id_waar"' in response.text


def test_a_postcode_that_does_not_exist_is_a_message_too(client):
    response = search(client, waar="9999 ZZ")
    assert response.status_code == 200
    assert response.context["blocking"] == ["waar"]


@pytest.mark.parametrize(
    "words", ["zelfmoord", "ik wil dood", "Suïcide gedachten", "zelfbeschadiging"]
)
def test_crisis_words_show_113_above_everything(client, words):
    response = search(client, q=words)
    html = response.text
    assert "113" in html and "0800-0113" in html and "huisartsenpost" in html
    main = html[html.index('<main id="main"') :]
    assert main.index("notice-crisis") < main.index("<h1")


def test_ordinary_words_show_no_crisis_banner(client):
    assert "notice-crisis" not in search(client, q="rouw").text


def test_nothing_found_is_said_kindly_with_ways_on(client):
    contact_point = ContactPointFactory(
        name="Zelfhulp Parkstad",
        phone="045 111 22 33",
        email="info@parkstad.example",
        municipalities=[heerlen()],
    )
    GroupFactory(
        name="Rouw in Maastricht",
        themes=[theme("rouw-partner")],
        contact_point=contact_point,
        venue=venue_at(MAASTRICHT, "Maastricht", Municipality.objects.get(code="GM0935")),
    )
    GroupFactory(name="Rouw online", themes=[theme("rouw-partner")], format="online")
    response = search(client, q="rouw", waar="6411", afstand="5", vorm="op-locatie")
    html = response.text
    assert response.context["nothing"]
    assert "We hebben geen groep gevonden die past" in html
    assert "Zoek tot 50 km: daar is 1 groep" in html
    assert "afstand=50" in html
    assert "045 111 22 33" in html and "info@parkstad.example" in html
    assert 'href="/interesse/?thema=verlies-rouw&amp;plaats=6411&amp;woorden=rouw"' in html
    assert "Rouw online" in html  # online groups for the theme
    assert "Zoek zonder filters" in html


def test_nothing_found_offers_related_themes(client):
    GroupFactory(name="Na het verlies", themes=[theme("rouw-kind")])
    response = search(client, q="rouw", waar="6411", afstand="5")
    related = response.context["matched_themes"] + response.context["related_themes"]
    assert related and all(t.slug != "" for t in related)
    assert (
        "Thema&#x27;s die erop lijken" in response.text
        or "Thema's die erop lijken" in response.text
    )


def test_filters_narrow_the_results(client):
    GroupFactory(name="Gratis", cost="free", themes=[theme("rouw-partner")])
    GroupFactory(name="Bijdrage", cost="contribution", themes=[theme("rouw-partner")])
    GroupFactory(name="Vol", newcomers="closed", themes=[theme("rouw-partner")])
    GroupFactory(name="Voor naasten", audience="relatives", themes=[theme("rouw-partner")])
    response = search(client, q="rouw", gratis="ja", nieuwkomers="ja", voor="zelf")
    assert names(response) == ["Gratis"]


def test_a_theme_filter_includes_its_sub_themes(client):
    GroupFactory(name="Angstgroep", themes=[theme("angst-paniek")])
    GroupFactory(name="Rouwgroep", themes=[theme("rouw-partner")])
    response = search(client, thema="psychische-gezondheid")
    assert names(response) == ["Angstgroep"]


def test_filter_counts_say_what_each_choice_gives(client):
    GroupFactory(name="A", format="online", cost="free", themes=[theme("rouw-partner")])
    GroupFactory(name="B", format="online", cost="contribution", themes=[theme("rouw-partner")])
    GroupFactory(name="C", format="phone", cost="free", themes=[theme("rouw-partner")])
    response = search(client, q="rouw", vorm="online")
    facets = {f["name"] or "flags": f for f in response.context["facets"]}
    formats = {value: count for value, _label, count, _checked in facets["vorm"]["choices"]}
    assert formats["online"] == 2 and formats["telefonisch"] == 1 and formats["op-locatie"] == 0
    flags = {value: count for value, _label, count, _checked in facets["flags"]["choices"]}
    assert flags["gratis"] == 1  # of the two online groups, one is free
    assert 'Gratis <span class="count">(1)</span>' in response.text


def test_the_page_is_bookmarkable_and_pagination_keeps_the_filters(client):
    for n in range(25):
        GroupFactory(name=f"Rouwgroep {n:02d}", themes=[theme("rouw-partner")])
    response = search(client, q="rouw", thema="rouw", gratis="ja")
    assert len(response.context["groups"]) == 20
    nxt = re.search(r'href="([^"]*page=2[^"]*)"', response.text).group(1).replace("&amp;", "&")
    assert "q=rouw" in nxt and "thema=rouw" in nxt and "gratis=ja" in nxt
    second = client.get("/zoeken/" + nxt)
    assert len(second.context["groups"]) == 5


def test_a_page_beyond_the_last_shows_the_last_page_with_a_message(client):
    GroupFactory(name="Enige", themes=[theme("rouw-partner")])
    response = search(client, q="rouw", page="999")
    assert response.status_code == 200
    assert names(response) == ["Enige"]
    assert "Die pagina bestaat niet" in response.text


def test_sorting_by_next_meeting(client):
    from datetime import timedelta

    from django.utils import timezone

    GroupFactory(name="Later", themes=[theme("rouw-partner")])
    GroupFactory(name="Eerder", themes=[theme("rouw-partner")])
    Group.objects.filter(name="Later").update(next_meeting_at=timezone.now() + timedelta(days=9))
    Group.objects.filter(name="Eerder").update(next_meeting_at=timezone.now() + timedelta(days=2))
    assert names(search(client, q="rouw", sorteer="datum")) == ["Eerder", "Later"]


def test_name_and_theme_rank_above_the_description(client):
    GroupFactory(name="Praatgroep", description="Soms praten we over rouw.")
    GroupFactory(name="Rouwgroep", description="Samen praten.")
    assert names(search(client, q="rouw"))[0] == "Rouwgroep"


def test_ranking_is_capped_and_says_so(client, settings):
    settings.SEARCH_RANK_CAP = 5
    for n in range(8):
        GroupFactory(name=f"Rouwgroep {n}", themes=[theme("rouw-partner")])
    response = search(client, q="rouw")
    assert response.status_code == 200
    assert response.context["capped"]
    assert "Meer dan 5 resultaten" in response.text
    assert len(response.context["groups"]) == 5


def test_a_result_card_answers_at_a_glance(client):
    GroupFactory(
        name="Rouwcafé Heerlen",
        themes=[theme("rouw-partner")],
        audience="relatives",
        newcomers="welcome",
        venue=venue_at(HEERLEN, "Heerlen"),
    )
    html = search(client, q="rouw", waar="6411").text
    card = html[html.index('<li class="card">') :]
    card = card[: card.index("</li>")]
    for text in [
        "Rouwcafé Heerlen",
        "Heerlen",
        "hiervandaan",
        "Volgende keer",
        "Naasten en mantelzorgers",
        "Rouw",
        "Nieuwe deelnemers welkom",
    ]:
        assert text in card


def test_results_use_the_same_number_of_queries_for_one_or_many_groups(client):
    def queries(**params):
        from django.db import connection

        client.get("/zoeken/", params)  # the theme vocabulary for suggestions is cached
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/zoeken/", params).status_code == 200
        return len(captured)

    GroupFactory(name="Rouw 0", themes=[theme("rouw-partner")], venue=venue_at(HEERLEN, "Heerlen"))
    GroupFactory(name="Rouw online 0", themes=[theme("rouw-partner")], format="online")
    few = queries(q="rouw", waar="6411", gratis="ja")
    for n in range(1, 30):
        GroupFactory(
            name=f"Rouw {n}",
            themes=[theme("rouw-partner"), theme("depressie")],
            venue=venue_at(HEERLEN, "Heerlen"),
        )
        GroupFactory(name=f"Rouw online {n}", themes=[theme("rouw-partner")], format="online")
    many = queries(q="rouw", waar="6411", gratis="ja")
    assert few == many
    # Place (1-3), the planner's estimate for words near a place (1), the candidates'
    # summary (1, and 1 more above the cap with filters), the page's groups with their
    # themes and towns (1): at most 10 whatever the number of results.
    assert many <= 10


def test_the_search_page_works_in_english(client):
    GroupFactory(name="Rouwcafé", themes=[theme("rouw-partner")])
    response = client.get("/en/zoeken/", {"q": "rouw"})
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert theme("rouw-partner").name_en in response.text


def test_the_search_page_sets_no_cookie(client):
    GroupFactory(name="Rouwcafé", themes=[theme("rouw-partner")])
    for params in [{}, {"q": "rouw"}, {"q": "rouw", "waar": "Heerln"}, {"q": "\x00"}]:
        response = client.get("/zoeken/", params)
        assert response.cookies == {}
        assert "csrfmiddlewaretoken" not in response.text
