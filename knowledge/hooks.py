"""Articles on theme pages, group pages and in search results: one context function per
page, one include (templates/knowledge/includes/related_articles.html).

The published articles' titles, themes and groups are kept in the shared cache for a few
minutes (saving an article clears it), so these pages pay no query for them.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_save

from contactpoints.text import fold
from groups.models import Theme
from groups.search import text as vocabulary

CACHE_KEY = "knowledge:published"
LIMIT = 3


class Link:
    def __init__(self, slug, title, author_name, theme_ids, group_ids):
        self.slug, self.title, self.author_name = slug, title, author_name
        self.theme_ids, self.group_ids = set(theme_ids), set(group_ids)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("knowledge:detail", args=[self.slug])


def _published() -> list[tuple]:
    found = cache.get(CACHE_KEY)
    if found is None:
        from django.contrib.postgres.aggregates import ArrayAgg

        from knowledge.models import Article

        # One query: each article with the ids of its themes and groups.
        rows = (
            Article.objects.published()
            .order_by("-published_at", "pk")
            .annotate(
                theme_ids=ArrayAgg("themes", distinct=True, default=[]),
                parent_ids=ArrayAgg("themes__parent", distinct=True, default=[]),
                group_ids=ArrayAgg("groups", distinct=True, default=[]),
            )
            .values_list("slug", "title", "author_name", "theme_ids", "parent_ids", "group_ids")
        )
        # An article on "Alcohol" is also found under its main theme "Verslaving".
        found = [
            (slug, title, author, [i for i in themes + parents if i], [i for i in groups if i])
            for slug, title, author, themes, parents, groups in rows
        ]
        cache.set(CACHE_KEY, found, 300)
    return found


def forget(**kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    from knowledge.models import Article

    post_save.connect(forget, sender=Article, dispatch_uid="knowledge-forget")
    for through in (Article.themes.through, Article.groups.through):
        m2m_changed.connect(forget, sender=through, dispatch_uid=f"knowledge-forget-{through}")


def related_articles(theme_ids=(), group=None, limit=LIMIT) -> dict:
    """Articles written for this group first, then articles on these themes."""
    wanted = set(theme_ids)
    links = [Link(*row) for row in _published()]
    by_group = [a for a in links if group is not None and group.pk in a.group_ids]
    by_theme = [a for a in links if a.theme_ids & wanted and a not in by_group]
    return {"related_articles": (by_group + by_theme)[:limit]}


def articles_for_search(text, theme_slugs, limit=LIMIT) -> dict:
    """The search page's own section: titles with the typed words, or the themes chosen."""
    slugs = [*theme_slugs, *vocabulary.themes_for_text(text or "")]
    theme_ids = [t.pk for t in Theme.objects.cached() if t.slug in slugs]
    words = vocabulary.words(text or "")
    links = [Link(*row) for row in _published()]
    wanted = set(theme_ids)
    found = [
        a
        for a in links
        if (a.theme_ids & wanted) or (words and all(w in fold(a.title) for w in words))
    ]
    return {"related_articles": found[:limit]}
