from django.contrib import admin, messages
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contactpoints.permissions import contact_points_for, is_coordinator
from outbox.mail import deliver
from outbox.models import OutgoingEmail
from staff.scoping import ContactPointScopedAdmin


def addresses_for(user):
    """The addresses whose mail a staff member may see: their contact point's, its staff's
    and its groups' private contacts."""
    from contactpoints.models import StaffMembership
    from groups.models import Group

    contact_points = contact_points_for(user)
    return (
        Q(to__in=contact_points.exclude(email="").values("email"))
        | Q(
            to__in=StaffMembership.objects.filter(contact_point__in=contact_points).values(
                "user__email"
            )
        )
        | Q(to__in=Group.objects.filter(contact_point__in=contact_points).values("contact_email"))
    )


def scope_mail(queryset, user):
    if is_coordinator(user):
        return queryset
    return queryset.filter(addresses_for(user))


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(ContactPointScopedAdmin):
    """Staff see the mail to their own contact point, staff and groups; coordinators all."""

    # List
    list_display = ["subject", "to", "tag", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "tag"]
    search_fields = ["subject", "to"]
    actions = ["retry_now"]
    # Detail
    readonly_fields = [f.name for f in OutgoingEmail._meta.fields]

    def scope_queryset(self, queryset, request):
        return scope_mail(queryset, request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user)

    @admin.action(description=_("Nu opnieuw proberen te verzenden"))
    def retry_now(self, request, queryset):
        queryset.exclude(status="sent").update(status="queued", next_attempt_at=timezone.now())
        sent = sum(deliver(pk) for pk in queryset.values_list("pk", flat=True))
        self.message_user(
            request, gettext("%(n)s e-mail(s) verzonden.") % {"n": sent}, messages.SUCCESS
        )


def staff_attention(user):
    """For the staff home: mail that could not be delivered (settings.STAFF_ATTENTION_PROVIDERS)."""
    failed = scope_mail(OutgoingEmail.objects.undelivered(), user).count()
    url = reverse("admin:outbox_outgoingemail_changelist") + "?status__exact=failed"
    return [(gettext("e-mails die niet konden worden afgeleverd"), failed, url)]
