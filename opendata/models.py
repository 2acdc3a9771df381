from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from contactpoints.models import ContactPoint


def validate_origin(value):
    parts = urlsplit(value)
    if (
        parts.scheme not in ("https", "http")
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise ValidationError(
            _("Vul alleen het begin van het adres in, zoals https://www.huisartsdemaas.nl.")
        )


class EmbedPartnerQuerySet(models.QuerySet):
    def origins(self):
        return sorted(set(self.filter(active=True).values_list("origin", flat=True)))


class EmbedPartner(models.Model):
    """A site that may show the /embed/ widget in a frame (a GP practice, a municipality's
    social map). Its origin goes into the widget's CSP frame-ancestors; other sites get a
    refusal from the browser."""

    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.CASCADE,
        related_name="embed_partners",
    )
    name = models.CharField(
        _("naam"), max_length=150, help_text=_("Bijvoorbeeld: Huisartsenpraktijk De Maas")
    )
    origin = models.CharField(
        _("websiteadres"),
        max_length=200,
        validators=[validate_origin],
        help_text=_("Alleen het begin, zoals https://www.huisartsdemaas.nl (zonder pad)."),
    )
    active = models.BooleanField(_("actief"), default=True)
    created_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    objects = EmbedPartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partnersite voor de widget")
        verbose_name_plural = _("partnersites voor de widget")

    def __str__(self):
        return f"{self.name} ({self.origin})"

    def save(self, *args, **kwargs):
        parts = urlsplit(self.origin.strip())
        port = f":{parts.port}" if parts.port else ""
        self.origin = f"{parts.scheme}://{(parts.hostname or '').lower()}{port}"
        super().save(*args, **kwargs)


class ImportedRecord(models.Model):
    """One service imported from another directory (manage.py import_hsds): its source id,
    the group made of it, and what was imported, so the next import knows new from changed
    from unchanged."""

    contact_point = models.ForeignKey(
        ContactPoint, verbose_name=_("contactpunt"), on_delete=models.CASCADE, related_name="+"
    )
    source_id = models.CharField(_("id in de bron"), max_length=200)
    group = models.ForeignKey(
        "groups.Group",
        verbose_name=_("groep"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="imported_from",
    )
    fingerprint = models.CharField(max_length=64)
    record = models.JSONField(default=dict)
    imported_at = models.DateTimeField(_("geïmporteerd op"), auto_now=True)

    class Meta:
        verbose_name = _("geïmporteerde vermelding")
        verbose_name_plural = _("geïmporteerde vermeldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["contact_point", "source_id"], name="imported_record_unique_source"
            )
        ]

    def __str__(self):
        return self.source_id
