"""Experience knowledge (ervaringskennis): short articles by peers and groups, in plain
Dutch, per theme. Staff review each article and publish it; history is kept."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contactpoints.models import ContactPoint
from groups.models import Group, Theme
from knowledge import markdown


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED)

    def for_themes(self, theme_ids):
        return self.filter(
            models.Q(themes__in=theme_ids) | models.Q(themes__parent__in=theme_ids)
        ).distinct()

    def search(self, text):
        """Title and summary words; a small section, so a plain match is enough."""
        return self.filter(models.Q(title__icontains=text) | models.Q(summary__icontains=text))


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("concept")
        REVIEW = "review", _("klaar voor controle")
        PUBLISHED = "published", _("gepubliceerd")

    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.PROTECT,
        related_name="articles",
        help_text=_("Het contactpunt dat het artikel controleert."),
    )
    title = models.CharField(_("titel"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    author_name = models.CharField(
        _("naam van de schrijver"),
        max_length=80,
        help_text=_("Een voornaam, een zelfgekozen naam of de naam van de groep."),
    )
    summary = models.CharField(_("korte samenvatting"), max_length=240)
    body = models.TextField(
        _("tekst"),
        max_length=12000,
        help_text=_(
            "Gewone tekst. Een lege regel begint een nieuwe alinea. ## Kopje, - opsomming, "
            "**vet**, *schuin*, [tekst](https://adres.nl)."
        ),
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="articles")
    groups = models.ManyToManyField(
        Group,
        verbose_name=_("groepen"),
        related_name="articles",
        blank=True,
        help_text=_("Groepen waarbij dit artikel past, of de groep die het schreef."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    reviewed_on = models.DateField(_("laatst nagekeken op"), null=True, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-published_at", "title"]
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen (ervaringskennis)")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(reviewed_on__isnull=False),
                name="article_published_after_review",
                violation_error_message=_(
                    "Een artikel wordt pas gepubliceerd als iemand het heeft nagekeken. "
                    "Vul 'laatst nagekeken op' in."
                ),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("knowledge:detail", args=[self.slug])

    @property
    def body_html(self):
        return markdown.render(self.body)
