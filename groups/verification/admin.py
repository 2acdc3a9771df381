"""Staff review of the changes a group proposes through its verification link."""

from django.contrib import admin, messages
from django.db.models import F, OuterRef, Q, Subquery
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from groups.listing import in_words
from groups.models import Group, VerificationRequest
from groups.verification import freshness
from staff.scoping import ContactPointScopedAdmin

# Where each listing stands in the freshness loop, on the group list


def _day(moment):
    value = timezone.localdate(moment) if hasattr(moment, "hour") else moment
    return formats.date_format(value, "j b Y")


class FreshnessColumnsMixin:
    """Two columns for the group list: where the listing stands in the freshness loop
    ("nooit gevraagd / gevraagd op … / herinnerd op … / bevestigd op …") and whom to call.
    The open request comes from two subqueries on the list's one query (no query per row)."""

    def get_queryset(self, request):
        open_request = (
            VerificationRequest.objects.filter(group=OuterRef("pk"), answer="")
            .filter(
                Q(group__last_verified__isnull=True)
                | Q(created_at__date__gt=F("group__last_verified"))
            )
            .order_by("-created_at")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                asked_at=Subquery(open_request.values("created_at")[:1]),
                reminded_at=Subquery(open_request.values("reminded_at")[:1]),
                ever_asked=Subquery(
                    VerificationRequest.objects.filter(group=OuterRef("pk"))
                    .order_by("-created_at")
                    .values("created_at")[:1]
                ),
            )
        )

    @admin.display(description=_("controle"))
    def freshness_state(self, group):
        asked = getattr(group, "asked_at", None)
        if asked:
            waiting = (timezone.localdate() - timezone.localdate(asked)).days
            reminded = getattr(group, "reminded_at", None)
            if reminded:
                text = gettext("herinnerd op %(reminded)s (gevraagd op %(asked)s)") % {
                    "reminded": _day(reminded),
                    "asked": _day(asked),
                }
            else:
                text = gettext("gevraagd op %(asked)s") % {"asked": _day(asked)}
            if waiting == 0:
                since = gettext("wacht sinds vandaag")
            else:
                since = ngettext("wacht sinds %(n)s dag", "wacht sinds %(n)s dagen", waiting) % {
                    "n": waiting
                }
            return format_html("{}<br>{}", text, since)
        if getattr(group, "ever_asked", None) is None:
            if group.last_verified:
                return gettext("nooit gevraagd (bevestigd op %(day)s)") % {
                    "day": _day(group.last_verified)
                }
            return gettext("nooit gevraagd")
        if group.last_verified:
            return gettext("bevestigd op %(day)s") % {"day": _day(group.last_verified)}
        return gettext("gevraagd, geen antwoord")

    @admin.display(description=_("bellen"))
    def phone_to_call(self, group):
        name = group.contact_name
        if group.public_phone:
            return format_html(
                '<a href="tel:{}">{}</a>{}',
                group.public_phone.replace(" ", ""),
                group.public_phone,
                f" ({name})" if name else "",
            )
        if name:
            return gettext("geen nummer; contactpersoon: %(name)s") % {"name": name}
        return gettext("geen nummer")


# Review of changes proposed through a verification link


class AnsweredFilter(admin.SimpleListFilter):
    title = _("antwoord")
    parameter_name = "antwoord"

    def lookups(self, request, model_admin):
        return [("none", _("nog geen antwoord")), *VerificationRequest.Answer.choices]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(answer="")
        if self.value():
            return queryset.filter(answer=self.value())
        return queryset


def proposed_rows(vr):
    """(label, now, proposed) for each field the group wants changed."""
    group = vr.group
    rows = []
    for name, value in vr.proposed_changes.items():
        if name not in freshness.CHANGEABLE_FIELDS:
            continue
        field = Group._meta.get_field(name)
        rows.append(
            (
                field.verbose_name,
                in_words(field, getattr(group, name)),
                in_words(field, field.to_python(value)),
            )
        )
    return rows


@admin.register(VerificationRequest)
class VerificationRequestAdmin(ContactPointScopedAdmin):
    contact_point_field = "group__contact_point"
    # List
    list_display = ["group", "created_at", "reminded_at", "answer", "answered_at", "review"]
    list_filter = [AnsweredFilter, "review"]
    search_fields = ["group__name"]
    list_select_related = ["group"]
    date_hierarchy = "created_at"
    actions = ["approve", "reject"]
    # Detail
    fields = [
        "group",
        "sent_to",
        "created_at",
        "requested_by",
        "reminded_at",
        "answer",
        "answered_at",
        "proposed",
        "message",
        "review",
        "reviewed_by",
        "reviewed_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # read-only; the review page acts

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("voorgestelde wijzigingen"))
    def proposed(self, vr):
        rows = proposed_rows(vr)
        if not rows:
            return "—"
        body = format_html_join(
            "",
            '<tr><th scope="row">{}</th><td class="diff-old">{}</td><td>{}</td></tr>',
            rows,
        )
        table = format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            gettext("veld"),
            gettext("nu"),
            gettext("voorgesteld"),
            body,
        )
        if vr.review == VerificationRequest.Review.PENDING:
            url = reverse("admin:groups_verificationrequest_review", args=[vr.pk])
            return format_html('{}<p><a href="{}">{}</a></p>', table, url, gettext("Beoordelen"))
        return table

    def get_urls(self):
        return [
            path(
                "<int:pk>/beoordelen/",
                self.admin_site.admin_view(self.review_view),
                name="groups_verificationrequest_review",
            ),
            *super().get_urls(),
        ]

    def review_view(self, request, pk):
        vr = self.get_object(request, str(pk))
        if vr.review != VerificationRequest.Review.PENDING:
            raise Http404
        if request.method == "POST":
            if "approve" in request.POST:
                freshness.approve_changes(vr, request.user)
                self.message_user(
                    request, gettext("De wijzigingen staan nu op de site."), messages.SUCCESS
                )
            elif "reject" in request.POST:
                freshness.reject_changes(vr, request.user)
                self.message_user(request, gettext("De wijzigingen zijn niet overgenomen."))
            return HttpResponseRedirect(
                reverse("admin:groups_verificationrequest_changelist") + "?review__exact=pending"
            )
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Wijzigingen beoordelen: %s") % vr.group,
            "opts": self.opts,
            "vr": vr,
            "rows": proposed_rows(vr),
            "group_url": reverse("admin:groups_group_change", args=[vr.group_id]),
        }
        return render(request, "admin/groups/verificationrequest/review.html", context)

    @admin.action(description=_("Wijzigingen overnemen"))
    def approve(self, request, queryset):
        n = sum(freshness.approve_changes(vr, request.user) for vr in queryset)
        self.message_user(request, gettext("%(n)s overgenomen.") % {"n": n}, messages.SUCCESS)

    @admin.action(description=_("Wijzigingen niet overnemen"))
    def reject(self, request, queryset):
        n = sum(freshness.reject_changes(vr, request.user) for vr in queryset)
        self.message_user(request, gettext("%(n)s niet overgenomen.") % {"n": n})
