from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contactpoints.permissions import is_coordinator
from outbox.models import OutgoingEmail
from staff.scoping import ContactPointScopedAdmin, NotInStaffAppList


def scope_mail(queryset, user):
    """The mail a user may read: their contact point's, as stored when it was queued.
    Never by address: staff can type any address into a group, so an address proves nothing."""
    return queryset.for_user(user)


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(NotInStaffAppList, ContactPointScopedAdmin):
    """Staff see the mail their contact point is responsible for; coordinators all."""

    # List
    list_display = ["subject", "to", "tag", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "tag", "contact_point"]
    search_fields = ["subject", "to"]
    actions = ["retry_now"]
    # Detail
    readonly_fields = [f.name for f in OutgoingEmail._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user)

    @admin.action(description=_("Nu opnieuw proberen te verzenden"))
    def retry_now(self, request, queryset):
        # Back in the queue with a fresh set of attempts; the scheduler sends it within
        # seconds (never this request: a hanging mail server would hang the page).
        count = queryset.exclude(status=OutgoingEmail.Status.SENT).update(
            status=OutgoingEmail.Status.QUEUED, attempts=0, next_attempt_at=timezone.now()
        )
        self.message_user(
            request,
            gettext("%(n)s e-mail(s) staan weer klaar en worden binnen een minuut verzonden.")
            % {"n": count},
            messages.SUCCESS,
        )


def staff_attention(user):
    """For the staff home: mail that could not be delivered (settings.STAFF_ATTENTION_PROVIDERS)."""
    failed = scope_mail(OutgoingEmail.objects.undelivered(), user).count()
    url = reverse("admin:outbox_outgoingemail_changelist") + "?status__exact=failed"
    return [(gettext("e-mails die niet konden worden afgeleverd"), failed, url)]
