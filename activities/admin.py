"""Activities and their registrations in the staff workspace, scoped per contact point.

Per activity, staff have three pages of their own (404 outside their contact point, like
every object page): the list for the door (printable, and as CSV or XLSX), a message to
every registrant about a change, and calling the activity off (every registrant is told)."""

import tablib
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from activities import services
from activities.forms import CancelActivityForm, MessageForm
from activities.models import Activity, Registration
from staff.scoping import ContactPointScopedAdmin

FIELDSETS = [
    (
        _("Wat en wanneer"),
        {
            "fields": [
                "contact_point",
                "kind",
                "title",
                "slug",
                "description",
                "themes",
                "audience",
                "starts_at",
                "ends_at",
                "series",
            ]
        },
    ),
    (_("Waar"), {"fields": ["venue", "place", "online_link"]}),
    (_("Aanmelden"), {"fields": ["registration", "capacity", "cost", "published"]}),
]


class ActivityAdminForm(forms.ModelForm):
    class Meta:
        model = Activity
        fields = [field for _, options in FIELDSETS for field in options["fields"]]

    def clean(self):
        data = super().clean()
        venue, link = data.get("venue"), data.get("online_link")
        if not venue and not link:
            raise ValidationError(_("Kies een locatie of vul een link voor online deelname in."))
        if venue and not data.get("place"):
            data["place"] = venue.city
        return data


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    can_delete = False
    fields = ["name", "email", "phone", "people", "status", "created_at"]
    readonly_fields = fields
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return True


@admin.register(Activity)
class ActivityAdmin(ContactPointScopedAdmin, SimpleHistoryAdmin):
    form = ActivityAdminForm
    # List
    list_display = ["title", "kind", "starts_at", "place", "capacity", "published", "contact_point"]
    list_filter = ["kind", "published", "contact_point"]
    search_fields = ["title", "slug", "place"]
    list_select_related = ["contact_point"]
    date_hierarchy = "starts_at"
    # Detail
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["themes"]
    fieldsets = FIELDSETS
    readonly_fields = ["staff_pages"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [RegistrationInline]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return FIELDSETS
        return [(_("Aanmeldingen"), {"fields": ["staff_pages"]}), *FIELDSETS]

    @admin.display(description=_("lijst, bericht, afgelasten"))
    def staff_pages(self, obj):
        taken = obj.seats_taken()
        waiting = obj.registrations.waiting().count()
        links = format_html(
            '{} · <a href="{}">{}</a> · <a href="{}">{}</a>',
            _("%(taken)s plaats(en) bezet, %(waiting)s op de wachtlijst")
            % {"taken": taken, "waiting": waiting},
            reverse("admin:activities_activity_door", args=[obj.pk]),
            _("Lijst voor de deur"),
            reverse("admin:activities_activity_message", args=[obj.pk]),
            _("Bericht aan iedereen die zich aanmeldde"),
        )
        if obj.is_cancelled:
            return format_html("{} · {}", links, _("afgelast"))
        return format_html(
            '{} · <a href="{}">{}</a>',
            links,
            reverse("admin:activities_activity_cancel", args=[obj.pk]),
            _("Afgelasten"),
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "capacity" in form.changed_data:
            moved = services.capacity_changed(obj)
            if moved:
                self.message_user(
                    request,
                    _("%(n)s aanmelding(en) van de wachtlijst kregen een plaats en een e-mail.")
                    % {"n": len(moved)},
                )

    # Pages of one activity

    def get_urls(self):
        own = [
            ("<path:object_id>/deur/", self.door_view, "door"),
            ("<path:object_id>/bericht/", self.message_view, "message"),
            ("<path:object_id>/afgelasten/", self.cancel_view, "cancel"),
        ]
        return [
            path(route, self.admin_site.admin_view(view), name=f"activities_activity_{name}")
            for route, view, name in own
        ] + super().get_urls()

    def _activity(self, request, object_id, change=False):
        activity = self.get_object(request, object_id)  # a 404 outside the scope
        allowed = self.has_change_permission if change else self.has_view_permission
        if not allowed(request, activity):
            raise PermissionDenied
        return activity

    def _context(self, request, activity, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": activity,
            "activity": activity,
            "title": title,
            **extra,
        }

    def door_view(self, request, object_id):
        activity = self._activity(request, object_id)
        registrations = list(activity.registrations.active().order_by("status", "name"))
        kind = request.GET.get("formaat", "")
        if kind in ("csv", "xlsx"):
            data = tablib.Dataset(
                headers=["naam", "personen", "status", "e-mail", "telefoon", "aangemeld op"]
            )
            for r in registrations:
                data.append(
                    [
                        r.name,
                        r.people,
                        r.get_status_display(),
                        r.email,
                        r.phone,
                        timezone.localtime(r.created_at).strftime("%d-%m-%Y %H:%M"),
                    ]
                )
            body = data.export(kind)
            content_type = (
                "text/csv; charset=utf-8"
                if kind == "csv"
                else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
            response = HttpResponse(body, content_type=content_type)
            response["Content-Disposition"] = f'attachment; filename="{activity.slug}.{kind}"'
            return response
        confirmed = [r for r in registrations if r.status == Registration.Status.CONFIRMED]
        context = self._context(
            request,
            activity,
            _("Lijst voor de deur: %(title)s") % {"title": activity.title},
            confirmed=confirmed,
            waiting=[r for r in registrations if r.status == Registration.Status.WAITING],
            people=sum(r.people for r in confirmed),
        )
        return TemplateResponse(request, "admin/activities/activity/door.html", context)

    def message_view(self, request, object_id):
        activity = self._activity(request, object_id, change=True)
        form = MessageForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            mailed, phone_only = services.message_registrants(
                activity, form.cleaned_data["subject"], form.cleaned_data["message"]
            )
            self.message_user(request, _("%(n)s e-mail(s) klaargezet.") % {"n": mailed})
            self._tell_about_phones(request, phone_only)
            return redirect("admin:activities_activity_change", activity.pk)
        context = self._context(
            request,
            activity,
            _("Bericht over een wijziging: %(title)s") % {"title": activity.title},
            form=form,
            recipients=activity.registrations.active().exclude(email="").count(),
        )
        return TemplateResponse(request, "admin/activities/activity/message.html", context)

    def cancel_view(self, request, object_id):
        activity = self._activity(request, object_id, change=True)
        form = CancelActivityForm(request.POST or None)
        if request.method == "POST" and form.is_valid() and not activity.is_cancelled:
            mailed, phone_only = services.cancel_activity(activity, form.cleaned_data["note"])
            self.message_user(
                request,
                _("De activiteit is afgelast. %(n)s e-mail(s) klaargezet.") % {"n": mailed},
            )
            self._tell_about_phones(request, phone_only)
            return redirect("admin:activities_activity_change", activity.pk)
        context = self._context(
            request,
            activity,
            _("Afgelasten: %(title)s") % {"title": activity.title},
            form=form,
            recipients=activity.registrations.active().count(),
        )
        return TemplateResponse(request, "admin/activities/activity/cancel.html", context)

    def _tell_about_phones(self, request, phone_only):
        if phone_only:
            self.message_user(
                request,
                _("Zonder e-mailadres, bel ze zelf: %(people)s")
                % {"people": "; ".join(f"{r.name} ({r.phone})" for r in phone_only)},
                messages.WARNING,
            )


@admin.register(Registration)
class RegistrationAdmin(ContactPointScopedAdmin):
    contact_point_field = "activity__contact_point"
    # List
    list_display = ["name", "activity", "people", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["name", "email", "activity__title"]
    list_select_related = ["activity"]
    # Detail
    fields = ["activity", "name", "email", "phone", "people", "status", "created_at"]
    readonly_fields = ["activity", "created_at", "status"]

    def has_add_permission(self, request):
        return False  # residents register through the public form
