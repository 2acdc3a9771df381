"""Articles in the staff workspace: staff review, set "laatst nagekeken op" and publish."""

from django.contrib import admin
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from knowledge.models import Article
from staff.scoping import ContactPointScopedAdmin


@admin.register(Article)
class ArticleAdmin(ContactPointScopedAdmin, SimpleHistoryAdmin):
    # List
    list_display = ["title", "author_name", "status", "reviewed_on", "contact_point"]
    list_filter = ["status", "contact_point"]
    search_fields = ["title", "author_name"]
    list_select_related = ["contact_point"]
    actions = ["publish", "unpublish"]
    # Detail
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["preview", "published_at"]
    fieldsets = [
        (_("Artikel"), {"fields": ["title", "slug", "author_name", "summary", "body", "themes"]}),
        (_("Past bij"), {"fields": ["groups"]}),
        (
            _("Controle"),
            {"fields": ["contact_point", "status", "reviewed_on", "published_at", "preview"]},
        ),
    ]
    staff_can_delete = True

    @admin.display(description=_("voorbeeld"))
    def preview(self, obj):
        if not obj.pk:
            return "–"
        return format_html('<div class="article-preview">{}</div>', obj.body_html)

    def save_model(self, request, obj, form, change):
        if obj.status == Article.Status.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Nagekeken: publiceren"))
    def publish(self, request, queryset):
        now = timezone.now()
        count = 0
        with transaction.atomic():
            for article in queryset.exclude(status=Article.Status.PUBLISHED).select_for_update():
                article.status = Article.Status.PUBLISHED
                article.reviewed_on = timezone.localdate()
                article.published_at = article.published_at or now
                article.save()
                count += 1
        self.message_user(request, _("%(n)s artikel(en) gepubliceerd.") % {"n": count})

    @admin.action(description=_("Niet meer publiceren"))
    def unpublish(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Article.Status.PUBLISHED):
            article.status = Article.Status.DRAFT
            article.save()
            count += 1
        self.message_user(request, _("%(n)s artikel(en) teruggezet naar concept.") % {"n": count})
