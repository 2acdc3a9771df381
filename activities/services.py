"""Registering for an activity, cancelling, the waiting list, and staff messages.

The shape of the relay path: one function per act, in a transaction, that stores rows and
queues mail in the outbox; the scheduler delivers it after commit.

Capacity is never exceeded: every act that changes who has a seat first locks the
activity's row (select_for_update), so concurrent registrations for one activity queue up
one after the other and each sees the seats the previous one took.

The waiting list moves up in order of registration: when seats come free, each waiting
registration that fits in what is left gets a seat and a mail; a party of three that does
not fit yet does not block a single person behind it.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from activities import emails
from activities.models import Activity, Registration


class RegistrationClosed(Exception):
    """The activity is cancelled, already began, or takes no registrations."""


def is_open_for_registration(activity, now=None) -> bool:
    return (
        activity.published
        and activity.needs_registration
        and not activity.is_cancelled
        and activity.starts_at > (now or timezone.now())
    )


def _lock(activity_pk) -> Activity:
    return Activity.objects.select_for_update().get(pk=activity_pk)


def register(activity, *, name, email="", phone="", people=1, nonce=None, language="nl"):
    """Confirmed while seats are left, else on the waiting list. Returns the registration."""
    with transaction.atomic():
        activity = _lock(activity.pk)
        if not is_open_for_registration(activity):
            raise RegistrationClosed
        left = activity.seats_left()
        status = (
            Registration.Status.CONFIRMED
            if left is None or people <= left
            else Registration.Status.WAITING
        )
        registration = Registration.objects.create(
            activity=activity,
            name=name,
            email=email,
            phone=phone,
            people=people,
            status=status,
            form_nonce=nonce,
            language=language,
        )
        if status == Registration.Status.CONFIRMED:
            emails.confirmation(registration)
        else:
            emails.waiting_list(registration)
    return registration


def cancel(registration) -> bool:
    """The resident's "afmelden". False when it was already cancelled."""
    with transaction.atomic():
        activity = _lock(registration.activity_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return False
        had_seat = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        emails.cancelled_by_resident(registration)
        if had_seat:
            move_up(activity)
    return True


def move_up(activity) -> list[Registration]:
    """Give free seats to the waiting list, in order. Call with the activity locked."""
    if activity.is_cancelled or activity.starts_at <= timezone.now():
        return []
    left = activity.seats_left()
    moved = []
    for registration in activity.registrations.waiting().select_for_update():
        if left is not None and registration.people > left:
            continue
        registration.status = Registration.Status.CONFIRMED
        registration.moved_up_at = timezone.now()
        registration.save(update_fields=["status", "moved_up_at"])
        emails.moved_up(registration)
        moved.append(registration)
        if left is not None:
            left -= registration.people
            if left <= 0:
                break
    return moved


def capacity_changed(activity) -> list[Registration]:
    """Staff raised the number of seats: the waiting list moves up."""
    with transaction.atomic():
        return move_up(_lock(activity.pk))


def message_registrants(activity, subject, message) -> tuple[int, list[Registration]]:
    """A change (time, room, speaker): one queued mail per registrant with an email address.
    Returns how many were mailed and who can only be reached by phone."""
    mailed, phone_only = 0, []
    with transaction.atomic():
        for registration in activity.registrations.active().filter(erased_at__isnull=True):
            if registration.email:
                emails.staff_message(registration, subject, message)
                mailed += 1
            elif registration.phone:
                phone_only.append(registration)
    return mailed, phone_only


def cancel_activity(activity, note) -> tuple[int, list[Registration]]:
    """Staff call the activity off: it shows as cancelled and every registrant is told."""
    mailed, phone_only = 0, []
    with transaction.atomic():
        activity = _lock(activity.pk)
        if activity.is_cancelled:
            return 0, []
        activity.cancelled_at = timezone.now()
        activity.cancellation_note = note
        activity.save()
        for registration in activity.registrations.active().filter(erased_at__isnull=True):
            if registration.email:
                emails.activity_cancelled(registration)
                mailed += 1
            elif registration.phone:
                phone_only.append(registration)
    return mailed, phone_only


def send_reminders(now=None) -> int:
    """The day before: remind everyone with a seat who left an email address. Run hourly;
    from 9.00 local time on, so the mail arrives at a human hour, and each registration is
    reminded once (reminded_at)."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    if local.hour < 9:
        return 0
    tomorrow = local.date() + timedelta(days=1)
    count = 0
    with transaction.atomic():
        due = (
            Registration.objects.confirmed()
            .filter(
                reminded_at__isnull=True,
                erased_at__isnull=True,
                activity__cancelled_at__isnull=True,
                activity__starts_at__date=tomorrow,
            )
            .exclude(email="")
            .select_related("activity__contact_point", "activity__venue")
            .select_for_update(of=("self",), skip_locked=True)
        )
        for registration in due:
            emails.reminder(registration)
            registration.reminded_at = now
            registration.save(update_fields=["reminded_at"])
            count += 1
    return count
