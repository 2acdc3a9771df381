"""The demo: at least 25 fictional peers across the five Limburg regions and 20 articles."""

import io

import pytest
from django.core.management import call_command

from knowledge.models import Article
from peers.models import Peer

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_data", force=True, stdout=io.StringIO())
    call_command("load_demo_peers", force=True, stdout=io.StringIO())
    call_command("load_demo_peers", force=True, stdout=io.StringIO())  # idempotent


def test_the_demo_has_peers_in_every_region_and_twenty_articles(demo, client):
    public = Peer.objects.public()
    assert public.count() >= 25
    regions = set(public.values_list("contact_point__region__slug", flat=True))
    assert len(regions) == 5
    assert Peer.objects.filter(status="intake").exists()
    assert Article.objects.published().count() >= 20
    assert all("verzonnen voor de demo" in a.body for a in Article.objects.all())
    assert all(p.email.endswith("@demo.example") for p in Peer.objects.all())
    assert client.get("/ervaringsdelers/").status_code == 200
    for article in Article.objects.all()[:5]:
        assert client.get(article.get_absolute_url()).status_code == 200
