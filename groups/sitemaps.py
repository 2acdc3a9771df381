from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from django.urls import reverse

from contactpoints.models import ContactPoint, Municipality
from groups.models import Group, Schedule, Theme


class _SiteSitemap(Sitemap):
    """URLs on SITE_URL (no django.contrib.sites), in Dutch with English alternates."""

    i18n = True
    alternates = True
    languages = ["nl", "en"]

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme


class PagesSitemap(_SiteSitemap):
    priority = 1.0

    def items(self):
        return ["groups:home", "groups:themes", "peers:list", "knowledge:list"]

    def location(self, item):
        return reverse(item)


class GroupSitemap(_SiteSitemap):
    def items(self):
        return Group.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, group):
        return group.updated_at


class ThemeSitemap(_SiteSitemap):
    def items(self):
        return Theme.objects.order_by("pk").only("slug")


class MunicipalitySitemap(_SiteSitemap):
    def items(self):
        # Only municipalities where a published group meets: the others have no content.
        meets = Schedule.objects.filter(
            venue__municipality=OuterRef("pk"), group__status="published"
        )
        return Municipality.objects.filter(Exists(meets)).order_by("pk").only("slug")


class ContactPointSitemap(_SiteSitemap):
    def items(self):
        return ContactPoint.objects.order_by("pk").only("slug")


class PeerSitemap(_SiteSitemap):
    def items(self):
        from peers.models import Peer

        return Peer.objects.public().order_by("pk").only("slug")


class ArticleSitemap(_SiteSitemap):
    def items(self):
        from knowledge.models import Article

        return Article.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at


sitemaps = {
    "pages": PagesSitemap,
    "groups": GroupSitemap,
    "themes": ThemeSitemap,
    "municipalities": MunicipalitySitemap,
    "contactpoints": ContactPointSitemap,
    "peers": PeerSitemap,
    "articles": ArticleSitemap,
}
