import pytest

from contactpoints.models import Municipality
from groups.models import Group, Theme
from referrals.codes import short_link_for, typeable
from tests.factories import ContactPointFactory, GroupFactory, VenueFactory, heerlen

pytestmark = pytest.mark.django_db


@pytest.fixture
def grief():
    return Theme.objects.get(slug="verlies-rouw")


def in_maastricht():
    return VenueFactory(
        city="Maastricht",
        municipality=Municipality.objects.get(name="Maastricht"),
        latitude=50.851,
        longitude=5.691,
    )


def overview(client, slug="verlies-rouw", **params):
    response = client.get(f"/themas/{slug}/overzicht/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_overview_lists_the_themes_groups_in_and_near_the_municipality(client, grief):
    heerlen = GroupFactory(name="Rouw Heerlen", themes=[grief], venue=True)
    GroupFactory(name="Rouw Maastricht", themes=[grief], venue=in_maastricht())
    GroupFactory(name="Rouw online", themes=[grief], format=Group.Format.ONLINE)
    GroupFactory(name="Angst Heerlen", themes=[Theme.objects.get(slug="angst-paniek")], venue=True)
    html = overview(client, gemeente="heerlen")
    assert "Zelfhulpgroepen: Verlies en rouw" in html
    assert "In en bij Heerlen" in html
    assert "Rouw Heerlen" in html
    assert typeable(short_link_for(heerlen).code) in html
    assert "Rouw online" in html
    assert "Rouw Maastricht" not in html
    assert "Angst Heerlen" not in html


def test_a_municipality_name_works_as_well_as_its_slug(client, grief):
    GroupFactory(name="Rouw Heerlen", themes=[grief], venue=True)
    assert "In en bij Heerlen" in overview(client, gemeente="Heerlen")


def test_without_a_municipality_it_lists_the_theme_everywhere(client, grief):
    GroupFactory(name="Rouw Heerlen", themes=[grief], venue=True)
    GroupFactory(name="Rouw Maastricht", themes=[grief], venue=in_maastricht())
    html = overview(client)
    assert "Rouw Heerlen" in html
    assert "Rouw Maastricht" in html


def test_a_sub_theme_group_shows_on_its_main_themes_overview(client):
    GroupFactory(
        name="Weduwen Heerlen", themes=[Theme.objects.get(slug="rouw-partner")], venue=True
    )
    assert "Weduwen Heerlen" in overview(client, gemeente="heerlen")


def test_it_keeps_to_one_page_and_points_to_the_site_for_the_rest(client, grief):
    for n in range(9):
        GroupFactory(name=f"Rouwgroep {n}", themes=[grief], venue=True)
    html = overview(client, gemeente="heerlen")
    assert html.count('class="ov-group"') == 6
    assert "Er zijn meer groepen." in html
    assert "/themas/verlies-rouw/" in html


def test_the_footer_names_the_contact_point_covering_the_municipality(client, grief):
    ContactPointFactory(name="Zelfhulp Parkstad", phone="045 560 30 30", municipalities=[heerlen()])
    GroupFactory(name="Rouw Heerlen", themes=[grief], venue=True)
    html = overview(client, gemeente="heerlen")
    assert "Vragen of aanmelden: Zelfhulp Parkstad, 045 560 30 30" in html
    assert html.count("Vragen of aanmelden:") == 1


def test_an_unknown_municipality_is_a_form_error(client, grief):
    html = overview(client, gemeente="Atlantis")
    assert "<title>Fout:" in html
    assert "We kennen deze plaats niet" in html


def test_an_unknown_theme_is_a_404(client):
    assert client.get("/themas/bestaat-niet/overzicht/").status_code == 404


@pytest.mark.parametrize("value", ["\x00", "x" * 101, "<script>"])
def test_bad_input_never_breaks_the_overview(client, grief, value):
    response = client.get("/themas/verlies-rouw/overzicht/", {"gemeente": value})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</head>")[1]


def test_the_overview_takes_a_fixed_number_of_queries(client, grief, django_assert_max_num_queries):
    for n in range(8):
        short_link_for(GroupFactory(name=f"Rouwgroep {n}", themes=[grief], venue=True))
    # Theme 1, municipality 1; groups nearby 1 + themes and schedules 2; groups online 1;
    # the contact point covering the municipality 1.
    with django_assert_max_num_queries(7):
        overview(client, gemeente="heerlen")
