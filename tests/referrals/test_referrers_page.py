import csv
from pathlib import Path

import pytest
from django.conf import settings

from contactpoints.models import Municipality
from groups.models import Group, Theme
from referrals.codes import short_link_for
from referrals.lookup import icpc_code
from tests.factories import GroupFactory, VenueFactory

pytestmark = pytest.mark.django_db

THEMES_CSV = Path(settings.BASE_DIR) / "groups" / "data" / "themes.csv"


def taxonomy_codes():
    """Every ICPC-2 code in the shipped taxonomy (read here: collection has no database)."""
    with open(THEMES_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return sorted(
        {code.strip() for row in rows for code in row["icpc2"].split("|") if code.strip()}
    )


def page(client, **params):
    response = client.get("/verwijzers/", params)
    assert response.status_code == 200
    return response.content.decode()


def theme(slug):
    return Theme.objects.get(slug=slug)


def in_maastricht():
    return VenueFactory(
        city="Maastricht",
        municipality=Municipality.objects.get(name="Maastricht"),
        latitude=50.851,
        longitude=5.691,
    )


def test_the_page_says_what_self_help_groups_are_and_are_not(client):
    html = page(client)
    assert "Wat een zelfhulpgroep is" in html
    assert "Geen behandeling" in html
    assert 'href="tel:113"' in html
    assert "huisartsenpost" in html


def test_the_page_lists_every_theme_with_its_codes(client):
    html = page(client)
    assert "Depressie en somberheid" in html
    assert "P76, P03" in html


def test_p76_finds_the_depression_groups(client):
    GroupFactory(name="Somberheid Heerlen", themes=[theme("depressie")])
    GroupFactory(name="Angst Heerlen", themes=[theme("angst-paniek")])
    html = page(client, q="P76")
    assert "Somberheid Heerlen" in html
    assert "Angst Heerlen" not in html
    assert "Depressie en somberheid" in html


@pytest.mark.parametrize("typed", ["p76", " P76 ", "P76.01", "P 76"])
def test_a_code_as_gps_type_it_is_understood(typed):
    assert icpc_code(typed) == "P76"


@pytest.mark.parametrize("code", taxonomy_codes())
def test_every_code_in_the_taxonomy_finds_its_themes_and_their_groups(client, code):
    carriers = list(Theme.objects.filter(icpc_codes__contains=[code]))
    assert carriers, f"no theme carries {code}"
    for index, carrier in enumerate(carriers):
        GroupFactory(name=f"Groep {code} nummer {index}", themes=[carrier])
    GroupFactory(name="Concept met dezelfde code", themes=carriers, status=Group.Status.DRAFT)
    html = page(client, q=code)
    for index, carrier in enumerate(carriers):
        assert carrier.name.replace("'", "&#x27;") in html
        assert f"Groep {code} nummer {index}" in html
    assert "Concept met dezelfde code" not in html


def test_a_code_no_theme_carries_says_so(client):
    html = page(client, q="X99")
    assert "Geen thema met ICPC-code X99" in html


def test_a_word_finds_the_grief_groups_and_their_theme(client):
    GroupFactory(name="Samen verder", themes=[theme("verlies-rouw")])
    GroupFactory(name="Angst Heerlen", themes=[theme("angst-paniek")])
    html = page(client, q="rouw")
    assert "Samen verder" in html
    assert "Angst Heerlen" not in html
    assert "Verlies en rouw" in html


def test_a_theme_link_shows_that_themes_groups(client):
    GroupFactory(name="Samen verder", themes=[theme("verlies-rouw")])
    html = page(client, thema="verlies-rouw")
    assert "Samen verder" in html


def test_a_place_limits_groups_on_location_and_keeps_the_online_ones(client):
    grief = theme("verlies-rouw")
    GroupFactory(name="Rouw Heerlen", themes=[grief], venue=True)
    GroupFactory(name="Rouw Maastricht", themes=[grief], venue=in_maastricht())
    GroupFactory(name="Rouw online", themes=[grief], format=Group.Format.ONLINE)
    html = page(client, q="rouw", waar="Heerlen", afstand="10")
    assert "Rouw Heerlen" in html
    assert "Rouw Maastricht" not in html
    assert "Rouw online" in html
    assert "Online of telefonisch" in html


def test_a_postcode_works_as_a_place(client):
    GroupFactory(name="Rouw Heerlen", themes=[theme("verlies-rouw")], venue=True)
    assert "Rouw Heerlen" in page(client, q="rouw", waar="6411")


def test_a_result_shows_place_when_newcomers_and_the_referral_card(client):
    group = GroupFactory(name="Rouw Heerlen", themes=[theme("verlies-rouw")], venue=True)
    html = page(client, q="rouw")
    code = short_link_for(group).code
    assert "Heerlen" in html
    assert "Elke tweede dinsdag van de maand, 19.30–21.30 uur" in html
    assert "Nieuwe deelnemers welkom" in html
    assert f'href="/groepen/{group.slug}/verwijskaart/"' in html
    assert f"Gewezen op zelfhulpgroep Rouw Heerlen — {settings.SITE_URL}/g/{code}" in html


def test_an_unknown_place_is_an_error_with_suggestions(client):
    html = page(client, q="rouw", waar="Herlen")
    assert "<title>Fout:" in html
    assert "We kennen deze plaats niet" in html
    assert "Heerlen" in html
    assert 'href="#id_waar"' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "rouw\x00"},
        {"q": "x" * 101},
        {"afstand": "abc"},
        {"afstand": "10000"},
        {"thema": "bestaat-niet"},
        {"waar": "\x00"},
        {"q": "' OR 1=1--"},
        {"q": "!!!||&&"},
        {"q": "<script>alert(1)</script>"},
    ],
)
def test_bad_input_is_a_form_error_never_a_500(client, params):
    response = client.get("/verwijzers/", params)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_the_page_sets_no_cookie(client):
    GroupFactory(name="Rouw Heerlen", themes=[theme("verlies-rouw")], venue=True)
    assert client.get("/verwijzers/", {"q": "rouw", "waar": "Heerlen"}).cookies == {}


@pytest.mark.parametrize("count", [1, 20])
def test_the_results_take_a_fixed_number_of_queries(client, django_assert_max_num_queries, count):
    grief = theme("verlies-rouw")
    for n in range(count):
        short_link_for(GroupFactory(name=f"Rouwgroep {n}", themes=[grief], venue=True))
    # Place 1; theme words 1 and matched themes 1; groups nearby 1 with their themes and
    # schedules 2; groups online 1 (their prefetches only run when there are any); the list
    # of all themes with codes 1. No session, no short-link inserts once links exist.
    with django_assert_max_num_queries(8):
        html = page(client, q="rouw", waar="Heerlen")
    assert html.count('class="compact-result"') == count


def test_a_code_also_finds_general_groups_of_the_main_theme_after_the_specific_ones(client):
    GroupFactory(name="A: algemene rouwgroep", themes=[theme("verlies-rouw")])
    GroupFactory(name="B: verlies van een ouder", themes=[theme("rouw-familie")])
    GroupFactory(name="C: miskraam", themes=[theme("zwangerschapsverlies")])
    html = page(client, q="Z23")
    assert html.index("B: verlies van een ouder") < html.index("A: algemene rouwgroep")
    assert "C: miskraam" not in html


@pytest.mark.parametrize("params", [{}, {"q": "P76"}, {"q": "P76", "afstand": ""}])
def test_the_distance_shows_25_km_as_on_the_residents_search_unless_chosen(client, params):
    assert '<option value="25" selected>' in page(client, **params)
    assert '<option value="10" selected>' in page(client, q="P76", afstand="10")


def test_links_with_the_old_parameter_names_still_work(client):
    GroupFactory(name="Rouw Heerlen", themes=[theme("verlies-rouw")], venue=True)
    GroupFactory(name="Rouw Maastricht", themes=[theme("verlies-rouw")], venue=in_maastricht())
    html = page(client, q="rouw", plaats="Heerlen", km="10")
    assert "Rouw Heerlen" in html and "Rouw Maastricht" not in html


def test_referrers_and_residents_get_the_same_order_for_the_same_words(client):
    alcohol = GroupFactory(name="Zelfhulp Alcohol", themes=[theme("alcohol")])
    GroupFactory(name="Aanvallen en aandoeningen", themes=[theme("epilepsie")])
    html = page(client, q="AA")
    assert "Zelfhulp Alcohol" in html
    assert "Aanvallen en aandoeningen" not in html
    residents = client.get("/zoeken/", {"q": "AA"}).context["groups"]
    assert [g.pk for g in residents] == [alcohol.pk]


def test_a_theme_lists_groups_welcoming_newcomers_first_not_by_name(client):
    GroupFactory(name="Aaa vol", themes=[theme("verlies-rouw")], newcomers="closed")
    GroupFactory(name="Zzz welkom", themes=[theme("verlies-rouw")], newcomers="welcome")
    html = page(client, thema="verlies-rouw")
    assert html.index("Zzz welkom") < html.index("Aaa vol")
