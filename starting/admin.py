"""The workspace side of starting groups: requests from residents, the cluster setting per
contact point, clusters of interest with their invitation, and the logs of invitations and
connections (read-only: they are history)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from contactpoints.permissions import contact_points_for, is_coordinator, municipalities_for
from staff.scoping import ContactPointScopedAdmin
from starting import services
from starting.models import (
    ClusterInvitation,
    ClusterSetting,
    PeerConnection,
    StartRequest,
    minimum_for,
)
from submissions.models import Interest


@admin.register(StartRequest)
class StartRequestAdmin(ContactPointScopedAdmin):
    # List
    list_display = ["__str__", "name", "created_at", "handled_at"]
    list_filter = [("handled_at", admin.EmptyFieldListFilter)]
    search_fields = ["topic", "place", "theme__name", "name"]
    list_select_related = ["theme", "contact_point"]
    actions = ["mark_handled"]
    # Detail
    fields = [
        "contact_point",
        "theme",
        "topic",
        "place",
        "municipality",
        "wanted",
        "message",
        "name",
        "email",
        "phone",
        "created_at",
        "handled_at",
        "purged_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("hulp gevraagd bij"))
    def wanted(self, obj):
        return ", ".join(str(label) for label in obj.help_labels()) or "–"

    @admin.action(description=_("Markeer als opgepakt"))
    def mark_handled(self, request, queryset):
        done = queryset.filter(handled_at__isnull=True).update(handled_at=timezone.now())
        self.message_user(request, _("%(n)s gemarkeerd als opgepakt.") % {"n": done})


@admin.register(ClusterSetting)
class ClusterSettingAdmin(ContactPointScopedAdmin, SimpleHistoryAdmin):
    list_display = ["contact_point", "minimum_interested"]
    fields = ["contact_point", "minimum_interested"]


@admin.register(PeerConnection)
class PeerConnectionAdmin(ContactPointScopedAdmin):
    list_display = ["theme", "contact_point", "connected_by", "created_at"]
    fields = ["contact_point", "theme", "first", "second", "connected_by", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ClusterFilterForm(forms.Form):
    afstand = forms.TypedChoiceField(
        label=_("binnen"),
        choices=[(km, f"{km} km") for km in services.DISTANCES],
        coerce=int,
        initial=services.DEFAULT_KM,
        required=False,
    )


class InviteForm(forms.Form):
    interests = forms.CharField(max_length=4000, widget=forms.HiddenInput)
    activity = forms.ModelChoiceField(label=_("kennismaking"), queryset=None)

    def __init__(self, *args, activities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activity"].queryset = activities

    def clean_interests(self):
        try:
            return [int(pk) for pk in self.cleaned_data["interests"].split(",") if pk]
        except ValueError:
            raise forms.ValidationError(_("Onbekende aanmeldingen.")) from None


@admin.register(ClusterInvitation)
class ClusterInvitationAdmin(ContactPointScopedAdmin):
    # List: the log of invitations; the clusters themselves are on clusters/.
    list_display = ["theme", "activity", "invited", "not_invited", "sent_by", "created_at"]
    list_select_related = ["theme", "activity", "sent_by"]
    change_list_template = "admin/starting/clusterinvitation/change_list.html"
    fields = [
        "contact_point",
        "theme",
        "activity",
        "invited",
        "not_invited",
        "sent_by",
        "created_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        view = path(
            "clusters/",
            self.admin_site.admin_view(self.clusters_view),
            name="starting_clusterinvitation_clusters",
        )
        return [view, *super().get_urls()]

    def _activities(self, request):
        from activities.models import Activity

        return (
            Activity.objects.upcoming()
            .filter(kind=Activity.Kind.KENNISMAKING, cancelled_at__isnull=True)
            .filter(contact_point__in=contact_points_for(request.user))
            .select_related("contact_point")
        )

    def _interests(self, request):
        return (
            Interest.objects.filter(
                theme__isnull=False, municipality__in=municipalities_for(request.user)
            )
            .select_related("theme", "municipality")
            .order_by("pk")
        )

    def clusters_view(self, request):
        """Interest on one theme, close together, enough people: where a kennismaking could
        start a group. One action invites those who agreed to it."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        own = contact_points_for(request.user)
        contact_point = None if is_coordinator(request.user) else own.first()
        activities = self._activities(request)
        if request.method == "POST":
            return self._invite(request, activities)
        filters = ClusterFilterForm(request.GET or None)
        km = services.DEFAULT_KM
        if filters.is_valid() and filters.cleaned_data.get("afstand"):
            km = filters.cleaned_data["afstand"]
        minimum = minimum_for(contact_point)
        found = services.clusters(self._interests(request), km, minimum)
        rows = [
            (
                cluster,
                InviteForm(
                    initial={"interests": ",".join(map(str, cluster.ids))}, activities=activities
                ),
            )
            for cluster in found
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Clusters van interesse"),
            "opts": self.model._meta,
            "filters": filters if filters.is_bound else ClusterFilterForm(),
            "rows": rows,
            "km": km,
            "minimum": minimum,
            "has_activities": activities.exists(),
        }
        return TemplateResponse(request, "admin/starting/clusters.html", context)

    def _invite(self, request, activities):
        form = InviteForm(request.POST, activities=activities)
        if not form.is_valid():
            self.message_user(request, _("Kies een kennismaking."), messages.ERROR)
            return redirect("admin:starting_clusterinvitation_clusters")
        interests = list(self._interests(request).filter(pk__in=form.cleaned_data["interests"]))
        themes = {i.theme_id for i in interests}
        if not interests or len(themes) != 1:
            self.message_user(request, _("Dit cluster bestaat niet meer."), messages.ERROR)
            return redirect("admin:starting_clusterinvitation_clusters")
        activity = form.cleaned_data["activity"]
        log = services.invite_cluster(interests, activity, activity.contact_point, request.user)
        self.message_user(
            request,
            ngettext(
                "%(n)d persoon uitgenodigd voor %(activity)s.",
                "%(n)d mensen uitgenodigd voor %(activity)s.",
                log.invited,
            )
            % {"n": log.invited, "activity": activity}
            + " "
            + _("%(m)d niet: zij gaven geen toestemming of zijn al uitgenodigd.")
            % {"m": log.not_invited},
        )
        return redirect("admin:starting_clusterinvitation_clusters")
