"""Messages residents sent through us (to a group, to a peer) as a small workflow for the
contact point: a colleague takes one on ("Oppakken": they become its owner, with the time),
keeps an internal note, and the list filters on "van mij" and "niet opgepakt".

The message itself is a record and stays read-only; only the note can be written. The
note is never shown outside the workspace and is deleted with the message's personal data
(submissions/retention.py, peers/retention.py).
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from staff.scoping import ContactPointScopedAdmin

TAKE_ON = "_oppakken"


class OwnerFilter(admin.SimpleListFilter):
    title = _("opgepakt")
    parameter_name = "opgepakt"

    def lookups(self, request, model_admin):
        return [("mij", _("van mij")), ("nee", _("niet opgepakt")), ("ja", _("opgepakt"))]

    def queryset(self, request, queryset):
        if self.value() == "mij":
            return queryset.filter(handled_by=request.user)
        if self.value() == "nee":
            return queryset.filter(handled_at__isnull=True)
        if self.value() == "ja":
            return queryset.filter(handled_at__isnull=False)
        return queryset


class RelayedMessageAdmin(ContactPointScopedAdmin):
    """A message a resident sent through us (to a group, to a peer). `handled_message`
    says how many were marked by the bulk action."""

    handled_message = _("%(n)s bericht(en) gemarkeerd.")
    actions = ["mark_handled"]
    change_form_template = "admin/staff/relayed_change_form.html"

    def has_add_permission(self, request):
        return False

    def get_list_filter(self, request):
        return [OwnerFilter, *super().get_list_filter(request)]

    def get_list_display(self, request):
        display = list(super().get_list_display(request))
        return [*display, "handled_by"] if "handled_by" not in display else display

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "staff_note" in fields else [*fields, "staff_note"]

    def get_readonly_fields(self, request, obj=None):
        # Everything but the note: the message is a record of what was sent.
        return [f for f in self.get_fields(request, obj) if f != "staff_note"]

    def save_model(self, request, obj, form, change):
        if TAKE_ON in request.POST and obj.handled_at is None:
            obj.handled_at, obj.handled_by = timezone.now(), request.user
        obj.save(update_fields=["staff_note", "handled_at", "handled_by"])

    def response_change(self, request, obj):
        if TAKE_ON in request.POST:
            self.message_user(
                request,
                gettext("Opgepakt door %(name)s.")
                % {"name": obj.handled_by.get_full_name() or obj.handled_by.get_username()},
                messages.SUCCESS,
            )
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["take_on"] = TAKE_ON
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.action(description=_("Oppakken (ik word eigenaar)"))
    def mark_handled(self, request, queryset):
        count = queryset.filter(handled_at__isnull=True).update(
            handled_at=timezone.now(), handled_by=request.user
        )
        self.message_user(request, self.handled_message % {"n": count})
