from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from staff.scoping import ContactPointScopedAdmin


class RelayedMessageAdmin(ContactPointScopedAdmin):
    """A message a resident sent through us (to a group, to a peer): a record, read-only;
    staff take it on with the action. `handled_message` says how many were marked."""

    handled_message = _("%(n)s bericht(en) gemarkeerd.")
    actions = ["mark_handled"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # a record of what was sent; staff mark it handled with the action

    @admin.action(description=_("Markeer als opgepakt door het contactpunt"))
    def mark_handled(self, request, queryset):
        count = queryset.filter(handled_at__isnull=True).update(
            handled_at=timezone.now(), handled_by=request.user
        )
        self.message_user(request, self.handled_message % {"n": count})
