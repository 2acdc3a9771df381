"""What the staff home page shows from this app (settings.STAFF_ATTENTION_PROVIDERS)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from contactpoints.permissions import scope_to_contact_point
from knowledge.models import Article


def staff_attention(user):
    waiting = Article.objects.filter(status=Article.Status.REVIEW)
    return [
        (
            _("artikelen wachten op controle"),
            scope_to_contact_point(waiting, user).count(),
            reverse("admin:knowledge_article_changelist") + "?status__exact=review",
        )
    ]
