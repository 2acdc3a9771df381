"""Anonymous counters for the demand figures. Nothing here can point to a person: no
address, no browser, no session, no time of day; only a month and a count."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from contactpoints.models import Municipality


class SearchMonth(models.Model):
    """How many searches there were in a month, and how many found nothing, per language and
    per municipality of the place searched for (blank: no place given)."""

    month = models.DateField(_("maand"))
    language = models.CharField(_("taal"), max_length=8)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("De gemeente van de plaats waarbij gezocht is; leeg: zonder plaats."),
    )
    searches = models.PositiveIntegerField(_("zoekopdrachten"), default=0)
    zero_results = models.PositiveIntegerField(_("zonder resultaat"), default=0)

    class Meta:
        verbose_name = _("zoekopdrachten per maand")
        verbose_name_plural = _("zoekopdrachten per maand")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "language", "municipality"],
                name="search_month_unique",
                nulls_distinct=False,
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.language} {self.municipality_id or '-'}: {self.searches}"


class ZeroResultWords(models.Model):
    """The normalised words of searches that found nothing, counted per month. Staff see
    them only from 5 searches on; each row is deleted 30 days after it was first counted
    (dashboard.counters.purge_zero_result_words, a daily job)."""

    month = models.DateField(_("maand"))
    words = models.CharField(_("woorden"), max_length=50)
    language = models.CharField(_("taal"), max_length=8)
    count = models.PositiveIntegerField(_("aantal"), default=0)
    first_counted = models.DateField(_("voor het eerst geteld"), db_index=True)

    class Meta:
        verbose_name = _("zoekwoorden zonder resultaat")
        verbose_name_plural = _("zoekwoorden zonder resultaat")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "words", "language"], name="zero_result_words_unique"
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.words}: {self.count}"
