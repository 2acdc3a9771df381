"""The peers in the staff workspace, scoped per contact point (outside it is a 404)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from groups.models import Group
from peers import counting, emails
from peers.models import Peer, PeerQuestion
from staff.filters import YesFilter
from staff.relayed import RelayedMessageAdmin
from staff.scoping import ContactPointScopedAdmin

FIELDSETS = [
    (
        _("Openbaar"),
        {
            "fields": [
                "name",
                "slug",
                "themes",
                "story",
                "languages",
                "ways",
                "municipalities",
                "availability",
                "break_until",
            ]
        },
    ),
    (_("Niet openbaar"), {"fields": ["email", "phone"]}),
    (
        _("Werving en begeleiding"),
        {
            "fields": [
                "contact_point",
                "status",
                "intake_date",
                "training_done",
                "agreement_signed_on",
                "staff_notes",
            ]
        },
    ),
]


class PeerAdminForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("talen"),
        choices=Group.LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    ways = forms.MultipleChoiceField(
        label=_("manier van praten"),
        choices=Peer.Way.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Peer
        fields = [field for _, options in FIELDSETS for field in options["fields"]]


@admin.register(Peer)
class PeerAdmin(ContactPointScopedAdmin, SimpleHistoryAdmin):
    form = PeerAdminForm
    # List
    list_display = ["name", "contact_point", "status", "availability", "intake_date"]
    list_filter = ["status", "availability", "contact_point"]
    search_fields = ["name", "slug"]
    list_select_related = ["contact_point"]
    actions = ["approve", "new_availability_link"]
    # Detail
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = FIELDSETS

    def save_model(self, request, obj, form, change):
        became_public = obj.status == Peer.Status.APPROVED and (
            not change or "status" in form.changed_data
        )
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if became_public:
                emails.peer_welcome(obj)

    @admin.action(description=_("Goedkeuren en openbaar maken"))
    def approve(self, request, queryset):
        ready = queryset.filter(
            status=Peer.Status.INTAKE,
            intake_date__isnull=False,
            agreement_signed_on__isnull=False,
        )
        count = 0
        with transaction.atomic():
            for peer in ready.select_for_update():
                peer.status = Peer.Status.APPROVED
                peer.save()
                emails.peer_welcome(peer)
                count += 1
        skipped = queryset.count() - count
        self.message_user(request, _("%(n)s ervaringsdeler(s) goedgekeurd.") % {"n": count})
        if skipped:
            self.message_user(
                request,
                _(
                    "%(n)s niet goedgekeurd: al openbaar of gestopt, of de intake of het "
                    "afsprakenformulier ontbreekt."
                )
                % {"n": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Nieuwe beschikbaarheidslink sturen (oude links vervallen)"))
    def new_availability_link(self, request, queryset):
        count = 0
        with transaction.atomic():
            for peer in queryset.exclude(status=Peer.Status.STOPPED).select_for_update():
                peer.link_version += 1
                peer.save(update_fields=["link_version"])
                emails.peer_welcome(peer)
                count += 1
        self.message_user(request, _("%(n)s link(s) verstuurd.") % {"n": count})


class UnconfirmedFilter(YesFilter):
    title = _("niet bevestigd en doorgegeven aan het contactpunt")
    parameter_name = "onbevestigd"

    def queryset(self, request, queryset):
        return queryset.escalated() if self.value() == "ja" else queryset


class CrisisFilter(YesFilter):
    title = _("crisiswoorden, nog niet opgepakt")
    parameter_name = "crisis"

    def queryset(self, request, queryset):
        return queryset.flagged() if self.value() == "ja" else queryset


@admin.register(PeerQuestion)
class PeerQuestionAdmin(RelayedMessageAdmin):
    handled_message = _("%(n)s vraag/vragen gemarkeerd.")
    # List
    list_display = [
        "peer",
        "theme",
        "created_at",
        "crisis",
        "delivery",
        "confirmed_at",
        "escalated_at",
        "handled_at",
    ]
    list_filter = [UnconfirmedFilter, CrisisFilter, "contact_point"]
    search_fields = ["peer__name"]
    list_select_related = ["peer", "theme", "email_to_peer"]
    change_list_template = "admin/peers/peerquestion/change_list.html"
    # Detail
    fields = [
        "peer",
        "contact_point",
        "theme",
        "first_name",
        "reply_email",
        "reply_phone",
        "message",
        "crisis",
        "created_at",
        "delivery",
        "confirmed_at",
        "escalated_at",
        "handled_at",
        "handled_by",
        "purged_at",
    ]
    readonly_fields = fields

    @admin.display(description=_("afgeleverd"))
    def delivery(self, obj):
        return obj.email_to_peer.get_status_display() if obj.email_to_peer else "–"

    def get_urls(self):
        counts = path(
            "tellingen/",
            self.admin_site.admin_view(self.counts_view),
            name="peers_peerquestion_counts",
        )
        return [counts, *super().get_urls()]

    def counts_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = counting.monthly_counts(self.get_queryset(request))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Vragen aan ervaringsdelers per maand en thema"),
            "rows": rows,
        }
        return TemplateResponse(request, "admin/peers/peerquestion/counts.html", context)
