from django.db import models
from django.utils.translation import gettext_lazy as _

from groups.models import Group


class ShortLink(models.Model):
    """The short code of a group's referral link, /g/<code>. Stored, so it never changes,
    even if the way codes are made changes later; made when the group is published
    (referrals.signals, referrals.codes)."""

    group = models.OneToOneField(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="short_link"
    )
    code = models.CharField(_("code"), max_length=10, unique=True)

    class Meta:
        verbose_name = _("korte link")
        verbose_name_plural = _("korte links")

    def __str__(self):
        return self.code


class ReferralCount(models.Model):
    """Visits through a referral card, per group per day. Deliberately nothing else: no time
    of day, no address, no browser, no cookie, so a row can never point to a person."""

    group = models.ForeignKey(
        Group, verbose_name=_("groep"), on_delete=models.CASCADE, related_name="referral_counts"
    )
    date = models.DateField(_("datum"))
    visits = models.PositiveIntegerField(_("bezoeken"), default=0)
    qr_visits = models.PositiveIntegerField(
        _("waarvan via QR-code"),
        default=0,
        help_text=_("Bezoeken via de QR-code op de kaart; de rest typte de korte link."),
    )

    class Meta:
        ordering = ["-date", "group"]
        verbose_name = _("verwijzingen per dag")
        verbose_name_plural = _("verwijzingen per dag")
        constraints = [
            models.UniqueConstraint(fields=["group", "date"], name="referral_count_per_group_day")
        ]

    def __str__(self):
        return f"{self.group} {self.date}: {self.visits}"
