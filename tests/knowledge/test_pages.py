"""Experience knowledge: published articles per theme, a safe Markdown subset, printable."""

import re

import pytest

from groups.models import Theme
from knowledge.markdown import render
from knowledge.models import Article
from tests.peers.factories import ArticleFactory

pytestmark = pytest.mark.django_db
XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klik](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    '[x](https://ok.example "t" onclick=alert(1))',
    "![plaatje](https://evil.example/p.png)",
]


@pytest.mark.parametrize("payload", XSS)
def test_the_body_never_carries_scripts_styles_or_images(payload):
    html = render(f"Tekst\n\n{payload}\n\nMeer tekst")
    tags = " ".join(re.findall(r"<[^>]*>", html)).lower()  # what is markup, not shown text
    for bad in ("<script", "<img", "<iframe", "<style", "javascript:", "onerror", "onclick"):
        assert bad not in tags


def test_the_small_subset_is_rendered():
    html = render("# Kop\n\nEen **vet** en *schuin* [link](https://a.example).\n\n- een\n- twee")
    assert "<h2>Kop</h2>" in html  # the page title is the only h1
    assert "<strong>vet</strong>" in html and "<em>schuin</em>" in html
    assert '<a href="https://a.example" rel="noopener noreferrer">link</a>' in html
    assert "<li>een</li>" in html


@pytest.fixture
def articles():
    grief = Theme.objects.get(slug="rouw-partner")
    ArticleFactory(title="Het eerste jaar", slug="eerste-jaar", themes=[grief])
    ArticleFactory(
        title="Geld na een scheiding",
        slug="geld",
        themes=[Theme.objects.get(slug="scheiding")],
        summary="Over rekeningen en afspraken.",
    )
    ArticleFactory(
        title="Nog een concept", slug="concept", status=Article.Status.DRAFT, reviewed_on=None
    )


def test_the_list_shows_published_articles_by_theme(client, articles):
    response = client.get("/ervaringskennis/")
    titles = {a.title for a in response.context["articles"]}
    assert titles == {"Het eerste jaar", "Geld na een scheiding"}
    response = client.get("/ervaringskennis/?thema=verlies-rouw")
    assert [a.title for a in response.context["articles"]] == ["Het eerste jaar"]
    response = client.get("/ervaringskennis/?q=rekeningen")
    assert [a.title for a in response.context["articles"]] == ["Geld na een scheiding"]
    assert client.get("/ervaringskennis/?q=%00").status_code == 200
    assert response.cookies == {}


def test_the_article_page_shows_author_review_date_and_print_address(client, articles):
    page = client.get("/ervaringskennis/eerste-jaar/").content.decode()
    assert "Door Ria" in page
    assert "Laatst nagekeken op 1 oktober 2026" in page
    assert "<h2>Het begin</h2>" in page
    assert '<p class="print-only">http://127.0.0.1:8000/ervaringskennis/eerste-jaar/</p>' in page
    assert 'href="/static/css/print.css" media="print"' in page
    assert client.get("/en/ervaringskennis/eerste-jaar/").status_code == 200


def test_drafts_are_not_public(client, articles):
    assert client.get("/ervaringskennis/concept/").status_code == 404
