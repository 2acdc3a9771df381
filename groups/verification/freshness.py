"""The freshness loop: every listing is confirmed by its group once a year, and a listing is
only hidden after a person was asked, reminded, and did not answer.

Daily (manage.py check_listings, in settings.DAILY_JOBS):
1. a published group whose last verification is older than VERIFY_AFTER_MONTHS (12) and
   that has not been asked since is emailed "Klopt de informatie over uw groep nog?" with a
   signed link, valid LINK_DAYS (30) days, that needs no account; a group never asked is
   asked, however old its listing (age alone never pauses);
2. a request without an answer after REMINDER_AFTER_DAYS (14) gets one reminder;
3. a published group is paused (hidden from search; its page says it may no longer meet;
   its contact point is told) only when all hold: its last verification is older than
   PAUSE_AFTER_MONTHS (16), it was asked since, and the reminder was *delivered* (the outbox
   says sent) PAUSE_AFTER_REMINDER_DAYS (14) days ago or more without an answer.
A request still unanswered after UNCONFIRMED_AFTER_DAYS (42) shows on the staff home.

Why so careful: the first version paused on age alone and its first run hid a tenth of the
directory that had never been asked. An outage of the scheduler or of the mail server can
still line many groups up at once, so one run pauses at most PAUSE_LIMIT_PER_RUN groups,
the longest-waiting first; the others stay published, and the staff of their contact point
get a notice ("groups_pause_held") to call them before the next run does.

The link opens a page (GET changes nothing: mail scanners follow links) with three buttons,
each a POST: confirm, propose changes (kept for staff review), or report that the group
stops (the group is paused and staff are told). All mail goes through outbox.mail.
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from groups.listing import LISTING_FIELDS, WHO_AND_HOW
from groups.models import Group, VerificationRequest
from outbox.mail import queue_template
from outbox.models import OutgoingEmail
from zelfhulp import signed_links

LINK_DAYS = signed_links.VERIFICATION.max_age.days
REMINDER_AFTER_DAYS = 14
PAUSE_AFTER_REMINDER_DAYS = 14
UNCONFIRMED_AFTER_DAYS = 42
PAUSE_LIMIT_PER_RUN = 10

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


def reminded_without_answer(now=None):
    """Unanswered requests whose reminder reached the group PAUSE_AFTER_REMINDER_DAYS ago or
    more. A reminder still queued or undeliverable does not count. (Requests reminded
    before the reminder's mail was kept, or whose mail the outbox has since deleted, count
    by reminded_at.)"""
    moment = (now or timezone.now()) - timedelta(days=PAUSE_AFTER_REMINDER_DAYS)
    return VerificationRequest.objects.unanswered().filter(
        Q(
            reminder_email__status=OutgoingEmail.Status.SENT,
            reminder_email__sent_at__lte=moment,
        )
        | Q(reminder_email__isnull=True, reminded_at__lte=moment)
    )


def to_pause(groups, now=None):
    """Published, not confirmed for PAUSE_AFTER_MONTHS, asked and reminded without answer."""
    now = now or timezone.now()
    waiting = reminded_without_answer(now).filter(group=OuterRef("pk"))
    return (
        groups.filter(status=Group.Status.PUBLISHED)
        .filter(_older_than(pause_cutoff(timezone.localdate(now))))
        .filter(Exists(waiting))
    )


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


def _tell_staff_about_held(groups):
    """One notice per contact point: these groups are due to be paused, but more are due
    than one run may pause; a person should look (call them) before the next runs do."""
    by_contact_point = {}
    for group in groups:
        by_contact_point.setdefault(group.contact_point, []).append(group)
    url = settings.SITE_URL + reverse("admin:groups_group_changelist") + "?controle=to_pause"
    for contact_point, held in by_contact_point.items():
        for address in contact_point.staff_recipients():
            queue_template(
                "groups_pause_held",
                address,
                {
                    "groups": held,
                    "limit": PAUSE_LIMIT_PER_RUN,
                    "list_url": url,
                    "contact_point": contact_point,
                },
                language="nl",
                contact_point=contact_point,
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
    request.reminder_email = queue_template(
        "verification_reminder",
        request.sent_to,
        _listing_context(request.group, request),
        reply_to=request.group.contact_point.email,
        language="nl",
        contact_point=request.group.contact_point,
    )
    request.save(update_fields=["reminded_at", "reminder_email"])


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
    counts = {"paused": 0, "held": 0, "requested": 0, "reminded": 0}

    # Longest waiting first: the oldest reminder, then the oldest confirmation.
    oldest_reminder = (
        reminded_without_answer(now).filter(group=OuterRef("pk")).order_by("reminded_at")
    )
    candidates = list(
        to_pause(Group.objects.all(), now)
        .annotate(reminded=Subquery(oldest_reminder.values("reminded_at")[:1]))
        .order_by("reminded", "last_verified", "pk")
        .select_related("contact_point")
    )
    for group in candidates[:PAUSE_LIMIT_PER_RUN]:
        with transaction.atomic():
            pause(
                group, "Automatisch gepauzeerd: gevraagd en herinnerd, geen antwoord", True, today
            )
            change_url = settings.SITE_URL + reverse("admin:groups_group_change", args=[group.pk])
            _tell_staff(
                "group_auto_paused",
                group,
                {"change_url": change_url, "months": settings.PAUSE_AFTER_MONTHS},
            )
        counts["paused"] += 1
    held = candidates[PAUSE_LIMIT_PER_RUN:]
    counts["held"] = len(held)
    _tell_staff_about_held(held)

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
