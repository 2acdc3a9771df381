"""Starting a group where demand has none (issue 14).

- StartRequest: a resident who wants to start a group asks the contact point for help
  (/groep-starten/). Its personal details are deleted after RETENTION_DAYS (starting.retention).
- ClusterSetting: per contact point, how many interested people make a cluster worth a
  kennismaking, and how close together they must be (starting.clusters).
- ClusterInvitation: the log of one invitation of a cluster to a kennismaking activity.
- PeerConnection: the log of two consenting people put in touch (NAKOS's model for rare
  conditions, starting.connections). It holds no personal details, only who did it and when.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contactpoints.models import ContactPoint, Municipality
from groups.models import Theme
from submissions.models import Interest


class StartRequest(models.Model):
    class Help(models.TextChoices):
        ROOM = "room", _("een ruimte om bij elkaar te komen")
        ANNOUNCEMENT = "announcement", _("een eerste oproep om deelnemers te vinden")
        TRAINING = "training", _("een training voor groepsleiders")
        LISTING = "listing", _("een vermelding op de Zelfhulpkaart")
        TALK = "talk", _("eerst een gesprek")

    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.PROTECT,
        related_name="start_requests",
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("thema"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    topic = models.CharField(_("onderwerp in eigen woorden"), max_length=150, blank=True)
    place = models.CharField(_("plaats"), max_length=100)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("gemeente"), on_delete=models.PROTECT, related_name="+"
    )
    help_wanted = models.JSONField(_("hulp gevraagd bij"), default=list, blank=True)
    message = models.TextField(_("bericht"), max_length=2000, blank=True)
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)
    handled_at = models.DateTimeField(_("opgepakt op"), null=True, blank=True)
    purged_at = models.DateTimeField(_("gegevens verwijderd op"), null=True, editable=False)
    form_nonce = models.CharField(max_length=40, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: rows made without a form)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vraag om een groep te starten")
        verbose_name_plural = _("vragen om een groep te starten")

    def __str__(self):
        return f"{self.theme or self.topic} – {self.place}"

    def help_labels(self):
        labels = dict(self.Help.choices)
        return [labels[h] for h in self.help_wanted if h in labels]


class ClusterSetting(models.Model):
    contact_point = models.OneToOneField(
        ContactPoint,
        verbose_name=_("contactpunt"),
        on_delete=models.CASCADE,
        related_name="cluster_setting",
    )
    minimum_interested = models.PositiveSmallIntegerField(
        _("minimaal aantal geïnteresseerden"),
        default=3,
        validators=[MinValueValidator(2), MaxValueValidator(100)],
        help_text=_(
            "Vanaf zoveel mensen met hetzelfde thema bij elkaar in de buurt is er een cluster."
        ),
    )
    history = HistoricalRecords(verbose_name=_("historie clusterinstelling"))

    class Meta:
        verbose_name = _("clusterinstelling")
        verbose_name_plural = _("clusterinstellingen")

    def __str__(self):
        return str(self.contact_point)


DEFAULT_MINIMUM = 3


def minimum_for(contact_point) -> int:
    if contact_point is None:
        return DEFAULT_MINIMUM
    found = ClusterSetting.objects.filter(contact_point=contact_point).first()
    return found.minimum_interested if found else DEFAULT_MINIMUM


class ClusterInvitation(models.Model):
    contact_point = models.ForeignKey(
        ContactPoint, verbose_name=_("contactpunt"), on_delete=models.PROTECT, related_name="+"
    )
    theme = models.ForeignKey(
        Theme, verbose_name=_("thema"), on_delete=models.PROTECT, related_name="+"
    )
    activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activiteit"),
        on_delete=models.PROTECT,
        related_name="cluster_invitations",
    )
    interests = models.ManyToManyField(
        Interest, verbose_name=_("uitgenodigd"), related_name="cluster_invitations"
    )
    invited = models.PositiveSmallIntegerField(_("aantal uitgenodigd"), default=0)
    not_invited = models.PositiveSmallIntegerField(
        _("niet uitgenodigd (geen toestemming)"), default=0
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verstuurd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging voor een cluster")
        verbose_name_plural = _("uitnodigingen voor clusters")

    def __str__(self):
        return f"{self.theme} – {self.activity}"


class PeerConnection(models.Model):
    contact_point = models.ForeignKey(
        ContactPoint, verbose_name=_("contactpunt"), on_delete=models.PROTECT, related_name="+"
    )
    # The registrations are deleted after a year (submissions.retention); the log stays.
    first = models.ForeignKey(
        Interest, verbose_name=_("eerste"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    second = models.ForeignKey(
        Interest, verbose_name=_("tweede"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    theme = models.ForeignKey(
        Theme, verbose_name=_("thema"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gekoppeld door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("gekoppeld op"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("koppeling van lotgenoten")
        verbose_name_plural = _("koppelingen van lotgenoten")

    def __str__(self):
        return f"{self.theme or '–'} ({self.created_at:%d-%m-%Y})"
