"""The freshness loop: every listing is confirmed by its group once a year.

Daily (manage.py check_listings, in settings.DAILY_JOBS):
1. a published group whose last verification is older than PAUSE_AFTER_MONTHS (16) is
   paused (hidden from search; its page says it may no longer meet) and its contact point
   is told;
2. a published group whose last verification is older than VERIFY_AFTER_MONTHS (12) and
   that has not been asked since is emailed "Klopt de informatie over uw groep nog?" with a
   signed link, valid LINK_DAYS (30) days, that needs no account;
3. a request without an answer after REMINDER_AFTER_DAYS (14) gets one reminder.
A request still unanswered after UNCONFIRMED_AFTER_DAYS (42) shows on the staff home.

The link opens a page (GET changes nothing: mail scanners follow links) with three buttons,
each a POST: confirm, propose changes (kept for staff review), or report that the group
stops (the group is paused and staff are told). All mail goes through outbox.mail.
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from groups.listing import LISTING_FIELDS, WHO_AND_HOW
from groups.models import Group, VerificationRequest
from outbox.mail import queue_template
from zelfhulp import signed_links

LINK_DAYS = signed_links.VERIFICATION.max_age.days
REMINDER_AFTER_DAYS = 14
UNCONFIRMED_AFTER_DAYS = 42

# What a group's contact may change through the link; staff review it before it is public.
# Its name and who it is for and how it meets stay with staff.
CHANGEABLE_FIELDS = [f for f in LISTING_FIELDS if f not in ("name", *WHO_AND_HOW)]


# Dates


def verify_cutoff(today=None):
    return (today or timezone.localdate()) - relativedelta(months=settings.VERIFY_AFTER_MONTHS)


def pause_cutoff(today=None):
    return (today or timezone.localdate()) - relativedelta(months=settings.PAUSE_AFTER_MONTHS)


def _older_than(cutoff):
    return Q(last_verified__lt=cutoff) | Q(last_verified__isnull=True, created_at__date__lt=cutoff)


# Which groups: each takes a Group queryset (already scoped to a staff member or not)


def due(groups, today=None):
    """Published and not confirmed for VERIFY_AFTER_MONTHS."""
    return groups.filter(status=Group.Status.PUBLISHED).filter(
        Q(last_verified__lt=verify_cutoff(today)) | Q(last_verified__isnull=True)
    )


def unconfirmed(groups, now=None):
    """Published, asked UNCONFIRMED_AFTER_DAYS ago or longer, and no answer."""
    moment = (now or timezone.now()) - timedelta(days=UNCONFIRMED_AFTER_DAYS)
    waiting = VerificationRequest.objects.unanswered().sent_before(moment)
    return groups.filter(status=Group.Status.PUBLISHED).filter(
        Exists(waiting.filter(group=OuterRef("pk")))
    )


def auto_paused(groups):
    return groups.filter(status=Group.Status.PAUSED, auto_paused_on__isnull=False)


def stopping(groups):
    """Paused because the group said it stops, and not archived yet."""
    said_so = VerificationRequest.objects.filter(answer=VerificationRequest.Answer.STOPPED)
    return groups.filter(status=Group.Status.PAUSED).filter(
        Exists(said_so.filter(group=OuterRef("pk")))
    )


def current(groups):
    return groups.exclude(status=Group.Status.ARCHIVED)


def without_schedule(groups):
    return current(groups).filter(schedules__isnull=True)


def without_venue(groups):
    """Meets in person (or hybrid) but no meeting has a venue."""
    from groups.models import Schedule

    with_venue = Schedule.objects.filter(group=OuterRef("pk"), venue__isnull=False)
    return (
        current(groups)
        .filter(format__in=[Group.Format.IN_PERSON, Group.Format.HYBRID])
        .exclude(Exists(with_venue))
    )


# Signed links


def make_token(request: VerificationRequest) -> str:
    return signed_links.VERIFICATION.make(request.pk)


def read_token(token: str) -> VerificationRequest:
    """The request behind a link; raises signing.BadSignature (also when expired) or
    VerificationRequest.DoesNotExist."""
    return load_request(signed_links.VERIFICATION.read(token))


def load_request(pk: int) -> VerificationRequest:
    return VerificationRequest.objects.select_related("group__contact_point").get(pk=pk)


def link_for(request: VerificationRequest) -> str:
    return settings.SITE_URL + reverse("verification:check", args=[make_token(request)])


# Mail


def _tell_staff(template, group, context):
    for address in group.contact_point.staff_recipients():
        queue_template(
            template,
            address,
            {"group": group, **context},
            language="nl",
            contact_point=group.contact_point,
        )


def _listing_context(group, request):
    return {
        "group": group,
        "contact_point": group.contact_point,
        "link": link_for(request),
        "link_days": LINK_DAYS,
    }


def send_request(group, requested_by=None, now=None) -> VerificationRequest:
    request = VerificationRequest.objects.create(
        group=group,
        sent_to=group.contact_email,
        created_at=now or timezone.now(),
        requested_by=requested_by,
    )
    queue_template(
        "verification_request",
        group.contact_email,
        _listing_context(group, request),
        reply_to=group.contact_point.email,
        language="nl",
        contact_point=group.contact_point,
    )
    return request


def send_reminder(request: VerificationRequest, now=None):
    request.reminded_at = now or timezone.now()
    request.save(update_fields=["reminded_at"])
    queue_template(
        "verification_reminder",
        request.sent_to,
        _listing_context(request.group, request),
        reply_to=request.group.contact_point.email,
        language="nl",
        contact_point=request.group.contact_point,
    )


# What changes a group


def mark_verified(group, reason, today=None):
    group.last_verified = today or timezone.localdate()
    if group.status == Group.Status.PAUSED and group.auto_paused_on:
        group.status = Group.Status.PUBLISHED  # paused only for want of an answer
    group._change_reason = reason
    group.save()


def pause(group, reason, automatically=False, today=None):
    group.status = Group.Status.PAUSED
    if automatically:
        group.auto_paused_on = today or timezone.localdate()
    group._change_reason = reason
    group.save()


@transaction.atomic
def answer_confirmed(request: VerificationRequest, now=None):
    if request.is_answered:
        return False
    now = now or timezone.now()
    request.answer, request.answered_at = VerificationRequest.Answer.CONFIRMED, now
    request.save(update_fields=["answer", "answered_at"])
    mark_verified(
        request.group, "Bevestigd door de groep via de controlelink", timezone.localdate(now)
    )
    return True


@transaction.atomic
def answer_changed(request: VerificationRequest, changes: dict, message: str, now=None):
    """Keep the proposed changes for staff; nothing is public until they approve."""
    if request.is_answered:
        return False
    request.answer = VerificationRequest.Answer.CHANGED
    request.answered_at = now or timezone.now()
    request.proposed_changes = changes
    request.message = message
    request.review = VerificationRequest.Review.PENDING
    request.save()
    review_url = settings.SITE_URL + reverse(
        "admin:groups_verificationrequest_review", args=[request.pk]
    )
    _tell_staff("verification_changes", request.group, {"review_url": review_url})
    return True


@transaction.atomic
def answer_stopping(request: VerificationRequest, message: str, now=None):
    if request.is_answered:
        return False
    request.answer = VerificationRequest.Answer.STOPPED
    request.answered_at = now or timezone.now()
    request.message = message
    request.save(update_fields=["answer", "answered_at", "message"])
    group = request.group
    pause(group, "De groep meldt via de controlelink dat ze stopt")
    change_url = settings.SITE_URL + reverse("admin:groups_group_change", args=[group.pk])
    _tell_staff("group_stopping", group, {"message": message, "change_url": change_url})
    return True


@transaction.atomic
def approve_changes(request: VerificationRequest, user, now=None):
    request = VerificationRequest.objects.select_for_update().get(pk=request.pk)
    if request.review != VerificationRequest.Review.PENDING:
        return False
    group = request.group
    for field, value in request.proposed_changes.items():
        if field in CHANGEABLE_FIELDS:
            setattr(group, field, Group._meta.get_field(field).to_python(value))
    now = now or timezone.now()
    mark_verified(group, "Wijzigingen van de groep overgenomen", timezone.localdate(now))
    request.review, request.reviewed_by, request.reviewed_at = (
        VerificationRequest.Review.APPROVED,
        user,
        now,
    )
    request.save(update_fields=["review", "reviewed_by", "reviewed_at"])
    return True


@transaction.atomic
def reject_changes(request: VerificationRequest, user, now=None):
    request = VerificationRequest.objects.select_for_update().get(pk=request.pk)
    if request.review != VerificationRequest.Review.PENDING:
        return False
    request.review, request.reviewed_by, request.reviewed_at = (
        VerificationRequest.Review.REJECTED,
        user,
        now or timezone.now(),
    )
    request.save(update_fields=["review", "reviewed_by", "reviewed_at"])
    return True


# The daily run


def run_daily(now=None) -> dict:
    """Idempotent: running it twice on a day sends nothing twice."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    counts = {"paused": 0, "requested": 0, "reminded": 0}

    stale = Group.objects.filter(status=Group.Status.PUBLISHED).filter(
        _older_than(pause_cutoff(today))
    )
    for group in stale.select_related("contact_point"):
        with transaction.atomic():
            pause(group, "Automatisch gepauzeerd: te lang niet bevestigd", True, today)
            change_url = settings.SITE_URL + reverse("admin:groups_group_change", args=[group.pk])
            _tell_staff(
                "group_auto_paused",
                group,
                {"change_url": change_url, "months": settings.PAUSE_AFTER_MONTHS},
            )
        counts["paused"] += 1

    # Asked already in this round: a request made after the last verification.
    asked = VerificationRequest.objects.filter(group=OuterRef("pk")).filter(
        Q(group__last_verified__isnull=True) | Q(created_at__date__gt=OuterRef("last_verified"))
    )
    for group in (
        due(Group.objects.all(), today).exclude(Exists(asked)).select_related("contact_point")
    ):
        with transaction.atomic():
            send_request(group, now=now)
        counts["requested"] += 1

    waiting = (
        VerificationRequest.objects.unanswered()
        .sent_before(now - timedelta(days=REMINDER_AFTER_DAYS))
        .filter(reminded_at__isnull=True, group__status=Group.Status.PUBLISHED)
        .select_related("group__contact_point")
    )
    for request in waiting:
        with transaction.atomic():
            send_reminder(request, now)
        counts["reminded"] += 1
    return counts
