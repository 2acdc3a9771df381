"""The "Praat eerst met iemand die het heeft meegemaakt" block on theme pages, group pages
and search results: one context function per page, one include
(templates/peers/includes/talk_first.html).

Which public peers exist per theme is read once and kept in the shared cache for a few
minutes (saving a peer clears it), so the pages that show the block pay no query for it.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_save
from django.urls import reverse

from groups.models import Theme
from groups.search import text as vocabulary

CACHE_KEY = "peers:by-theme"


def _peers_by_theme() -> dict[int, set[int]]:
    found = cache.get(CACHE_KEY)
    if found is None:
        from peers.models import Peer

        found = {}
        links = Peer.themes.through.objects.filter(peer__status=Peer.Status.APPROVED)
        # A peer of "Alcohol" is also a peer of its main theme "Verslaving".
        for theme_id, parent_id, peer_id in links.values_list(
            "theme_id", "theme__parent_id", "peer_id"
        ):
            found.setdefault(theme_id, set()).add(peer_id)
            if parent_id:
                found.setdefault(parent_id, set()).add(peer_id)
        cache.set(CACHE_KEY, found, 300)
    return found


def forget(**kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    from peers.models import Peer

    post_save.connect(forget, sender=Peer, dispatch_uid="peers-forget-themes")
    m2m_changed.connect(forget, sender=Peer.themes.through, dispatch_uid="peers-forget-m2m")


def talk_first(themes) -> dict:
    """{"talk_first": {"count", "url"}} for the first of these themes that has public peers
    (a main theme counts the peers of its sub-themes); {"talk_first": None} when none has."""
    by_theme = _peers_by_theme()
    for theme in themes:
        peers = by_theme.get(theme.pk)
        if peers:
            url = reverse("peers:list") + f"?thema={theme.slug}"
            return {"talk_first": {"count": len(peers), "url": url, "theme": theme}}
    return {"talk_first": None}


def talk_first_for_search(text, theme_slugs) -> dict:
    """The search page: the themes chosen, else the themes the typed words point to."""
    slugs = list(dict.fromkeys([*theme_slugs, *vocabulary.themes_for_text(text or "")]))
    by_slug = {t.slug: t for t in Theme.objects.cached()}
    return talk_first([by_slug[s] for s in slugs if s in by_slug])


# One context function per page; the page adds one include: peers/includes/page_hooks.html.


def for_theme(theme) -> dict:
    from knowledge.hooks import related_articles

    return {**talk_first([theme]), **related_articles([theme.pk])}


def for_group(group, themes) -> dict:
    from knowledge.hooks import related_articles

    return {
        **talk_first(themes),
        **related_articles([t.pk for t in themes], group=group),
    }


def for_search(text, theme_slugs) -> dict:
    from knowledge.hooks import articles_for_search

    return {**talk_first_for_search(text, theme_slugs), **articles_for_search(text, theme_slugs)}
