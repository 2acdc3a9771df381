from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outbox.mail import deliver
from outbox.models import OutgoingEmail


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    # List
    list_display = ["subject", "to", "tag", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "tag"]
    search_fields = ["subject", "to"]
    actions = ["retry_now"]
    # Detail
    readonly_fields = [f.name for f in OutgoingEmail._meta.fields]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Nu opnieuw proberen te verzenden"))
    def retry_now(self, request, queryset):
        queryset.exclude(status="sent").update(status="queued", next_attempt_at=timezone.now())
        sent = sum(deliver(pk) for pk in queryset.values_list("pk", flat=True))
        self.message_user(request, _("%(n)s e-mail(s) verzonden.") % {"n": sent}, messages.SUCCESS)
