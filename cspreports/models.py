from django.db import models
from django.utils.translation import gettext_lazy as _


class CspReport(models.Model):
    """Browsers that blocked something under our Content-Security-Policy, counted: one row
    per day, directive, blocked address and page path. Nothing about the visitor is kept
    (no IP address, no user agent, no query string: a search can name a health problem)."""

    day = models.DateField(_("dag"))
    directive = models.CharField(_("regel"), max_length=40)
    blocked = models.CharField(
        _("geblokkeerd"),
        max_length=200,
        help_text=_(
            "Wat de browser tegenhield: een adres zonder zoekvraag, of bijvoorbeeld "
            "„inline” (code in de pagina zelf)."
        ),
    )
    page = models.CharField(_("pagina"), max_length=200, help_text=_("Het pad, zonder zoekvraag."))
    count = models.PositiveIntegerField(_("aantal"), default=1)

    class Meta:
        ordering = ["-day", "-count"]
        verbose_name = _("CSP-melding")
        verbose_name_plural = _("CSP-meldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "directive", "blocked", "page"], name="cspreport_one_row_per_day"
            )
        ]

    def __str__(self):
        return f"{self.directive}: {self.blocked} ({self.page})"
